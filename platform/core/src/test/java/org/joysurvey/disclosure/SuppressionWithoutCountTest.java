package org.joysurvey.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.joysurvey.spi.ReportTextList;
import org.joysurvey.spi.Statistic;
import org.junit.jupiter.api.Test;

class SuppressionWithoutCountTest {

  @Test
  void theSmallCellRulesReasonsNeverNameTheCountTheyWithhold() {
    SmallCellRule rule = new SmallCellRule(5);
    String counts = rule.check(Statistic.proportion("x.a", null, 3, 60)).orElseThrow().reason();
    String rests = rule.check(Statistic.proportion("x.b", null, 1, 4)).orElseThrow().reason();
    String texts =
        rule.check(new ReportTextList("Ideas", "x.t", 2, List.of("a", "b"))).orElseThrow().reason();
    assertEquals("counts fewer than 5 respondents", counts);
    assertEquals("rests on fewer than 5 respondents", rests);
    assertEquals("fewer than 10 respondents wrote a text", texts);
    for (String reason : List.of(counts, rests, texts)) {
      assertFalse(reason.matches(".*\\b[0-4]\\b.*") || reason.contains(" 2 "), reason);
    }
  }

  @Test
  void reasonsStoredWithTheirCountLoseIt() {
    assertEquals(
        "counts fewer than 5 respondents",
        Suppression.withoutCount("counts 3 respondents, fewer than 5"));
    assertEquals(
        "rests on fewer than 11 respondents",
        Suppression.withoutCount("rests on 0 respondents, fewer than 11"));
    assertEquals(
        "fewer than 10 respondents wrote a text",
        Suppression.withoutCount("4 respondents wrote a text; a list needs at least 10"));
    assertEquals(
        Suppression.PROTECTS_ANOTHER, Suppression.withoutCount(Suppression.PROTECTS_ANOTHER));
    assertTrue(Suppression.withoutCount(null) == null);
  }
}
