package org.joysurvey.statistics;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The two-proportion z-test with the pooled standard error: is the share {@code x1 / n1} different
 * from {@code x2 / n2}? Under the null hypothesis both samples share one proportion, estimated by
 * pooling them, {@code p = (x1 + x2) / (n1 + n2)}; then {@code z = (p1 - p2) / sqrt(p (1 - p) (1 /
 * n1 + 1 / n2))} and the two-sided p-value is {@code 2 P(Z >= |z|)} for a standard normal Z.
 * Without a continuity correction, z squared is the Pearson chi-square of the 2x2 table (see {@link
 * ContingencyTable}).
 *
 * <p>The test is undefined ({@link #isDefined()} false, z and p {@code NaN}) when a sample is
 * empty, or when the pooled proportion is 0 or 1: nobody, or everybody, in both samples, so there
 * is no variance to measure a difference against.
 *
 * @param p1 the first share, {@code x1 / n1} ({@code NaN} when {@code n1} is 0)
 * @param p2 the second share, {@code x2 / n2} ({@code NaN} when {@code n2} is 0)
 * @param pooled the pooled share {@code (x1 + x2) / (n1 + n2)}
 * @param standardError the pooled standard error of {@code p1 - p2}
 * @param z {@code (p1 - p2) / standardError}: positive when the first share is the larger
 * @param pValue the two-sided p-value
 * @since 1.2
 */
public record TwoProportionZTest(
    double p1, double p2, double pooled, double standardError, double z, double pValue) {

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution();

  /** Tests {@code x1} of {@code n1} against {@code x2} of {@code n2}. */
  public static TwoProportionZTest of(long x1, long n1, long x2, long n2) {
    check(x1, n1);
    check(x2, n2);
    double p1 = n1 == 0 ? Double.NaN : (double) x1 / n1;
    double p2 = n2 == 0 ? Double.NaN : (double) x2 / n2;
    if (n1 == 0 || n2 == 0) {
      return new TwoProportionZTest(p1, p2, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double pooled = (double) (x1 + x2) / (n1 + n2);
    if (x1 + x2 == 0 || x1 + x2 == n1 + n2) {
      return new TwoProportionZTest(p1, p2, pooled, 0, Double.NaN, Double.NaN);
    }
    double standardError = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
    double z = (p1 - p2) / standardError;
    // 2 * Phi(-|z|) rather than 2 * (1 - Phi(|z|)): the lower tail keeps its precision far out
    double pValue = Math.min(1, 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)));
    return new TwoProportionZTest(p1, p2, pooled, standardError, z, pValue);
  }

  private static void check(long x, long n) {
    if (n < 0 || x < 0 || x > n) {
      throw new IllegalArgumentException(
          "A count must lie in 0..n with n >= 0, not " + x + " of " + n);
    }
  }

  /**
   * Whether z and p exist: both samples answered, and the pooled share is strictly between 0 and 1.
   */
  public boolean isDefined() {
    return !Double.isNaN(z);
  }

  /** {@code p1 - p2} as a share ({@code 0.027} for 2.7 percentage points). */
  public double difference() {
    return p1 - p2;
  }
}
