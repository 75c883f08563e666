package org.joysurvey.instruments.miniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.ItemType;
import org.joysurvey.spi.Option;
import org.joysurvey.spi.Settings;
import org.junit.jupiter.api.Test;

class MiniZScoringTest {

  private final MiniZ miniZ = new MiniZ();

  private DerivedVariables score(int level) {
    return miniZ.score(
        new Answers(Map.of("mini-z.burnout", new AnswerValue.Scale(level))), Settings.NONE);
  }

  @Test
  void burnoutIsLevelThreeOrAbove() {
    // spec: derived mini-z.burnout = value >= 3
    assertEquals(Optional.of(false), score(1).flag("mini-z.burnout"));
    assertEquals(Optional.of(false), score(2).flag("mini-z.burnout"));
    assertEquals(Optional.of(true), score(3).flag("mini-z.burnout"));
    assertEquals(Optional.of(true), score(4).flag("mini-z.burnout"));
    assertEquals(Optional.of(true), score(5).flag("mini-z.burnout"));
  }

  @Test
  void levelIsTheAnsweredValue() {
    for (int level = 1; level <= 5; level++) {
      assertEquals(level, score(level).integer("mini-z.level").getAsInt());
      assertEquals(2, score(level).values().size());
    }
  }

  @Test
  void unansweredLeavesBurnoutAndLevelUnknown() {
    DerivedVariables derived = miniZ.score(Answers.NONE, Settings.NONE);
    assertTrue(derived.flag("mini-z.burnout").isEmpty());
    assertTrue(derived.integer("mini-z.level").isEmpty());
    assertEquals(Map.of(), derived.values());
  }

  @Test
  void otherInstrumentsAnswersAreIgnored() {
    Answers answers =
        new Answers(
            Map.of(
                "mbi-2.ee", new AnswerValue.Scale(5), "other.burnout", new AnswerValue.Scale(5)));
    assertEquals(Map.of(), miniZ.score(answers, Settings.NONE).values());
  }

  @Test
  void settingsDoNotChangeTheCutoff() {
    DerivedVariables derived =
        miniZ.score(
            new Answers(Map.of("mini-z.burnout", new AnswerValue.Scale(2))),
            new Settings(Map.of("threshold", "2")));
    assertEquals(Optional.of(false), derived.flag("mini-z.burnout"));
  }

  @Test
  void declaresOneLikertItemFromOneToFiveAsInTheSpec() {
    assertEquals("mini-z", miniZ.metadata().id());
    assertFalse(miniZ.metadata().licence().isBlank());
    List<Item> items = miniZ.items();
    assertEquals(1, items.size());
    Item burnout = items.get(0);
    assertEquals("burnout", burnout.code());
    assertEquals(ItemType.LIKERT, burnout.type());
    assertEquals(
        List.of("1", "2", "3", "4", "5"), burnout.options().stream().map(Option::code).toList());
    assertFalse(burnout.required());
    assertNull(burnout.shownIf());
    // level 1 is enjoying work, level 5 complete burnout
    assertTrue(burnout.options().get(0).label().toLowerCase().contains("enjoy"));
    assertTrue(burnout.options().get(4).label().toLowerCase().contains("completely burned out"));
    // the only settings: an optional external benchmark (empty by default), which changes no
    // scoring
    assertEquals(
        List.of("benchmark_rate", "benchmark_source"),
        miniZ.settings().stream().map(org.joysurvey.spi.SettingDefinition::key).toList());
    assertTrue(miniZ.settings().stream().allMatch(s -> s.defaultValue().isEmpty()));
  }
}
