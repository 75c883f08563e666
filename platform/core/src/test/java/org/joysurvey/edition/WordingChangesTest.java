package org.joysurvey.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.joysurvey.spi.Instrument;
import org.joysurvey.testing.SampleInstrument;
import org.junit.jupiter.api.Test;

/** What counts as a change of an edition's item wording, and how the versions are numbered. */
class WordingChangesTest {

  private final List<Instrument> instruments = List.of(new SampleInstrument());

  @Test
  void settingAWordingForTheFirstTimeIsAChangeFromThePluginsText() {
    assertEquals(
        List.of(new WordingChange("sample.mood", null, "How is your mood?")),
        WordingChanges.between(Map.of(), Map.of("sample.mood", "How is your mood?")));
  }

  @Test
  void changingAWordingKeepsTheOldAndTheNewText() {
    List<WordingChange> changes =
        WordingChanges.between(
            Map.of("sample.mood", "How is your mod?"), Map.of("sample.mood", "How is your mood?"));
    assertEquals(
        List.of(new WordingChange("sample.mood", "How is your mod?", "How is your mood?")),
        changes);
    assertEquals("changed", changes.get(0).kind());
  }

  @Test
  void removingAWordingIsAChangeBackToThePluginsText() {
    List<WordingChange> changes =
        WordingChanges.between(Map.of("sample.mood", "How is your mood?"), Map.of());
    assertEquals(List.of(new WordingChange("sample.mood", "How is your mood?", null)), changes);
    assertEquals("back to the plugin's wording", changes.get(0).kind());
  }

  @Test
  void theSameWordingAgainIsNoChange() {
    assertEquals(
        List.of(),
        WordingChanges.between(Map.of("sample.mood", "Mood?"), Map.of("sample.mood", "Mood?")));
    assertEquals(List.of(), WordingChanges.between(Map.of(), Map.of()));
  }

  @Test
  void eachChangedItemIsAChangeOfItsOwnInTheOrderOfTheItemCodes() {
    List<WordingChange> changes =
        WordingChanges.between(
            Map.of("sample.mood", "Mood?", "sample.colour", "Colour?", "sample.agree", "Agreed?"),
            Map.of(
                "sample.mood",
                "Mood?",
                "sample.colour",
                "Which colour?",
                "sample.age",
                "How old are you?"));
    assertEquals(
        List.of("sample.age", "sample.agree", "sample.colour"),
        changes.stream().map(WordingChange::item).toList(),
        "mood is unchanged");
  }

  @Test
  void aChangeWithTheSameTextBeforeAndAfterCannotBeMade() {
    assertThrows(
        IllegalArgumentException.class, () -> new WordingChange("sample.mood", "Mood?", "Mood?"));
    assertThrows(
        IllegalArgumentException.class, () -> new WordingChange("sample.mood", null, null));
  }

  @Test
  void versionsAreNumberedOnFromTheLatestStartingAtOne() {
    List<WordingChange> two =
        WordingChanges.between(Map.of(), Map.of("sample.mood", "Mood?", "sample.age", "Age?"));
    assertEquals(
        List.of(1, 2), WordingChanges.numbers(0, two), "an edition that never changed starts at 1");
    assertEquals(List.of(6, 7), WordingChanges.numbers(5, two));
    assertEquals(List.of(), WordingChanges.numbers(5, List.of()), "no change, no version");
    assertThrows(IllegalArgumentException.class, () -> WordingChanges.numbers(-1, two));
  }

  @Test
  void blanksAroundAWordingAndAWordingEqualToThePluginsTextAreNoChange() {
    Map<String, String> settings =
        Map.of("sample.wording.mood", "  Mood  ", "sample.wording.colour", " Which colour? ");
    Map<String, String> normalised = EditionSettings.normaliseWording(instruments, settings);
    assertEquals(
        Map.of("sample.wording.colour", "Which colour?"),
        normalised,
        "'Mood' is the sample plugin's own text of mood");
    assertEquals(
        List.of(),
        WordingChanges.between(
            Map.of("sample.colour", "Which colour?"), EditionSettings.wording(normalised)));
  }

  @Test
  void normalisingLeavesTheInstrumentsOwnSettingsAlone() {
    assertEquals(
        Map.of("sample.threshold", " 4 "),
        EditionSettings.normaliseWording(instruments, Map.of("sample.threshold", " 4 ")));
  }
}
