package org.joysurvey.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyAnswersTest {

  private static final FormItem RANKED =
      new FormItem(
          "org.top3",
          "ranked",
          "Rank",
          List.of(
              new FormOption("a", "Less paperwork", false),
              new FormOption("b", "More staff", false),
              new FormOption("c", "Flexible hours", false)),
          false,
          false,
          null,
          3,
          0);

  private static final FormItem MULTI =
      new FormItem(
          "org.used",
          "multi",
          "Used",
          List.of(
              new FormOption("x", "Coaching", false), new FormOption("y", "Peer support", false)),
          false,
          false,
          null,
          0,
          0);

  private static final FormItem TEXT =
      new FormItem("org.other", "text", "Other", List.of(), false, false, null, 0, 2000);

  @Test
  void theReviewShowsRankedOptionsNumberedInRankOrder() {
    FormAnswers answers = new FormAnswers();
    answers.values().put("org.top3", new String[] {"c"});
    answers.ranking(RANKED);
    answers.values().put("org.top3", new String[] {"a", "c"});
    assertEquals(
        "1. Flexible hours; 2. Less paperwork", SurveyAnswers.reviewAnswer(RANKED, answers));
  }

  @Test
  void theReviewShowsOptionLabelsAndTextAsTyped() {
    FormAnswers answers = new FormAnswers();
    answers.values().put("org.used", new String[] {"y", "x"});
    answers.values().put("org.other", "Fewer forms; more time");
    assertEquals("Peer support; Coaching", SurveyAnswers.reviewAnswer(MULTI, answers));
    assertEquals("Fewer forms; more time", SurveyAnswers.reviewAnswer(TEXT, answers));
  }

  @Test
  void anUnansweredItemIsEmptyOnTheReviewAndAnUnknownOptionShowsItsCode() {
    FormAnswers answers = new FormAnswers();
    assertEquals("", SurveyAnswers.reviewAnswer(MULTI, answers));
    assertEquals("", SurveyAnswers.reviewAnswer(RANKED, answers));
    answers.values().put("org.used", new String[] {"z"});
    assertEquals("z", SurveyAnswers.reviewAnswer(MULTI, answers));
  }

  @Test
  void ranksReadAsOrdinals() {
    assertEquals(
        List.of(
            "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "111th", "101st"),
        List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 111, 101).stream()
            .map(SurveyAnswers::ordinal)
            .toList());
  }
}
