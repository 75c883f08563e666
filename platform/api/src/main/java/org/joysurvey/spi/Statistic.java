package org.joysurvey.spi;

import java.util.Objects;

/**
 * One published number of a report, under a stable key ({@code mini-z.burnout_rate}).
 *
 * <p>Every statistic says how many respondents it rests on, so that the platform can suppress small
 * cells without knowing what the number means: {@code numerator} (for a proportion or a count;
 * otherwise {@code null}) and {@code basis} (the denominator: respondents who answered).
 *
 * @param value the number; {@link Double#NaN} when it is undefined (no respondents, no variance)
 */
public record Statistic(
    String key, String label, Kind kind, double value, Long numerator, long basis) {

  public enum Kind {
    /** A share between 0 and 1: numerator / basis. */
    PROPORTION,
    /** A number of respondents. */
    COUNT,
    /** Any other number (a bound, a test statistic, a p-value, an effect size, a mean). */
    VALUE
  }

  public Statistic {
    Objects.requireNonNull(key, "A statistic key is required.");
    Objects.requireNonNull(kind, "Statistic " + key + " needs a kind.");
    label = label == null ? key : label;
  }

  /** {@code numerator / denominator}, undefined when nobody answered. */
  public static Statistic proportion(String key, String label, long numerator, long denominator) {
    double value = denominator == 0 ? Double.NaN : (double) numerator / denominator;
    return new Statistic(key, label, Kind.PROPORTION, value, numerator, denominator);
  }

  public static Statistic count(String key, String label, long count) {
    return new Statistic(key, label, Kind.COUNT, count, count, count);
  }

  /**
   * A number computed from a proportion's counts (e.g. a confidence bound): suppressed whenever the
   * proportion would be.
   */
  public static Statistic fromCounts(
      String key, String label, double value, long numerator, long denominator) {
    return new Statistic(key, label, Kind.VALUE, value, numerator, denominator);
  }

  /** A number resting on {@code basis} respondents (a test statistic, p-value, mean ...). */
  public static Statistic value(String key, String label, double value, long basis) {
    return new Statistic(key, label, Kind.VALUE, value, null, basis);
  }

  public boolean isDefined() {
    return !Double.isNaN(value) && !Double.isInfinite(value);
  }
}
