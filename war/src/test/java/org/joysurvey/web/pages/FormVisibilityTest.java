package org.joysurvey.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.testing.SampleInstrument;
import org.junit.jupiter.api.Test;

class FormVisibilityTest {

  private static final FormItem AGREE =
      new FormItem(
          "sample.agree",
          "yes-no",
          "Do you agree?",
          List.of(new FormOption("yes", "Yes", false), new FormOption("no", "No", false)),
          false,
          true,
          null,
          0,
          0);

  private static final FormItem WHY_AGREE =
      new FormItem(
          "sample.why_agree", "text", "Why?", List.of(), false, false, "sample.agree", 0, 2000);

  private static final FormItem TOP2 =
      new FormItem(
          "sample.top2",
          "ranked",
          "Rank up to two",
          List.of(new FormOption("a", "A", false), new FormOption("other", "Other", false)),
          false,
          true,
          null,
          2,
          0);

  private static final FormItem TOP2_OTHER =
      new FormItem(
          "sample.top2_other",
          "text",
          "Which other?",
          List.of(),
          false,
          false,
          "sample.top2",
          0,
          2000);

  private static final List<FormSection> PAGES =
      List.of(new FormSection("sample", "Sample", List.of(AGREE, WHY_AGREE, TOP2, TOP2_OTHER)));

  private final FormVisibility visibility =
      new FormVisibility(new Questionnaire(List.of(new SampleInstrument())));

  @Test
  void anItemIsShownWhenTheAnswerItDependsOnIsOneOfItsChoices() {
    assertFalse(visibility.isShown(WHY_AGREE, Map.of()), "not answered yet");
    assertFalse(visibility.isShown(WHY_AGREE, Map.of("sample.agree", "no")));
    assertTrue(visibility.isShown(WHY_AGREE, Map.of("sample.agree", "yes")));
    assertTrue(visibility.isShown(TOP2_OTHER, Map.of("sample.top2", "a;other")));
    assertTrue(visibility.isShown(AGREE, Map.of()), "an item without a condition is always shown");
  }

  @Test
  void anUnreadableAnswerShowsNothing() {
    assertFalse(visibility.isShown(TOP2_OTHER, Map.of("sample.top2", "a;;other")));
  }

  @Test
  void withoutAQuestionnaireEveryItemIsShown() {
    assertTrue(new FormVisibility(null).isShown(WHY_AGREE, Map.of("sample.agree", "no")));
  }

  @Test
  void answersToHiddenItemsAreNotSent() {
    FormAnswers answers = new FormAnswers();
    answers.values().put("sample.agree", "no");
    answers.values().put("sample.why_agree", "Written before changing my mind");
    answers.values().put("sample.top2", new String[] {"other"});
    answers.values().put("sample.top2_other", "Parking");
    assertEquals(
        Map.of("sample.agree", "no", "sample.top2", "other", "sample.top2_other", "Parking"),
        visibility.shownCells(PAGES, answers));
    answers.values().put("sample.agree", "yes");
    assertEquals(
        "Written before changing my mind",
        visibility.shownCells(PAGES, answers).get("sample.why_agree"),
        "the answer comes back when the item is shown again");
  }
}
