package org.joysurvey.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

/**
 * Pearson chi-square test of independence, phi and Cramér's V, checked against tables worked out by
 * hand. p-values use closed forms of the chi-square upper tail: df = 1: erfc(sqrt(x / 2)); df = 2:
 * exp(-x / 2); df = 4: exp(-x / 2) (1 + x / 2).
 */
class ContingencyTableTest {

  private static ContingencyTable table(long[][] counts) {
    ContingencyTable table = new ContingencyTable(counts.length, counts[0].length);
    for (int r = 0; r < counts.length; r++) {
      for (int c = 0; c < counts[r].length; c++) {
        for (long i = 0; i < counts[r][c]; i++) {
          table.add(r, c);
        }
      }
    }
    return table;
  }

  @Test
  void twoByTwoMatchesHandComputation() {
    // a b / c d = 10 20 / 30 40; n = 100; rows 30, 70; columns 40, 60.
    // expected 12 18 / 28 42; chi2 = 4/12 + 4/18 + 4/28 + 4/42
    //   = n (ad - bc)^2 / (r1 r2 c1 c2) = 100 * 200^2 / (30 * 70 * 40 * 60) = 4,000,000 / 5,040,000
    // = 50/63
    //   = 0.793651; df = 1; p = erfc(sqrt(0.793651 / 2)) = 0.372998; V = sqrt(chi2 / n) = 0.089087
    ChiSquareResult result = table(new long[][] {{10, 20}, {30, 40}}).chiSquareTest();
    assertEquals(50.0 / 63.0, result.chiSquare(), 1e-12);
    assertEquals(1, result.degreesOfFreedom());
    assertEquals(Erf.erfc(Math.sqrt(50.0 / 63.0 / 2)), result.pValue(), 1e-12);
    assertEquals(0.3730, result.pValue(), 1e-4);
    assertEquals(Math.sqrt(50.0 / 63.0 / 100), result.cramersV(), 1e-12);
    assertEquals(100, result.n());
    assertEquals(12.0, result.smallestExpected(), 1e-12);
    assertTrue(result.isDefined());
    assertFalse(result.hasSmallExpectedCounts());
  }

  @Test
  void phiOfTwoByTwoIsSignedCorrelation() {
    // phi = (ad - bc) / sqrt(r1 r2 c1 c2) = (400 - 600) / sqrt(30 * 70 * 40 * 60) = -200 / 2244.994
    // = -0.089087
    ContingencyTable table = table(new long[][] {{10, 20}, {30, 40}});
    assertEquals(-200.0 / Math.sqrt(30.0 * 70 * 40 * 60), table.phi(), 1e-12);
    // agreement on the diagonal is positive: 40 10 / 5 45 -> (1800 - 50) / sqrt(50 * 50 * 45 * 55)
    // = 0.70545
    ContingencyTable agreeing = table(new long[][] {{40, 10}, {5, 45}});
    assertEquals(1750.0 / Math.sqrt(50.0 * 50 * 45 * 55), agreeing.phi(), 1e-12);
    // phi^2 n = chi2 for a 2x2 table
    assertEquals(agreeing.phi() * agreeing.phi() * 100, agreeing.chiSquareTest().chiSquare(), 1e-9);
  }

  @Test
  void phiIsUndefinedWhenAMarginIsEmpty() {
    assertTrue(Double.isNaN(table(new long[][] {{3, 4}, {0, 0}}).phi()));
    assertTrue(Double.isNaN(new ContingencyTable(2, 2).phi()));
  }

  @Test
  void phiIsOnlyForTwoByTwo() {
    assertThrows(IllegalStateException.class, () -> new ContingencyTable(2, 3).phi());
  }

  @Test
  void twoByThreeMatchesHandComputation() {
    // 10 20 30 / 20 20 10; n = 110; rows 60, 50; columns 30, 40, 40.
    // expected 16.3636 21.8182 21.8182 / 13.6364 18.1818 18.1818
    // chi2 = 2.474747 + 0.151515 + 3.068182 + 2.969697 + 0.181818 + 3.681818 = 451/36 = 12.527778
    // df = 2; p = exp(-12.527778 / 2) = 0.0019038; V = sqrt(12.527778 / (110 * (2 - 1))) = 0.337474
    ChiSquareResult result = table(new long[][] {{10, 20, 30}, {20, 20, 10}}).chiSquareTest();
    assertEquals(451.0 / 36.0, result.chiSquare(), 1e-12);
    assertEquals(2, result.degreesOfFreedom());
    assertEquals(Math.exp(-451.0 / 36.0 / 2), result.pValue(), 1e-12);
    assertEquals(0.0019038, result.pValue(), 1e-7);
    assertEquals(Math.sqrt(451.0 / 36.0 / 110), result.cramersV(), 1e-12);
    assertEquals(0.337474, result.cramersV(), 1e-6);
    assertEquals(50.0 * 30 / 110, result.smallestExpected(), 1e-12);
  }

  @Test
  void cramersVUsesTheSmallerDimension() {
    // 10 5 5 / 5 10 5 / 5 5 10; n = 60; every margin 20; expected 20 * 20 / 60 = 6.6667 everywhere.
    // diagonal (10 - 6.6667)^2 / 6.6667 = 1.6667 (x3 = 5); off-diagonal (5 - 6.6667)^2 / 6.6667 =
    // 0.41667 (x6 = 2.5)
    // chi2 = 7.5; df = 4; p = exp(-3.75) (1 + 3.75) = 0.111709; V = sqrt(7.5 / (60 * (3 - 1))) =
    // 0.25
    ChiSquareResult result =
        table(new long[][] {{10, 5, 5}, {5, 10, 5}, {5, 5, 10}}).chiSquareTest();
    assertEquals(7.5, result.chiSquare(), 1e-12);
    assertEquals(4, result.degreesOfFreedom());
    assertEquals(Math.exp(-3.75) * 4.75, result.pValue(), 1e-12);
    assertEquals(0.25, result.cramersV(), 1e-12);
  }

  @Test
  void emptyRowsAndColumnsAreLeftOut() {
    // the 2x3 table above inside a 4x5 table with an empty row and two empty columns: same test, df
    // = 2
    long[][] counts = {
      {10, 0, 20, 30, 0},
      {0, 0, 0, 0, 0},
      {20, 0, 20, 10, 0},
    };
    ChiSquareResult result = table(counts).chiSquareTest();
    assertEquals(451.0 / 36.0, result.chiSquare(), 1e-12);
    assertEquals(2, result.degreesOfFreedom());
    assertEquals(Math.exp(-451.0 / 36.0 / 2), result.pValue(), 1e-12);
    assertEquals(Math.sqrt(451.0 / 36.0 / 110), result.cramersV(), 1e-12);
    assertEquals(110, result.n());
  }

  @Test
  void onlyOneOccurringRowIsUndefined() {
    ChiSquareResult result = table(new long[][] {{0, 0, 0}, {4, 5, 6}}).chiSquareTest();
    assertFalse(result.isDefined());
    assertFalse(result.hasSmallExpectedCounts());
    assertTrue(Double.isNaN(result.chiSquare()));
    assertTrue(Double.isNaN(result.pValue()));
    assertTrue(Double.isNaN(result.cramersV()));
    assertEquals(15, result.n());
  }

  @Test
  void onlyOneOccurringColumnIsUndefined() {
    ChiSquareResult result = table(new long[][] {{3, 0}, {4, 0}}).chiSquareTest();
    assertFalse(result.isDefined());
    assertTrue(Double.isNaN(result.pValue()));
  }

  @Test
  void emptyTableIsUndefined() {
    ChiSquareResult result = new ContingencyTable(2, 2).chiSquareTest();
    assertFalse(result.isDefined());
    assertEquals(0, result.n());
  }

  @Test
  void smallExpectedCountsAreFlagged() {
    // 1 2 / 3 4: smallest expected = r1 c1 / n = 3 * 4 / 10 = 1.2
    ChiSquareResult result = table(new long[][] {{1, 2}, {3, 4}}).chiSquareTest();
    assertEquals(1.2, result.smallestExpected(), 1e-12);
    assertTrue(result.hasSmallExpectedCounts());
  }

  @Test
  void countsAndTotalAreKept() {
    ContingencyTable table = table(new long[][] {{1, 2}, {3, 4}});
    assertEquals(3, table.count(1, 0));
    assertEquals(10, table.total());
  }

  @Test
  void pValueOfALargeStatisticIsNotRoundedToZero() {
    // 61 25 / 12 93 (the fixture's Mini-Z x MBI table): chi2 = n phi^2 = 191 * 0.609215^2 =
    // 70.888279;
    // p = erfc(sqrt(70.888279 / 2)) = 3.7804e-17 (SciPy: 3.7803728005997134e-17)
    ChiSquareResult result = table(new long[][] {{61, 25}, {12, 93}}).chiSquareTest();
    assertEquals(70.88827864243251, result.chiSquare(), 1e-9);
    assertEquals(3.7803728005997134e-17, result.pValue(), 1e-19);
  }

  /**
   * R's documentation example of {@code chisq.test} (Agresti 2007, p. 39): party by gender, {@code
   * M <- as.table(rbind(c(762, 327, 468), c(484, 239, 477)))} gives X-squared = 30.07, df = 2,
   * p-value = 2.954e-07; the expected counts are R's {@code chisq.test(M)$expected}, row total
   * times column total over 2757 (first: 1557 * 1246 / 2757 = 703.6714).
   */
  @Test
  void partyByGenderMatchesRsChisqTest() {
    ContingencyTable table = ContingencyTable.of(new long[][] {{762, 327, 468}, {484, 239, 477}});
    ChiSquareResult result = table.chiSquareTest();
    assertEquals(30.07, result.chiSquare(), 0.005);
    assertEquals(2, result.degreesOfFreedom());
    assertEquals(2.954e-07, result.pValue(), 5e-11);
    // df = 2: p = exp(-chi2 / 2)
    assertEquals(Math.exp(-result.chiSquare() / 2), result.pValue(), 1e-18);
    double[][] expected = table.expectedCounts();
    assertEquals(1557.0 * 1246 / 2757, expected[0][0], 1e-9);
    assertEquals(703.6714, expected[0][0], 5e-5);
    assertEquals(1200.0 * 945 / 2757, expected[1][2], 1e-9);
    assertEquals(2757, table.total());
  }

  @Test
  void expectedCountsLeaveOutRowsAndColumnsNobodyFallsInto() {
    ContingencyTable table = ContingencyTable.of(new long[][] {{3, 0, 1}, {0, 0, 0}, {2, 0, 4}});
    double[][] expected = table.expectedCounts();
    assertEquals(2, expected.length);
    assertEquals(2, expected[0].length);
    // rows 4, 6; columns 5, 5; n 10
    assertEquals(2.0, expected[0][0], 1e-12);
    assertEquals(3.0, expected[1][1], 1e-12);
  }

  @Test
  void aTableOfRaggedRowsIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> ContingencyTable.of(new long[][] {{1, 2}, {3}}));
  }
}
