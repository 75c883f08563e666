package org.joysurvey.statistics;

import org.apache.commons.math3.special.Gamma;

/**
 * The upper tail of the chi-square distribution: the p-value of a chi-square statistic.
 *
 * @since 1.2
 */
public final class ChiSquareTail {

  private ChiSquareTail() {}

  /**
   * P(X >= chi2) for X ~ chi-square(df), as the regularized upper incomplete gamma function Q(df /
   * 2, chi2 / 2): unlike 1 - cdf it keeps its precision for tiny p-values (1 - cdf rounds
   * everything below about 1e-16 to 0).
   */
  public static double upper(double chi2, double df) {
    return Gamma.regularizedGammaQ(df / 2.0, chi2 / 2.0);
  }
}
