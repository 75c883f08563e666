package org.joysurvey.instruments.demographics;

import org.joysurvey.statistics.ChiSquareTail;

/**
 * Pearson's chi-square goodness-of-fit test of a sample's counts against a known distribution: chi2
 * = sum (O - E)^2 / E with E = n p, on k - 1 degrees of freedom, over the categories whose share is
 * above 0. Respondents in a category of share 0 (an option the invited list does not have) cannot
 * be tested against it and are left out.
 *
 * @param chiSquare the statistic, NaN when nobody falls into a tested category
 * @param degreesOfFreedom k - 1 (k = categories with a share above 0), or 0 when undefined
 * @param pValue P(X >= chi2) for X ~ chi-square(df), as the regularized upper incomplete gamma
 *     function Q(df / 2, chi2 / 2) ({@link ChiSquareTail}), which keeps its precision far below
 *     1e-16 (1 - cdf does not)
 * @param cohensW the effect size sqrt(chi2 / n) (Cohen 1988: 0.1 small, 0.3 medium, 0.5 large)
 * @param n the respondents tested
 * @param expected the expected count of each category (0 for a category of share 0)
 * @param smallestExpected the smallest expected count of a tested category; below 5 the
 *     approximation is doubtful
 * @param leftOut respondents in categories of share 0, left out of the test
 */
record GoodnessOfFit(
    double chiSquare,
    int degreesOfFreedom,
    double pValue,
    double cohensW,
    long n,
    double[] expected,
    double smallestExpected,
    long leftOut) {

  boolean isDefined() {
    return degreesOfFreedom > 0 && !Double.isNaN(chiSquare);
  }

  boolean hasSmallExpectedCounts() {
    return isDefined() && smallestExpected < 5;
  }

  /**
   * @param observed the sample's count of each category
   * @param shares the distribution to test against, one share per category, summing to 1
   */
  static GoodnessOfFit test(long[] observed, double[] shares) {
    if (observed.length != shares.length) {
      throw new IllegalArgumentException(
          observed.length + " counts for " + shares.length + " shares");
    }
    int k = 0;
    long n = 0;
    long leftOut = 0;
    double total = 0;
    for (int i = 0; i < shares.length; i++) {
      if (shares[i] > 0) {
        k++;
        n += observed[i];
        total += shares[i];
      } else {
        leftOut += observed[i];
      }
    }
    double[] expected = new double[shares.length];
    if (k < 2 || n == 0) {
      return new GoodnessOfFit(
          Double.NaN, 0, Double.NaN, Double.NaN, n, expected, Double.NaN, leftOut);
    }
    double chi2 = 0;
    double smallest = Double.POSITIVE_INFINITY;
    for (int i = 0; i < shares.length; i++) {
      if (shares[i] > 0) {
        expected[i] = n * shares[i] / total;
        double deviation = observed[i] - expected[i];
        chi2 += deviation * deviation / expected[i];
        smallest = Math.min(smallest, expected[i]);
      }
    }
    int df = k - 1;
    double p = ChiSquareTail.upper(chi2, df);
    return new GoodnessOfFit(chi2, df, p, Math.sqrt(chi2 / n), n, expected, smallest, leftOut);
  }
}
