package org.joysurvey.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormAnswersTest {

  private static final FormItem RANKED =
      new FormItem(
          "org.top3",
          "ranked",
          "Rank",
          List.of(
              new FormOption("a", "A", false),
              new FormOption("b", "B", false),
              new FormOption("c", "C", false),
              new FormOption("d", "D", false)),
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
          List.of(new FormOption("x", "X", false), new FormOption("y", "Y", false)),
          false,
          false,
          null,
          0,
          0);

  private static final FormItem TEXT =
      new FormItem("org.other", "text", "Other", List.of(), false, false, "org.top3", 0, 2000);

  private static final List<FormSection> PAGES =
      List.of(new FormSection("org", "Org", List.of(RANKED, MULTI, TEXT)));

  @Test
  void rankedOptionsAreRankedInTheOrderTheyWereTickedNotTheOrderOfTheList() {
    FormAnswers answers = new FormAnswers();
    answers.values().put("org.top3", new String[] {"c"});
    assertEquals(List.of("c"), answers.ranking(RANKED));
    // the page sends the whole selection, in list order, at each click
    answers.values().put("org.top3", new String[] {"a", "c"});
    assertEquals(List.of("c", "a"), answers.ranking(RANKED));
    answers.values().put("org.top3", new String[] {"a", "b", "c"});
    assertEquals("c;a;b", answers.cell(RANKED));
  }

  @Test
  void untickingARankedOptionClosesTheGapAndANewTickGoesLast() {
    FormAnswers answers = new FormAnswers();
    answers.values().put("org.top3", new String[] {"b"});
    answers.ranking(RANKED);
    answers.values().put("org.top3", new String[] {"b", "d"});
    answers.ranking(RANKED);
    answers.values().put("org.top3", new String[] {"a", "b", "d"});
    assertEquals(List.of("b", "d", "a"), answers.ranking(RANKED));
    answers.values().put("org.top3", new String[] {"a", "d"});
    assertEquals(List.of("d", "a"), answers.ranking(RANKED));
    answers.values().put("org.top3", new String[] {"a", "b", "d"});
    assertEquals(List.of("d", "a", "b"), answers.ranking(RANKED));
  }

  @Test
  void savedCellsComeBackIntoTheInputsAndGiveTheSameCells() {
    Map<String, String> saved =
        Map.of("org.top3", "d;a", "org.used", "x;y", "org.other", "More staff; fewer forms");
    FormAnswers answers = new FormAnswers();
    answers.fill(PAGES, saved);
    assertEquals(List.of("d", "a"), answers.ranking(RANKED), "the saved order, not the list order");
    assertEquals(saved, answers.cells(PAGES));
    assertEquals("More staff; fewer forms", answers.cell(TEXT), "a text keeps its semicolons");
  }

  @Test
  void unansweredItemsGiveNoCellAndTextIsTrimmed() {
    FormAnswers answers = new FormAnswers();
    answers.values().put("org.other", "  ");
    answers.values().put("org.used", new String[] {});
    assertEquals(Map.of(), answers.cells(PAGES));
    answers.values().put("org.other", "  fewer forms ");
    assertEquals(Map.of("org.other", "fewer forms"), answers.cells(PAGES));
  }
}
