package org.joysurvey.statistics;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Wilson score interval for a proportion (Wilson 1927; Newcombe 1998, method 3). Unlike the
 * Wald interval it stays inside [0, 1] and behaves at 0% and 100%, which small subgroups reach.
 */
public final class WilsonInterval {

  private WilsonInterval() {}

  /** The interval at {@code confidence} (e.g. 0.95) for {@code successes} out of {@code n}. */
  public static Interval of(long successes, long n, double confidence) {
    if (successes < 0 || successes > n) {
      throw new IllegalArgumentException("successes must lie in 0.." + n + ", not " + successes);
    }
    if (n == 0) {
      return Interval.UNDEFINED;
    }
    double z = new NormalDistribution().inverseCumulativeProbability(1 - (1 - confidence) / 2);
    double p = (double) successes / n;
    double z2 = z * z;
    double centre = (p + z2 / (2.0 * n)) / (1 + z2 / n);
    double halfWidth = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    // At 0 of n and n of n the bound is exactly 0 or 1; rounding must not move it inside.
    double low = successes == 0 ? 0 : Math.max(0, centre - halfWidth);
    double high = successes == n ? 1 : Math.min(1, centre + halfWidth);
    return new Interval(low, high);
  }

  /** The 95% interval. */
  public static Interval of95(long successes, long n) {
    return of(successes, n, 0.95);
  }
}
