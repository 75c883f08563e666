package org.joysurvey.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.testing.SampleInstrument;
import org.junit.jupiter.api.Test;

class JsonAnswersTest {

  private static final Questionnaire SAMPLE = new Questionnaire(List.of(new SampleInstrument()));

  private static Answers everyType() {
    Map<String, AnswerValue> values = new LinkedHashMap<>();
    values.put("sample.colour", new AnswerValue.Choice("blue"));
    values.put("sample.agree", new AnswerValue.Choice("yes"));
    values.put(
        "sample.why_agree",
        new AnswerValue.Text("Multi\nline, \"quoted\", <b>html</b> & ünïcödé \uD83D\uDE00"));
    values.put("sample.pets", new AnswerValue.Choices(List.of("fish", "cat")));
    values.put("sample.top2", new AnswerValue.Choices(List.of("other", "a")));
    values.put("sample.top2_other", new AnswerValue.Text("x"));
    values.put("sample.mood", new AnswerValue.Scale(1));
    values.put("sample.comment", new AnswerValue.Text("\\ backslash \t tab"));
    values.put("sample.age", new AnswerValue.Number(new BigDecimal("64.5")));
    return new Answers(values);
  }

  @Test
  void roundTripKeepsEveryTypeAndRankOrder() {
    Answers answers = everyType();
    assertEquals(answers, JsonAnswers.fromStoredJson(SAMPLE, JsonAnswers.toJsonText(answers)));
  }

  @Test
  void jsonUsesFullCodesSortedAndTheSpecShapes() {
    Map<String, AnswerValue> values = new LinkedHashMap<>();
    values.put("sample.top2", new AnswerValue.Choices(List.of("c", "a")));
    values.put("sample.mood", new AnswerValue.Scale(3));
    values.put("sample.colour", new AnswerValue.Choice("red"));
    assertEquals(
        "{\"sample.colour\":\"red\",\"sample.mood\":3,\"sample.top2\":[\"c\",\"a\"]}",
        JsonAnswers.toJsonText(new Answers(values)));
  }

  @Test
  void emptyAnswersAreAnEmptyObject() {
    assertEquals("{}", JsonAnswers.toJsonText(Answers.NONE));
    assertEquals(Answers.NONE, JsonAnswers.fromStoredJson(SAMPLE, "{}"));
  }

  @Test
  void storedItemsThatNoLongerFitAreSkipped() {
    Answers read =
        JsonAnswers.fromStoredJson(
            SAMPLE,
            "{\"sample.mood\": \"three\", \"sample.gone\": 1, \"sample.colour\": \"red\","
                + " \"sample.comment\": null}");
    assertEquals(new Answers(Map.of("sample.colour", new AnswerValue.Choice("red"))), read);
  }
}
