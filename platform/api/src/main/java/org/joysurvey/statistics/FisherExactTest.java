package org.joysurvey.statistics;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.HypergeometricDistribution;

/**
 * Fisher's exact test of independence in a 2x2 table {@code a b / c d}, conditional on its margins:
 * under independence the top-left count follows the hypergeometric distribution of drawing the
 * first row's {@code a + b} respondents from {@code n}, of whom the first column's {@code a + c}
 * are "successes". Computed as R's {@code fisher.test} computes it, so that an analyst who checks a
 * figure in R gets the same one.
 *
 * @param pValue two-sided: the probability of every table with the same margins whose probability
 *     is at most the observed table's (times {@code 1 + 1e-7}, R's tolerance, so that tables of
 *     equal probability are not lost to rounding)
 * @param pLess one-sided, P(top-left count &lt;= a): the odds ratio is below 1
 * @param pGreater one-sided, P(top-left count &gt;= a): the odds ratio is above 1
 * @param oddsRatio the conditional maximum-likelihood estimate of the odds ratio (R's {@code
 *     estimate}; not the sample odds ratio ad / bc): 0 when {@code a} is the smallest count the
 *     margins allow, infinite when it is the largest, NaN when a margin is empty
 * @since 1.5
 */
public record FisherExactTest(double pValue, double pLess, double pGreater, double oddsRatio) {

  /** R's relative tolerance: {@code relErr <- 1 + 10^(-7)}. */
  static final double RELATIVE_TOLERANCE = 1e-7;

  /** The test of the table {@code a b / c d} (rows first). */
  public static FisherExactTest of(long a, long b, long c, long d) {
    if (a < 0 || b < 0 || c < 0 || d < 0) {
      throw new IllegalArgumentException("Counts cannot be negative");
    }
    long n = a + b + c + d;
    if (n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("Fisher's exact test takes at most 2^31 - 1 respondents");
    }
    int column1 = (int) (a + c);
    int row1 = (int) (a + b);
    int lo = (int) Math.max(0, row1 - (b + d));
    int hi = Math.min(row1, column1);
    if (lo == hi) {
      // one table only (an empty margin): nothing can be more extreme
      return new FisherExactTest(1, 1, 1, Double.NaN);
    }
    HypergeometricDistribution h = new HypergeometricDistribution(null, (int) n, column1, row1);
    double[] log = new double[hi - lo + 1];
    double max = Double.NEGATIVE_INFINITY;
    for (int x = lo; x <= hi; x++) {
      log[x - lo] = h.logProbability(x);
      max = Math.max(max, log[x - lo]);
    }
    // densities scaled by their largest, so that none underflows; the sums are then divided
    int observed = (int) a - lo;
    double limit = log[observed] + Math.log1p(RELATIVE_TOLERANCE);
    double all = 0;
    double asExtreme = 0;
    double less = 0;
    double greater = 0;
    for (int i = 0; i < log.length; i++) {
      double p = Math.exp(log[i] - max);
      all += p;
      if (log[i] <= limit) {
        asExtreme += p;
      }
      if (i <= observed) {
        less += p;
      }
      if (i >= observed) {
        greater += p;
      }
    }
    return new FisherExactTest(
        Math.min(1, asExtreme / all),
        Math.min(1, less / all),
        Math.min(1, greater / all),
        conditionalOddsRatio(log, lo, (int) a));
  }

  /**
   * The odds ratio whose noncentral hypergeometric distribution has the observed count as its mean
   * (R: {@code mle}); solved for the logarithm of the odds ratio, on which the mean increases.
   */
  private static double conditionalOddsRatio(double[] log, int lo, int x) {
    int hi = lo + log.length - 1;
    if (x == lo) {
      return 0;
    }
    if (x == hi) {
      return Double.POSITIVE_INFINITY;
    }
    // the mean moves from lo to hi as the log odds ratio goes from -inf to +inf; widen until
    // bracketed
    double bound = 1;
    while (mean(log, lo, -bound) > x || mean(log, lo, bound) < x) {
      bound *= 2;
      if (bound > 1e4) {
        return Double.NaN;
      }
    }
    double root =
        new BrentSolver(1e-12, 1e-12).solve(200, t -> mean(log, lo, t) - x, -bound, bound, 0);
    return Math.exp(root);
  }

  /** The mean of the top-left count when the log odds ratio is {@code t}. */
  private static double mean(double[] log, int lo, double t) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < log.length; i++) {
      max = Math.max(max, log[i] + t * (lo + i));
    }
    double sum = 0;
    double weighted = 0;
    for (int i = 0; i < log.length; i++) {
      double p = Math.exp(log[i] + t * (lo + i) - max);
      sum += p;
      weighted += p * (lo + i);
    }
    return weighted / sum;
  }
}
