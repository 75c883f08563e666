package org.joysurvey.statistics;

/**
 * A Pearson chi-square test of independence on an r-by-c table.
 *
 * @param chiSquare the statistic (no continuity correction)
 * @param degreesOfFreedom (r - 1)(c - 1) over the rows and columns that occur
 * @param pValue the probability of a statistic at least as large under independence
 * @param cramersV the effect size, sqrt(chi2 / (n (min(r, c) - 1)))
 * @param n the respondents in the table
 * @param smallestExpected the smallest expected count; below 5 the test's approximation is doubtful
 */
public record ChiSquareResult(
    double chiSquare,
    int degreesOfFreedom,
    double pValue,
    double cramersV,
    long n,
    double smallestExpected) {

  public static ChiSquareResult undefined(long n) {
    return new ChiSquareResult(Double.NaN, 0, Double.NaN, Double.NaN, n, Double.NaN);
  }

  public boolean isDefined() {
    return degreesOfFreedom > 0 && !Double.isNaN(chiSquare);
  }

  /** Whether an expected count falls below 5 (the usual rule for the chi-square approximation). */
  public boolean hasSmallExpectedCounts() {
    return isDefined() && smallestExpected < 5;
  }
}
