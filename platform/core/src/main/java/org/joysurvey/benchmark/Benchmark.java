package org.joysurvey.benchmark;

import java.util.Objects;

/**
 * A published figure of an earlier year: the share {@code value} of statistic {@code key}, and,
 * when the publication gives the number of respondents, {@code denominator} (that number) and
 * {@code numerator} ({@code round(value * denominator)}). Without them, a comparison shows the
 * difference but cannot test it.
 */
public record Benchmark(
    int year, String key, double value, Long numerator, Long denominator, String source) {

  public Benchmark {
    Objects.requireNonNull(key, "A benchmark needs a statistic key.");
    Objects.requireNonNull(source, "A benchmark needs a source.");
    if ((numerator == null) != (denominator == null)) {
      throw new IllegalArgumentException(
          "A benchmark has both a numerator and a denominator, or neither.");
    }
  }

  /**
   * A benchmark of {@code value} among {@code n} respondents ({@code n} may be {@code null}: not
   * published).
   */
  public static Benchmark of(int year, String key, double value, Long n, String source) {
    return new Benchmark(year, key, value, n == null ? null : Math.round(value * n), n, source);
  }

  public boolean hasCounts() {
    return denominator != null;
  }
}
