package org.joysurvey.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joysurvey.problem.Problem;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.testing.SampleInstrument;
import org.joysurvey.testing.StrictInstrument;
import org.junit.jupiter.api.Test;

class ResponseValidatorTest {

  private final ResponseValidator sample =
      new ResponseValidator(new Questionnaire(List.of(new SampleInstrument())));
  private final ResponseValidator strict =
      new ResponseValidator(new Questionnaire(List.of(new StrictInstrument())));

  private static Map<String, String> cells(String... codeAndCell) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < codeAndCell.length; i += 2) {
      map.put(codeAndCell[i], codeAndCell[i + 1]);
    }
    return map;
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private static Problem onlyProblem(ValidationResult result) {
    assertEquals(1, result.problems().size(), () -> "problems: " + result.problems());
    return result.problems().get(0);
  }

  @Test
  void validAnswersOfEveryTypeAreAccepted() {
    ValidationResult result =
        sample.validateText(
            cells(
                "sample.colour", "red",
                "sample.agree", "yes",
                "sample.why_agree", "Because <b>so</b>",
                "sample.pets", "cat;dog",
                "sample.top2", "other;a",
                "sample.top2_other", "Something else",
                "sample.mood", "5",
                "sample.comment", "fine",
                "sample.age", "18"));
    assertTrue(result.isValid(), () -> result.problems().toString());
    assertEquals(9, result.answers().values().size());
    assertEquals(
        new AnswerValue.Choices(List.of("other", "a")),
        result.answers().values().get("sample.top2"));
    assertEquals(
        new AnswerValue.Number(new BigDecimal("18")), result.answers().values().get("sample.age"));
  }

  @Test
  void noAnswerAtAllIsValid() {
    ValidationResult result = sample.validateText(Map.of());
    assertTrue(result.isValid());
    assertTrue(result.answers().values().isEmpty());
    ValidationResult empties =
        sample.validateText(cells("sample.colour", "", "sample.mood", "", "sample.comment", ""));
    assertTrue(empties.isValid());
    assertTrue(empties.answers().values().isEmpty());
  }

  @Test
  void unknownCodeIsRejectedNamingIt() {
    Problem problem =
        onlyProblem(sample.validateText(cells("sample.colour", "red", "sample.nope", "x")));
    assertEquals("sample.nope", problem.column());
    Problem inJson = onlyProblem(sample.validateJson(json("{\"other.burnout\": 3}")));
    assertEquals("other.burnout", inJson.column());
  }

  @Test
  void metadataKeysAreNotChecked() {
    assertTrue(sample.validateText(cells("_submitted_on", "2020-10-31", "_source", "x")).isValid());
    assertTrue(sample.validateJson(json("{\"_id\": 7}")).isValid());
  }

  @Test
  void optionNotAllowedIsRejected() {
    ValidationResult result =
        sample.validateText(cells("sample.colour", "purple", "sample.mood", "3"));
    Problem problem = onlyProblem(result);
    assertEquals("sample.colour", problem.column());
    assertTrue(problem.message().contains("purple"), problem.message());
    assertFalse(result.answers().isAnswered("sample.colour"));
    assertTrue(result.answers().isAnswered("sample.mood"));
    assertEquals(
        "sample.agree", onlyProblem(sample.validateText(cells("sample.agree", "maybe"))).column());
    assertEquals(
        "sample.pets", onlyProblem(sample.validateText(cells("sample.pets", "cat;cow"))).column());
  }

  @Test
  void optionCodesAreCaseSensitive() {
    assertEquals(
        "sample.colour", onlyProblem(sample.validateText(cells("sample.colour", "Red"))).column());
  }

  @Test
  void likertOutOfRangeIsRejected() {
    for (String cell : List.of("0", "6", "-1")) {
      Problem problem = onlyProblem(sample.validateText(cells("sample.mood", cell)));
      assertEquals("sample.mood", problem.column());
      assertTrue(problem.message().contains("1..5"), problem.message());
    }
    assertTrue(sample.validateText(cells("sample.mood", "1")).isValid());
    assertTrue(sample.validateText(cells("sample.mood", "5")).isValid());
    assertEquals(
        "sample.mood", onlyProblem(sample.validateJson(json("{\"sample.mood\": 6}"))).column());
  }

  @Test
  void badIntegerIsAProblemNotAnException() {
    Problem problem = onlyProblem(sample.validateText(cells("sample.mood", "three")));
    assertEquals("sample.mood", problem.column());
  }

  @Test
  void emptyListPartIsAProblem() {
    assertEquals(
        "sample.pets", onlyProblem(sample.validateText(cells("sample.pets", "cat;;dog"))).column());
  }

  @Test
  void exclusiveOptionCannotBeCombined() {
    Problem problem = onlyProblem(sample.validateText(cells("sample.pets", "none;cat")));
    assertEquals("sample.pets", problem.column());
    assertTrue(problem.message().contains("none"), problem.message());
    assertTrue(sample.validateText(cells("sample.pets", "none")).isValid());
    assertEquals(
        "sample.pets",
        onlyProblem(sample.validateJson(json("{\"sample.pets\": [\"dog\", \"none\"]}"))).column());
  }

  @Test
  void multiOptionGivenTwiceIsRejected() {
    assertEquals(
        "sample.pets", onlyProblem(sample.validateText(cells("sample.pets", "cat;cat"))).column());
  }

  @Test
  void emptyJsonArrayIsRejected() {
    assertEquals(
        "sample.pets", onlyProblem(sample.validateJson(json("{\"sample.pets\": []}"))).column());
  }

  @Test
  void rankingTooManyOptionsIsRejected() {
    Problem problem = onlyProblem(sample.validateText(cells("sample.top2", "a;b;c")));
    assertEquals("sample.top2", problem.column());
    assertTrue(problem.message().contains("2"), problem.message());
    assertTrue(sample.validateText(cells("sample.top2", "c;b")).isValid());
  }

  @Test
  void rankingAnOptionTwiceIsRejected() {
    Problem problem = onlyProblem(sample.validateText(cells("sample.top2", "a;a")));
    assertEquals("sample.top2", problem.column());
    assertTrue(problem.message().contains("'a'"), problem.message());
  }

  @Test
  void textOver2000CharactersIsRejected() {
    String limit = "x".repeat(2000);
    assertTrue(sample.validateText(cells("sample.comment", limit)).isValid());
    Problem problem = onlyProblem(sample.validateText(cells("sample.comment", limit + "y")));
    assertEquals("sample.comment", problem.column());
    assertTrue(
        problem.message().contains("2001") && problem.message().contains("2000"),
        problem.message());
    assertEquals(
        "sample.comment",
        onlyProblem(sample.validateJson(json("{\"sample.comment\": \"" + limit + "y\"}")))
            .column());
  }

  @Test
  void numberOutsideItsBoundsIsRejected() {
    assertTrue(
        onlyProblem(sample.validateText(cells("sample.age", "17.99")))
            .message()
            .contains("minimum"));
    assertTrue(
        onlyProblem(sample.validateText(cells("sample.age", "100.5")))
            .message()
            .contains("maximum"));
    assertTrue(sample.validateText(cells("sample.age", "100")).isValid());
  }

  @Test
  void hiddenItemAnsweredIsRejected() {
    // why_agree is shown only if agree = yes
    ValidationResult result =
        sample.validateText(cells("sample.agree", "no", "sample.why_agree", "text"));
    Problem problem = onlyProblem(result);
    assertEquals("sample.why_agree", problem.column());
    assertTrue(
        problem.message().contains("sample.agree") && problem.message().contains("yes"),
        problem.message());
    assertFalse(result.answers().isAnswered("sample.why_agree"));
    assertTrue(result.answers().isAnswered("sample.agree"));
  }

  @Test
  void itemHiddenBecauseItsConditionIsUnansweredIsRejected() {
    assertEquals(
        "sample.why_agree",
        onlyProblem(sample.validateText(cells("sample.why_agree", "text"))).column());
  }

  @Test
  void rankedConditionShowsItemWhenTheOptionIsRankedAnywhere() {
    assertTrue(
        sample
            .validateText(cells("sample.top2", "a;other", "sample.top2_other", "mine"))
            .isValid());
    assertEquals(
        "sample.top2_other",
        onlyProblem(sample.validateText(cells("sample.top2", "a;b", "sample.top2_other", "mine")))
            .column());
  }

  @Test
  void hiddenItemIsRejectedInJsonToo() {
    ValidationResult result =
        sample.validateJson(json("{\"sample.agree\": \"no\", \"sample.why_agree\": \"x\"}"));
    assertEquals("sample.why_agree", onlyProblem(result).column());
  }

  @Test
  void conditionOnARejectedAnswerHidesTheDependentItem() {
    // top2 = other;other is rejected (duplicate), so top2_other is not shown and its answer is
    // rejected too
    ValidationResult result =
        sample.validateText(cells("sample.top2", "other;other", "sample.top2_other", "x"));
    assertEquals(2, result.problems().size(), result.problems()::toString);
    assertTrue(result.answers().values().isEmpty());
  }

  @Test
  void requiredItemMissingIsReported() {
    Problem problem = onlyProblem(strict.validateText(Map.of()));
    assertEquals("strict.consent", problem.column());
    assertTrue(problem.message().contains("required"), problem.message());
    assertEquals(
        "strict.consent", onlyProblem(strict.validateText(cells("strict.consent", ""))).column());
    assertEquals("strict.consent", onlyProblem(strict.validateJson(json("{}"))).column());
  }

  @Test
  void requiredItemIsRequiredOnlyWhenShown() {
    assertTrue(strict.validateText(cells("strict.consent", "no")).isValid());
    Problem problem = onlyProblem(strict.validateText(cells("strict.consent", "yes")));
    assertEquals("strict.role", problem.column());
    assertTrue(
        strict.validateText(cells("strict.consent", "yes", "strict.role", "nurse")).isValid());
  }

  @Test
  void requiredItemWithAnInvalidAnswerIsReportedOnce() {
    Problem problem = onlyProblem(strict.validateText(cells("strict.consent", "perhaps")));
    assertEquals("strict.consent", problem.column());
    assertFalse(problem.message().contains("required"), problem.message());
  }

  @Test
  void severalProblemsAreAllReported() {
    ValidationResult result =
        sample.validateText(
            cells(
                "sample.colour",
                "purple",
                "sample.mood",
                "9",
                "sample.top2",
                "a;b;c",
                "sample.unknown",
                "x"));
    assertEquals(4, result.problems().size(), result.problems()::toString);
    assertFalse(result.isValid());
  }
}
