package org.joysurvey.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.joysurvey.edition.Edition;
import org.joysurvey.spi.Statistic;
import org.junit.jupiter.api.Test;

class SmallCellRuleTest {

  private final SmallCellRule k5 = new SmallCellRule(Edition.DEFAULT_SUPPRESSION_THRESHOLD);

  @Test
  void defaultThresholdIsFive() {
    assertEquals(5, Edition.DEFAULT_SUPPRESSION_THRESHOLD);
  }

  @Test
  void proportionWithNumeratorBelowKIsSuppressedWithAReasonThatHidesTheCount() {
    Optional<Suppression> s = k5.check(Statistic.proportion("x.rate", null, 4, 100));
    assertTrue(s.isPresent());
    assertEquals("x.rate", s.get().key());
    // the reason names the threshold, never the count it withholds
    assertEquals("counts fewer than 5 respondents", s.get().reason());
  }

  @Test
  void proportionWithDenominatorBelowKIsSuppressedWithAReasonThatHidesTheCount() {
    Optional<Suppression> s = k5.check(Statistic.proportion("x.rate", null, 4, 4));
    assertTrue(s.isPresent());
    assertEquals("rests on fewer than 5 respondents", s.get().reason());
    assertTrue(k5.check(Statistic.proportion("x.rate", null, 0, 0)).isPresent());
  }

  @Test
  void proportionWithNumeratorAndDenominatorExactlyKIsPublished() {
    assertEquals(Optional.empty(), k5.check(Statistic.proportion("x.rate", null, 5, 5)));
    assertEquals(Optional.empty(), k5.check(Statistic.proportion("x.rate", null, 5, 200)));
  }

  @Test
  void zeroNumeratorIsBelowK() {
    // "a percentage whose numerator ... rests on fewer than k respondents": 0 of 100 is suppressed
    // too
    assertTrue(k5.check(Statistic.proportion("x.rate", null, 0, 100)).isPresent());
  }

  @Test
  void countBelowKIsSuppressedAndExactlyKIsNot() {
    assertTrue(k5.check(Statistic.count("x.n", null, 4)).isPresent());
    assertEquals(Optional.empty(), k5.check(Statistic.count("x.n", null, 5)));
  }

  @Test
  void boundComputedFromSmallCountsIsSuppressedLikeItsProportion() {
    assertTrue(k5.check(Statistic.fromCounts("x.ci_low", null, 0.1, 3, 50)).isPresent());
    assertTrue(k5.check(Statistic.fromCounts("x.ci_low", null, 0.1, 30, 4)).isPresent());
    assertEquals(Optional.empty(), k5.check(Statistic.fromCounts("x.ci_low", null, 0.1, 5, 5)));
  }

  @Test
  void valueIsJudgedOnItsBasisOnly() {
    assertTrue(k5.check(Statistic.value("x.chi2", null, 12.3, 4)).isPresent());
    assertEquals(Optional.empty(), k5.check(Statistic.value("x.chi2", null, 12.3, 5)));
    assertEquals(Optional.empty(), k5.check(Statistic.value("x.p", null, 0.001, 500)));
  }

  @Test
  void otherThresholdsApply() {
    SmallCellRule k10 = new SmallCellRule(10);
    assertTrue(k10.check(Statistic.proportion("x", null, 9, 50)).isPresent());
    assertEquals(Optional.empty(), k10.check(Statistic.proportion("x", null, 10, 10)));
    SmallCellRule k1 = new SmallCellRule(1);
    assertEquals(Optional.empty(), k1.check(Statistic.count("x", null, 1)));
    assertTrue(k1.check(Statistic.count("x", null, 0)).isPresent());
  }

  @Test
  void thresholdBelowOneIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new SmallCellRule(0));
    assertThrows(IllegalArgumentException.class, () -> new SmallCellRule(-5));
  }
}
