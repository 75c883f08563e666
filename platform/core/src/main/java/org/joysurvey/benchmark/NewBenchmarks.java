package org.joysurvey.benchmark;

import java.util.Map;

/**
 * Benchmark values of one year from one source, as they arrive (fields may be missing; the service
 * says which).
 *
 * @param values by statistic key ({@code mini-z.burnout_rate})
 */
public record NewBenchmarks(Integer year, String source, Map<String, Value> values) {

  /**
   * One published figure.
   *
   * @param value the share, 0 to 1
   * @param n the respondents it rests on, when published; {@code null} otherwise
   */
  public record Value(Double value, Long n) {}
}
