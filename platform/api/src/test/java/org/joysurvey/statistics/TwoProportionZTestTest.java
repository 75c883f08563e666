package org.joysurvey.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TwoProportionZTestTest {

  @Test
  void equalSamplesByHand() {
    // 40 of 100 against 30 of 100.
    // pooled p = 70 / 200 = 0.35
    // SE = sqrt(0.35 * 0.65 * (1/100 + 1/100)) = sqrt(0.2275 * 0.02) = sqrt(0.00455) =
    // 0.0674536878...
    // z = (0.40 - 0.30) / 0.0674536878 = 1.4824986...
    // p = 2 * (1 - Phi(1.4825)) = erfc(1.4825 / sqrt 2) = 0.1382077 (normal table: Phi(1.48) =
    // 0.9306)
    TwoProportionZTest t = TwoProportionZTest.of(40, 100, 30, 100);
    assertEquals(0.40, t.p1(), 1e-15);
    assertEquals(0.30, t.p2(), 1e-15);
    assertEquals(0.10, t.difference(), 1e-15);
    assertEquals(0.35, t.pooled(), 1e-15);
    assertEquals(Math.sqrt(0.00455), t.standardError(), 1e-15);
    assertEquals(0.1 / Math.sqrt(0.00455), t.z(), 1e-12);
    assertEquals(1.4824986333222028, t.z(), 1e-12);
    assertEquals(0.1382076669740257, t.pValue(), 1e-9);
    assertTrue(t.isDefined());
  }

  @Test
  void unequalSamplesByHand() {
    // A 2020-like edition against a 2018-like one: 191 of 568 burned out against 128 of 412.
    // p1 = 0.3362676..., p2 = 0.3106796..., pooled p = 319 / 980 = 0.3255102...
    // SE = sqrt(0.3255102 * 0.6744898 * (1/568 + 1/412)) = sqrt(0.2195543 * 0.0041877) = 0.0303222
    // z = 0.0255880 / 0.0303222 = 0.84387; p = erfc(0.84387 / sqrt 2) = 0.39874
    TwoProportionZTest t = TwoProportionZTest.of(191, 568, 128, 412);
    double pooled = 319.0 / 980;
    double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / 568 + 1.0 / 412));
    assertEquals(pooled, t.pooled(), 1e-15);
    assertEquals(se, t.standardError(), 1e-15);
    assertEquals((191.0 / 568 - 128.0 / 412) / se, t.z(), 1e-12);
    assertEquals(0.8438708444645248, t.z(), 1e-9);
    assertEquals(0.3987415819612764, t.pValue(), 1e-9);
  }

  @Test
  void publishedExampleOfStatsmodels() {
    // statsmodels' proportions_ztest documentation and its test suite (GH 2969): counts 5 and 12 of
    // 83 and 99 give z = -1.4078304151258787, p = 0.15918129181156992 (printed there as 0.159).
    // By hand: pooled 17 / 182 = 0.0934066; SE = sqrt(0.0934066 * 0.9065934 * (1/83 + 1/99)) =
    // 0.0433086;
    // z = (0.0602410 - 0.1212121) / 0.0433086 = -1.40783.
    TwoProportionZTest t = TwoProportionZTest.of(5, 83, 12, 99);
    assertEquals(-1.4078304151258787, t.z(), 1e-12);
    assertEquals(0.15918129181156992, t.pValue(), 1e-12);
  }

  @Test
  void signFollowsTheFirstSampleAndThePValueIsSymmetric() {
    TwoProportionZTest up = TwoProportionZTest.of(40, 100, 30, 100);
    TwoProportionZTest down = TwoProportionZTest.of(30, 100, 40, 100);
    assertEquals(-up.z(), down.z(), 1e-15);
    assertEquals(up.pValue(), down.pValue(), 1e-15);
    TwoProportionZTest same = TwoProportionZTest.of(25, 50, 50, 100);
    assertEquals(0, same.z(), 0);
    assertEquals(1, same.pValue(), 0);
  }

  @Test
  void tinyPValuesKeepTheirPrecision() {
    // 900 of 1000 against 500 of 1000: pooled 0.7, SE = sqrt(0.21 * 0.002) = 0.0204939, z = 19.518;
    // 1 - Phi(19.5) rounds to 0 in doubles, the lower tail does not: p = 7.7199e-85.
    TwoProportionZTest t = TwoProportionZTest.of(900, 1000, 500, 1000);
    assertEquals(0.4 / Math.sqrt(0.00042), t.z(), 1e-9);
    assertEquals(7.719934594295634e-85, t.pValue(), 7.719934594295634e-85 * 1e-6);
  }

  @Test
  void squaredZIsThePearsonChiSquareOfTheTwoByTwoTable() {
    TwoProportionZTest t = TwoProportionZTest.of(191, 568, 128, 412);
    ContingencyTable table = new ContingencyTable(2, 2);
    add(table, 0, 0, 191);
    add(table, 0, 1, 568 - 191);
    add(table, 1, 0, 128);
    add(table, 1, 1, 412 - 128);
    ChiSquareResult chi = table.chiSquareTest();
    assertEquals(chi.chiSquare(), t.z() * t.z(), 1e-9);
    assertEquals(chi.pValue(), t.pValue(), 1e-9);
  }

  private static void add(ContingencyTable table, int row, int column, int times) {
    for (int i = 0; i < times; i++) {
      table.add(row, column);
    }
  }

  @Test
  void undefinedWithoutRespondentsOrWithoutVariance() {
    TwoProportionZTest empty = TwoProportionZTest.of(0, 0, 3, 10);
    assertFalse(empty.isDefined());
    assertTrue(Double.isNaN(empty.p1()));
    assertTrue(Double.isNaN(empty.z()) && Double.isNaN(empty.pValue()));
    assertFalse(TwoProportionZTest.of(3, 10, 0, 0).isDefined());
    // nobody in either sample: pooled 0; everybody: pooled 1
    TwoProportionZTest nobody = TwoProportionZTest.of(0, 10, 0, 20);
    assertFalse(nobody.isDefined());
    assertEquals(0, nobody.pooled(), 0);
    assertEquals(0, nobody.difference(), 0);
    assertFalse(TwoProportionZTest.of(10, 10, 20, 20).isDefined());
    // one sample at 0 is fine as long as the other is not
    assertTrue(TwoProportionZTest.of(1, 2, 0, 3).isDefined());
  }

  @Test
  void countsOutsideTheirSampleAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> TwoProportionZTest.of(11, 10, 1, 10));
    assertThrows(IllegalArgumentException.class, () -> TwoProportionZTest.of(-1, 10, 1, 10));
    assertThrows(IllegalArgumentException.class, () -> TwoProportionZTest.of(1, 10, 1, -1));
  }
}
