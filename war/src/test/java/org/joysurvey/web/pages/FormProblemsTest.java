package org.joysurvey.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joysurvey.problem.Problem;
import org.junit.jupiter.api.Test;

class FormProblemsTest {

  private static final List<FormSection> SECTIONS =
      List.of(
          new FormSection("a", "A", List.of(item("a.one"), item("a.two"))),
          new FormSection("b", "B", List.of(item("b.one"), item("b.two"))));

  private static FormItem item(String code) {
    return new FormItem(code, "text", code, List.of(), false, false, null, 0, 100);
  }

  @Test
  void eachItemGetsItsProblemsAsSentences() {
    Map<String, String> byItem =
        FormProblems.byItem(
            List.of(
                Problem.at("a.one", "an answer is required"),
                Problem.at("b.two", "at most 5 characters."),
                Problem.at("a.one", "must be a number"),
                Problem.at(null, "the edition is closed")));
    assertEquals(List.of("a.one", "b.two", ""), List.copyOf(byItem.keySet()));
    assertEquals("An answer is required. Must be a number.", byItem.get("a.one"));
    assertEquals("At most 5 characters.", byItem.get("b.two"));
    assertEquals(
        "The edition is closed.",
        byItem.get(""),
        "a problem of no item is kept under the empty code");
  }

  @Test
  void theFirstSectionWithAProblemIsFoundAndOnlyItsProblemsAreShown() {
    Map<String, String> byItem = new LinkedHashMap<>();
    byItem.put("b.two", "Two.");
    byItem.put("", "No item.");
    byItem.put("b.one", "One.");
    assertEquals(1, FormProblems.firstSectionWith(SECTIONS, byItem));
    assertEquals(
        Map.of("b.two", "Two.", "b.one", "One."), FormProblems.on(SECTIONS.get(1), byItem));
    assertEquals(
        List.of("b.two", "b.one"), List.copyOf(FormProblems.on(SECTIONS.get(1), byItem).keySet()));
    assertEquals(-1, FormProblems.firstSectionWith(SECTIONS, Map.of("", "No item.")));
    byItem.put("a.two", "Earlier.");
    assertEquals(
        0,
        FormProblems.firstSectionWith(SECTIONS, byItem),
        "the first page, not the first problem");
  }

  @Test
  void theMessageAboveTheFormCountsTheAnswersToCheck() {
    assertEquals("Please check the answer marked below.", FormProblems.askToCheck(1));
    assertEquals("Please check the 3 answers marked below.", FormProblems.askToCheck(3));
  }
}
