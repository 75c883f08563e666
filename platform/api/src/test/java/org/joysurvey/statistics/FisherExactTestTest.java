package org.joysurvey.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Fisher's exact test against R's published {@code fisher.test} outputs and against an independent
 * brute force: every table with the observed margins enumerated, its probability an exact fraction
 * of binomial coefficients (BigInteger), "as extreme" an exact comparison of fractions.
 */
class FisherExactTestTest {

  /**
   * R's documentation example, Fisher's lady tasting tea: {@code TeaTasting <- matrix(c(3, 1, 1,
   * 3), nrow = 2)}; {@code fisher.test(TeaTasting)} gives p-value = 0.4857 and odds ratio 6.408309;
   * with {@code alternative = "greater"}, p-value = 0.2429. By hand: the tables with these margins
   * have probabilities 1, 16, 36, 16, 1 (/ 70); two-sided 34 / 70, greater 17 / 70.
   */
  @Test
  void ladyTastingTeaMatchesRsFisherTest() {
    FisherExactTest test = FisherExactTest.of(3, 1, 1, 3);
    assertEquals(0.4857, test.pValue(), 5e-5);
    assertEquals(34.0 / 70, test.pValue(), 1e-12);
    assertEquals(17.0 / 70, test.pGreater(), 1e-12);
    assertEquals(0.2429, test.pGreater(), 5e-5);
    assertEquals(69.0 / 70, test.pLess(), 1e-12);
    // R finds the estimate with uniroot's default tolerance (double.eps^0.25, about 1.2e-4), so it
    // agrees to about five digits; the root itself is checked exactly below
    assertEquals(6.408309, test.oddsRatio(), 6.408309 * 1e-5);
  }

  /**
   * R's documentation example, Fisher (1962), convictions of like-sex twins: {@code Convictions <-
   * matrix(c(2, 10, 15, 3), nrow = 2)} (dizygotic 2 convicted, 15 not; monozygotic 10, 3); {@code
   * fisher.test(Convictions, alternative = "less")} gives p-value = 0.0004652 and odds ratio
   * 0.04693661.
   */
  @Test
  void convictionsOfTwinsMatchRsFisherTest() {
    FisherExactTest test = FisherExactTest.of(2, 15, 10, 3);
    assertEquals(0.0004652, test.pLess(), 5e-8);
    assertEquals(0.04693661, test.oddsRatio(), 0.04693661 * 1e-5);
    assertEquals(bruteForce(2, 15, 10, 3).twoSided, test.pValue(), 1e-12);
  }

  @Test
  void randomTablesMatchBruteForceEnumeration() {
    Random random = new Random(20261204L);
    for (int i = 0; i < 300; i++) {
      int a = random.nextInt(25);
      int b = random.nextInt(25);
      int c = random.nextInt(25);
      int d = random.nextInt(i % 3 == 0 ? 200 : 25);
      FisherExactTest test = FisherExactTest.of(a, b, c, d);
      Exact exact = bruteForce(a, b, c, d);
      String table = a + " " + b + " / " + c + " " + d;
      assertEquals(exact.twoSided, test.pValue(), 1e-10 * Math.max(1, exact.twoSided), table);
      assertEquals(exact.less, test.pLess(), 1e-10, table);
      assertEquals(exact.greater, test.pGreater(), 1e-10, table);
    }
  }

  /**
   * The estimate solves E[a; odds ratio] = a, to far closer than R's uniroot: checked by computing
   * that mean independently, with exact binomial coefficients.
   */
  @Test
  void theOddsRatioEstimateMakesTheObservedCountTheConditionalMean() {
    long[][] tables = {{12, 5, 7, 20}, {1, 9, 4, 4}, {30, 70, 20, 80}, {6, 2, 3, 9}};
    for (long[] t : tables) {
      double or = FisherExactTest.of(t[0], t[1], t[2], t[3]).oddsRatio();
      assertEquals(t[0], noncentralMean(t, or), 1e-8);
    }
  }

  @Test
  void anObservedCountAtTheEdgeOfItsRangeGivesAnOddsRatioOfZeroOrInfinity() {
    assertEquals(0, FisherExactTest.of(0, 5, 5, 0).oddsRatio());
    assertEquals(Double.POSITIVE_INFINITY, FisherExactTest.of(5, 0, 0, 5).oddsRatio());
    // 5 0 / 0 5: 1 / 252 each way, two-sided 2 / 252
    assertEquals(2.0 / 252, FisherExactTest.of(5, 0, 0, 5).pValue(), 1e-12);
  }

  @Test
  void anEmptyMarginLeavesOneTableAndAPValueOfOne() {
    FisherExactTest test = FisherExactTest.of(0, 0, 4, 7);
    assertEquals(1, test.pValue());
    assertEquals(Double.NaN, test.oddsRatio());
  }

  @Test
  void aLargeTableIsComputedWithoutUnderflow() {
    // 100,000 respondents: the tail probabilities are far below the smallest double's reach by
    // multiplication of densities; the log-scale sum still gives a p-value in (0, 1]
    FisherExactTest test = FisherExactTest.of(30_000, 20_000, 20_000, 30_000);
    assertEquals(0, test.pValue(), 1e-300);
    FisherExactTest balanced = FisherExactTest.of(25_000, 25_000, 25_000, 25_000);
    assertEquals(1, balanced.pValue(), 1e-9);
    assertEquals(1, balanced.oddsRatio(), 1e-9);
  }

  @Test
  void negativeCountsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> FisherExactTest.of(1, -1, 2, 3));
  }

  private record Exact(double twoSided, double less, double greater) {}

  private static Exact bruteForce(long a, long b, long c, long d) {
    long row1 = a + b;
    long row2 = c + d;
    long col1 = a + c;
    long n = row1 + row2;
    BigInteger denominator = binomial(n, col1);
    BigInteger observed = binomial(row1, a).multiply(binomial(row2, c));
    BigInteger twoSided = BigInteger.ZERO;
    BigInteger less = BigInteger.ZERO;
    BigInteger greater = BigInteger.ZERO;
    for (long x = Math.max(0, col1 - row2); x <= Math.min(row1, col1); x++) {
      BigInteger ways = binomial(row1, x).multiply(binomial(row2, col1 - x));
      if (ways.compareTo(observed) <= 0) {
        twoSided = twoSided.add(ways);
      }
      if (x <= a) {
        less = less.add(ways);
      }
      if (x >= a) {
        greater = greater.add(ways);
      }
    }
    return new Exact(
        ratio(twoSided, denominator), ratio(less, denominator), ratio(greater, denominator));
  }

  private static double noncentralMean(long[] t, double oddsRatio) {
    long row1 = t[0] + t[1];
    long row2 = t[2] + t[3];
    long col1 = t[0] + t[2];
    double sum = 0;
    double weighted = 0;
    for (long x = Math.max(0, col1 - row2); x <= Math.min(row1, col1); x++) {
      double w =
          binomial(row1, x).multiply(binomial(row2, col1 - x)).doubleValue()
              * Math.pow(oddsRatio, x);
      sum += w;
      weighted += w * x;
    }
    return weighted / sum;
  }

  private static double ratio(BigInteger numerator, BigInteger denominator) {
    return new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), MathContext.DECIMAL128)
        .doubleValue();
  }

  private static BigInteger binomial(long n, long k) {
    BigInteger result = BigInteger.ONE;
    for (long i = 1; i <= k; i++) {
      result = result.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
    }
    return result;
  }
}
