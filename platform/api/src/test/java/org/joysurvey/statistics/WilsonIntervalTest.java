package org.joysurvey.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Wilson score interval. Reference values are computed with the closed form
 *
 * <pre>
 *   bounds = (2k + z^2 -/+ z sqrt(z^2 + 4 k (1 - k/n))) / (2 (n + z^2)),
 *   z = 1.959963984540054 (95%)
 * </pre>
 *
 * which is an algebraically rearranged form of the centre/half-width formula (so a slip in either
 * would show), and against the published example of Newcombe (1998), Stat Med 17:857-872, Table II:
 * 81 of 263 gives 0.2553 to 0.3662 by method 3 (Wilson).
 */
class WilsonIntervalTest {

  /** z for 95%, z^2 = 3.8414588206941254. */
  private static final double Z95 = 1.959963984540054;

  private static double[] closedForm(long k, long n, double z) {
    double z2 = z * z;
    double root = z * Math.sqrt(z2 + 4.0 * k * (1.0 - (double) k / n));
    double denominator = 2.0 * (n + z2);
    return new double[] {(2.0 * k + z2 - root) / denominator, (2.0 * k + z2 + root) / denominator};
  }

  @Test
  void matchesNewcombesPublishedExampleOf81In263() {
    // By hand: p = 81/263 = 0.307985; z^2/n = 0.014606;
    // centre = (0.307985 + 0.007303) / 1.014606 = 0.310749;
    // half = 1.959964 / 1.014606 * sqrt(0.307985 * 0.692015 / 263 + 3.841459 / (4 * 263^2))
    //      = 1.931749 * sqrt(0.00081043 + 0.00001388) = 1.931749 * 0.028711 = 0.055461
    // -> 0.255288 .. 0.366210; Newcombe prints 0.2553 .. 0.3662.
    Interval ci = WilsonInterval.of95(81, 263);
    assertEquals(0.2553, ci.low(), 0.5e-4);
    assertEquals(0.3662, ci.high(), 0.5e-4);
    assertEquals(0.2552885198782742, ci.low(), 1e-12);
    assertEquals(0.36620957698280004, ci.high(), 1e-12);
  }

  @Test
  void agreesWithTheClosedFormOverManyCounts() {
    for (long n : new long[] {1, 2, 5, 17, 100, 568}) {
      for (long k = 0; k <= n; k += Math.max(1, n / 7)) {
        double[] expected = closedForm(k, n, Z95);
        Interval ci = WilsonInterval.of95(k, n);
        assertEquals(Math.max(0, expected[0]), ci.low(), 1e-12, k + " of " + n);
        assertEquals(Math.min(1, expected[1]), ci.high(), 1e-12, k + " of " + n);
      }
    }
  }

  @Test
  void zeroOfNStartsAtZeroAndEndsAtZSquaredOverNPlusZSquared() {
    // k = 0: low = 0, high = z^2 / (n + z^2) = 3.841459 / 13.841459 = 0.277533 for n = 10
    Interval ci = WilsonInterval.of95(0, 10);
    assertEquals(0.0, ci.low(), 1e-15);
    assertEquals(3.8414588206941254 / 13.8414588206941254, ci.high(), 1e-12);
    assertEquals(0.2775, ci.high(), 1e-4);
  }

  @Test
  void nOfNEndsAtOneAndStartsAtNOverNPlusZSquared() {
    // k = n: low = n / (n + z^2) = 10 / 13.841459 = 0.722467, high = 1
    Interval ci = WilsonInterval.of95(10, 10);
    assertEquals(10 / 13.8414588206941254, ci.low(), 1e-12);
    assertEquals(1.0, ci.high(), 1e-15);
  }

  @Test
  void singleSuccessOfOneGivesOneOverOnePlusZSquaredToOne() {
    // k = n = 1: low = 1 / (1 + z^2) = 1 / 4.841459 = 0.206549
    Interval ci = WilsonInterval.of95(1, 1);
    assertEquals(0.20654931437723742, ci.low(), 1e-12);
    assertEquals(1.0, ci.high(), 1e-15);
  }

  @Test
  void boundsStayWithinZeroAndOneAroundTheEstimate() {
    for (long n = 1; n <= 40; n++) {
      for (long k = 0; k <= n; k++) {
        Interval ci = WilsonInterval.of95(k, n);
        double p = (double) k / n;
        assertTrue(ci.low() >= 0 && ci.low() <= p + 1e-15, k + " of " + n + ": " + ci);
        assertTrue(ci.high() <= 1 && ci.high() >= p - 1e-15, k + " of " + n + ": " + ci);
      }
    }
  }

  @Test
  void zeroOfNAndNOfNHaveExactBoundsZeroAndOne() {
    for (long n = 1; n <= 40; n++) {
      assertEquals(0.0, WilsonInterval.of95(0, n).low(), 0.0, "0 of " + n);
      assertEquals(1.0, WilsonInterval.of95(n, n).high(), 0.0, n + " of " + n);
    }
  }

  @Test
  void otherConfidenceLevelsUseTheirOwnZ() {
    // 90%: z = 1.6448536269514722
    double z90 = 1.6448536269514722;
    double[] expected = closedForm(81, 263, z90);
    Interval ci = WilsonInterval.of(81, 263, 0.90);
    assertEquals(expected[0], ci.low(), 1e-9);
    assertEquals(expected[1], ci.high(), 1e-9);
    Interval wider = WilsonInterval.of(81, 263, 0.99);
    assertTrue(wider.low() < ci.low() && wider.high() > ci.high());
  }

  @Test
  void noObservationsIsUndefined() {
    Interval ci = WilsonInterval.of95(0, 0);
    assertSame(Interval.UNDEFINED, ci);
    assertTrue(Double.isNaN(ci.low()) && Double.isNaN(ci.high()));
  }

  @Test
  void successesOutsideZeroToNAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of95(11, 10));
    assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of95(-1, 10));
  }
}
