package org.joysurvey.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.joysurvey.demo.SyntheticResponses;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.testing.SampleInstrument;
import org.junit.jupiter.api.Test;

/** The fast reader of stored answers must read exactly what the general JSON reader reads. */
class StoredAnswersDecoderTest {

  private final Questionnaire questionnaire = new Questionnaire(List.of(new SampleInstrument()));
  private final StoredAnswersDecoder decoder = new StoredAnswersDecoder(questionnaire);

  private void assertSameAsGeneralReader(String json) {
    assertEquals(JsonAnswers.fromStoredJson(questionnaire, json), decoder.decode(json), json);
  }

  @Test
  void readsGeneratedResponsesOfEveryItemTypeLikeTheGeneralReader() {
    SyntheticResponses generator = new SyntheticResponses(questionnaire, 7, 0.2);
    for (int i = 0; i < 2000; i++) {
      Answers answers = generator.next();
      String json = JsonAnswers.toJsonText(answers);
      assertEquals(answers, decoder.decode(json), json);
    }
  }

  @Test
  void readsTextsWithEscapesQuotesNewlinesAndNonAscii() {
    for (String text :
        List.of(
            "plain",
            "a \"quoted\" word",
            "line one\nline two\r\n\ttab",
            "back\\slash /",
            "café – 日本 😀",
            "<b>html</b> & more",
            "\u0001 control")) {
      Answers answers =
          new Answers(
              Map.of(
                  "sample.comment",
                  new AnswerValue.Text(text),
                  "sample.age",
                  new AnswerValue.Number(new BigDecimal("42.5"))));
      String json = JsonAnswers.toJsonText(answers);
      assertEquals(answers, decoder.decode(json), json);
    }
  }

  @Test
  void optionCodesAreTheQuestionnairesOwnInstances() {
    Answers answers = decoder.decode("{\"sample.colour\":\"green\"}");
    String stored = ((AnswerValue.Choice) answers.values().get("sample.colour")).code();
    assertSame(SampleInstrument.item("colour").option("green").orElseThrow().code(), stored);
  }

  @Test
  void whatNoLongerFitsIsSkippedLikeTheGeneralReaderSkipsIt() {
    assertSameAsGeneralReader("{\"gone.item\":3,\"sample.mood\":4}");
    assertSameAsGeneralReader("{\"sample.mood\":\"four\",\"sample.colour\":\"red\"}");
    assertSameAsGeneralReader("{\"sample.colour\":\"purple\"}");
    assertSameAsGeneralReader("{ \"sample.mood\" : 4 }");
    assertSameAsGeneralReader("{}");
  }
}
