package org.joysurvey.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.joysurvey.demo.SyntheticResponses;
import org.joysurvey.interchange.JsonAnswers;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.InstrumentMetadata;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.Option;
import org.joysurvey.testing.SampleInstrument;
import org.junit.jupiter.api.Test;

/** The packed form reports read must give back exactly the answers that were stored. */
class PackedAnswersTest {

  private final Questionnaire questionnaire = new Questionnaire(List.of(new SampleInstrument()));
  private final PackedAnswers packing = new PackedAnswers(questionnaire);

  @Test
  void givesBackGeneratedResponsesOfEveryItemTypeInAFractionOfTheJsonBytes() {
    SyntheticResponses generator = new SyntheticResponses(questionnaire, 11, 0.2);
    long packedBytes = 0;
    long jsonBytes = 0;
    for (int i = 0; i < 2000; i++) {
      Answers answers = generator.next();
      byte[] packed = packing.encode(answers);
      assertEquals(answers, packing.decode(packed));
      packedBytes += packed.length;
      jsonBytes += JsonAnswers.toJsonText(answers).getBytes(StandardCharsets.UTF_8).length;
    }
    assertTrue(
        packedBytes * 3 < jsonBytes,
        packedBytes + " packed bytes against " + jsonBytes + " of JSON");
  }

  @Test
  void givesBackTextsAndNumbersExactly() {
    for (String text :
        List.of(
            "",
            "plain",
            "a \"quoted\" word\nline two",
            "café – 日本 😀",
            "<b>html</b> & more",
            "x".repeat(Item.TEXT_MAX_LENGTH))) {
      Answers answers =
          new Answers(
              Map.of(
                  "sample.comment",
                  new AnswerValue.Text(text),
                  "sample.age",
                  new AnswerValue.Number(new BigDecimal("42.50")),
                  "sample.mood",
                  new AnswerValue.Scale(5)));
      assertEquals(answers, packing.decode(packing.encode(answers)), text);
    }
  }

  @Test
  void keepsTheRankOrderOfRankedAnswersAndAnEmptyMultiAnswer() {
    Answers answers =
        new Answers(
            Map.of(
                "sample.top2",
                new AnswerValue.Choices(List.of("c", "a")),
                "sample.pets",
                new AnswerValue.Choices(List.of())));
    Answers back = packing.decode(packing.encode(answers));
    assertEquals(List.of("c", "a"), back.choices("sample.top2"));
    assertEquals(answers, back);
  }

  @Test
  void decodedCodesAndSingleAnswersAreTheQuestionnairesOwnInstances() {
    Answers answers =
        packing.decode(
            packing.encode(
                new Answers(Map.of("sample.colour", new AnswerValue.Choice(new String("green"))))));
    Map.Entry<String, AnswerValue> entry = answers.values().entrySet().iterator().next();
    assertSame(
        SampleInstrument.item("colour").option("green").orElseThrow().code(),
        ((AnswerValue.Choice) entry.getValue()).code());
    Answers again = packing.decode(packing.encode(answers));
    assertSame(entry.getValue(), again.values().get("sample.colour"));
  }

  @Test
  void anAnswerThatDoesNotFitTheQuestionnaireIsNotPacked() {
    assertNull(packing.encode(new Answers(Map.of("gone.item", new AnswerValue.Scale(3)))));
    assertNull(
        packing.encode(new Answers(Map.of("sample.colour", new AnswerValue.Choice("purple")))));
    assertNull(packing.encode(new Answers(Map.of("sample.mood", new AnswerValue.Scale(9)))));
    assertNull(packing.encode(new Answers(Map.of("sample.mood", new AnswerValue.Choice("4")))));
    assertNull(
        packing.encode(
            new Answers(Map.of("sample.pets", new AnswerValue.Choices(List.of("cat", "lion"))))));
  }

  @Test
  void noAnswersPackToNothingAndBackToNoAnswers() {
    assertEquals(0, packing.encode(Answers.NONE).length);
    assertEquals(Answers.NONE, packing.decode(new byte[0]));
  }

  @Test
  void bytesThatAreNotAPackedFormOfThisLayoutAreRefused() {
    byte[] packed =
        packing.encode(new Answers(Map.of("sample.comment", new AnswerValue.Text("hello there"))));
    assertThrows(
        IllegalArgumentException.class,
        () -> packing.decode(Arrays.copyOf(packed, packed.length - 3)));
    assertThrows(IllegalArgumentException.class, () -> packing.decode(new byte[] {(byte) 120}));
    assertThrows(IllegalArgumentException.class, () -> packing.decode(new byte[] {0, 99}));
    // the same item twice, or items out of questionnaire order
    assertThrows(IllegalArgumentException.class, () -> packing.decode(new byte[] {0, 1, 0, 1}));
    Random random = new Random(5);
    for (int i = 0; i < 500; i++) {
      byte[] noise = new byte[1 + random.nextInt(40)];
      random.nextBytes(noise);
      try {
        packing.decode(noise);
      } catch (IllegalArgumentException expected) {
        // refusing is right; anything else (another exception) fails the test
      }
    }
  }

  @Test
  void theLayoutFollowsCodesAndOptionsButNotWording() {
    long layout = packing.layout();
    assertEquals(
        layout, new PackedAnswers(new Questionnaire(List.of(new SampleInstrument()))).layout());
    assertEquals(
        layout,
        new PackedAnswers(
                new Questionnaire(
                    List.of(new SampleInstrument()),
                    Map.of("sample.colour", "Which colour do you like best?")))
            .layout());
    assertNotEquals(
        layout,
        new PackedAnswers(new Questionnaire(List.of(new SampleInstrument(), tiny("yes"))))
            .layout());
    assertNotEquals(
        new PackedAnswers(new Questionnaire(List.of(tiny("yes")))).layout(),
        new PackedAnswers(new Questionnaire(List.of(tiny("sometimes")))).layout());
  }

  /** An instrument of one single-choice item whose second option is {@code option}. */
  private static Instrument tiny(String option) {
    return new Instrument() {
      @Override
      public InstrumentMetadata metadata() {
        return new InstrumentMetadata("tiny", "1.0.0", "Tiny", "One question", "public domain");
      }

      @Override
      public List<Item> items() {
        return List.of(Item.single("q", "Q?", Option.of("no", "No"), Option.of(option, option)));
      }

      @Override
      public org.joysurvey.spi.DerivedVariables score(
          Answers answers, org.joysurvey.spi.Settings settings) {
        return org.joysurvey.spi.DerivedVariables.NONE;
      }

      @Override
      public org.joysurvey.spi.SectionBuilder newReport(org.joysurvey.spi.ReportContext context) {
        throw new UnsupportedOperationException();
      }
    };
  }
}
