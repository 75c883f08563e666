package org.joysurvey.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.joysurvey.problem.Problem;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.spi.Instrument;
import org.joysurvey.testing.SampleInstrument;
import org.junit.jupiter.api.Test;

/** An edition may word any item its own way (a licensed society's MBI wording), codes unchanged. */
class EditionWordingTest {

  private final List<Instrument> instruments = List.of(new SampleInstrument());

  @Test
  void wordingSettingReplacesTheTextOfThatItemOnly() {
    Map<String, String> settings = Map.of("sample.wording.mood", "How is your mood today?");
    Questionnaire questionnaire = new Questionnaire(instruments, EditionSettings.wording(settings));
    assertEquals(
        "How is your mood today?", questionnaire.item("sample.mood").orElseThrow().item().text());
    assertEquals(
        SampleInstrument.item("mood").options(),
        questionnaire.item("sample.mood").orElseThrow().item().options());
    assertEquals(
        "Favourite colour?", questionnaire.item("sample.colour").orElseThrow().item().text());
    assertEquals(List.of(), EditionSettings.problems(instruments, settings));
  }

  @Test
  void wordingOfAnUnknownItemOrBlankWordingIsRejected() {
    List<Problem> problems =
        EditionSettings.problems(
            instruments,
            Map.of(
                "sample.wording.nope",
                "Text",
                "sample.wording.mood",
                " ",
                "other.wording.mood",
                "Text"));
    assertEquals(3, problems.size(), problems::toString);
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.column().equals("settings.sample.wording.nope")
                        && p.message().contains("names no item")),
        problems::toString);
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.column().equals("settings.sample.wording.mood")
                        && p.message().contains("1 to 1000 characters")),
        problems::toString);
  }

  @Test
  void wordingIsNotASettingOfThePlugin() {
    var resolved =
        EditionSettings.resolve(new SampleInstrument(), Map.of("sample.wording.mood", "Text"));
    assertTrue(resolved.values().isEmpty(), resolved::toString);
  }
}
