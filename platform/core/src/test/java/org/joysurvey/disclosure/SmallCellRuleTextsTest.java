package org.joysurvey.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.joysurvey.spi.ReportTextList;
import org.junit.jupiter.api.Test;

class SmallCellRuleTextsTest {

  private static ReportTextList texts(long answered) {
    return new ReportTextList("Comments", "x.comment", answered, List.of("a"));
  }

  @Test
  void freeTextListsNeedTenTextsEvenWhenTheThresholdIsLower() {
    SmallCellRule rule = new SmallCellRule(5);
    var suppressed = rule.check(texts(9)).orElseThrow();
    assertEquals("x.comment", suppressed.key());
    assertEquals("fewer than 10 respondents wrote a text", suppressed.reason());
    assertTrue(rule.check(texts(10)).isEmpty());
  }

  @Test
  void aHigherThresholdAppliesToTextListsToo() {
    SmallCellRule rule = new SmallCellRule(20);
    assertTrue(rule.check(texts(19)).isPresent());
    assertTrue(rule.check(texts(20)).isEmpty());
  }
}
