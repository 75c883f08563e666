package org.joysurvey.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Properties;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.spi.Answers;
import org.joysurvey.testing.SampleInstrument;
import org.junit.jupiter.api.Test;

class DemoProfileTest {

  private final Questionnaire questionnaire = new Questionnaire(List.of(new SampleInstrument()));

  private static DemoProfile profile(String text) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return DemoProfile.parse(properties, "test");
  }

  @Test
  void aProfiledItemTakesItsSharesAndUnprofiledItemsKeepTheGenericRules() {
    DemoProfile profile =
        profile(
            "responses = 10\n"
                + "sample.colour = red:0.7, green:0.3\n"
                + "sample.mood = 2:1\n"
                + "sample.comment.texts = Fine | Good\n"
                + "sample.comment.answered = 1\n");
    SyntheticResponses generator = new SyntheticResponses(questionnaire, 3, 0, profile);
    int red = 0;
    int n = 4_000;
    for (int i = 0; i < n; i++) {
      Answers a = generator.next();
      assertFalse(a.choice("sample.colour").orElseThrow().equals("blue"), "weight 0: never");
      red += a.choice("sample.colour").orElseThrow().equals("red") ? 1 : 0;
      assertEquals(2, a.scale("sample.mood").getAsInt());
      assertTrue(List.of("Fine", "Good").contains(a.text("sample.comment").orElseThrow()));
      assertTrue(a.isAnswered("sample.pets"), "generic rules still answer the rest");
    }
    // 0.7 within about four standard errors (0.007 at 4,000)
    assertEquals(0.7, red / (double) n, 0.03);
    assertEquals(10, profile.responses());
  }

  @Test
  void multiAnswersNeverCombineTheExclusiveOptionAndRankedAnswersKeepTheLimit() {
    DemoProfile profile =
        profile("sample.pets = cat:0.2, dog:0.2\nsample.top2 = a:0.9, b:0.9, c:0.9\n");
    SyntheticResponses generator = new SyntheticResponses(questionnaire, 5, 0, profile);
    int none = 0;
    for (int i = 0; i < 2_000; i++) {
      Answers a = generator.next();
      List<String> pets = a.choices("sample.pets");
      assertFalse(pets.contains("none") && pets.size() > 1, pets.toString());
      none += pets.equals(List.of("none")) ? 1 : 0;
      assertTrue(a.choices("sample.top2").size() <= 2, a.choices("sample.top2").toString());
      assertFalse(a.choices("sample.top2").isEmpty(), "a ranked list without 'none' ranks one");
    }
    // neither pet: (1 - 0.2)² = 0.64
    assertEquals(0.64, none / 2_000.0, 0.05);
  }

  @Test
  void withoutAProfileTheGeneratorDrawsAsItAlwaysHas() {
    SyntheticResponses plain = new SyntheticResponses(questionnaire, 11, 0.2);
    SyntheticResponses generic =
        new SyntheticResponses(questionnaire, 11, 0.2, profile("other.item = x:1\n"));
    for (int i = 0; i < 200; i++) {
      assertEquals(
          plain.next(), generic.next(), "an item not in the questionnaire changes nothing");
    }
  }

  @Test
  void aWrongProfileIsRefusedNamingTheKey() {
    String weight =
        assertThrows(IllegalArgumentException.class, () -> profile("sample.colour = red:x\n"))
            .getMessage();
    assertTrue(weight.contains("sample.colour"), weight);
    String strain =
        assertThrows(IllegalArgumentException.class, () -> profile("sample.mood.strain = 2\n"))
            .getMessage();
    assertTrue(strain.contains("sample.mood.strain"), strain);
    String option =
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new SyntheticResponses(
                        questionnaire, 1, 0, profile("sample.colour = purple:1\n")))
            .getMessage();
    assertTrue(option.contains("'purple'"), option);
    String text =
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new SyntheticResponses(questionnaire, 1, 0, profile("sample.comment = a:1\n")))
            .getMessage();
    assertTrue(text.contains("sample.comment"), text);
    assertThrows(IllegalArgumentException.class, () -> DemoProfile.forYear(1999));
  }
}
