package org.joysurvey.instruments.mbi2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.ItemType;
import org.joysurvey.spi.Option;
import org.joysurvey.spi.SettingDefinition;
import org.joysurvey.spi.Settings;
import org.joysurvey.testkit.InstrumentTestKit;
import org.junit.jupiter.api.Test;

class Mbi2ScoringTest {

  private static final Settings DEFAULT = new Settings(Map.of("threshold", "4"));
  private static final Settings STRICT = new Settings(Map.of("threshold", "5"));

  private final Mbi2 mbi = new Mbi2();

  private DerivedVariables score(Integer ee, Integer dp, Settings settings) {
    Map<String, AnswerValue> values = new HashMap<>();
    if (ee != null) {
      values.put("mbi-2.ee", new AnswerValue.Scale(ee));
    }
    if (dp != null) {
      values.put("mbi-2.dp", new AnswerValue.Scale(dp));
    }
    return mbi.score(new Answers(values), settings);
  }

  private Optional<Boolean> burnout(Integer ee, Integer dp, Settings settings) {
    return score(ee, dp, settings).flag("mbi-2.burnout");
  }

  @Test
  void eitherItemHighIsBurnout() {
    assertEquals(Optional.of(true), burnout(4, 0, DEFAULT));
    assertEquals(Optional.of(true), burnout(0, 4, DEFAULT));
    assertEquals(Optional.of(true), burnout(6, 6, DEFAULT));
    assertEquals(Optional.of(true), burnout(5, 3, DEFAULT));
  }

  @Test
  void notBurnedOutOnlyWhenBothAnsweredAndNeitherHigh() {
    assertEquals(Optional.of(false), burnout(3, 3, DEFAULT));
    assertEquals(Optional.of(false), burnout(0, 0, DEFAULT));
    assertEquals(Optional.of(false), burnout(3, 0, DEFAULT));
  }

  @Test
  void oneItemMissingAndTheOtherNotHighIsUnknown() {
    DerivedVariables onlyEe = score(3, null, DEFAULT);
    assertEquals(Optional.empty(), onlyEe.flag("mbi-2.burnout"));
    assertEquals(Optional.of(false), onlyEe.flag("mbi-2.ee_high"));
    assertEquals(Optional.empty(), onlyEe.flag("mbi-2.dp_high"));
    DerivedVariables onlyDp = score(null, 0, DEFAULT);
    assertEquals(Optional.empty(), onlyDp.flag("mbi-2.burnout"));
    assertEquals(Optional.of(false), onlyDp.flag("mbi-2.dp_high"));
  }

  @Test
  void oneItemMissingAndTheOtherHighIsBurnout() {
    assertEquals(Optional.of(true), burnout(null, 4, DEFAULT));
    assertEquals(Optional.of(true), burnout(6, null, DEFAULT));
  }

  @Test
  void bothMissingLeavesEverythingUnknown() {
    assertEquals(Map.of(), score(null, null, DEFAULT).values());
  }

  @Test
  void highFlagsFollowTheThreshold() {
    DerivedVariables derived = score(4, 3, DEFAULT);
    assertEquals(Optional.of(true), derived.flag("mbi-2.ee_high"));
    assertEquals(Optional.of(false), derived.flag("mbi-2.dp_high"));
    assertEquals(3, derived.values().size());
  }

  @Test
  void defaultThresholdIsFourOnceAWeek() {
    // 3 = a few times a month: not high; 4 = once a week: high
    assertEquals(Optional.of(false), burnout(3, 3, Settings.NONE));
    assertEquals(Optional.of(true), burnout(4, 3, Settings.NONE));
    assertEquals(Optional.of(true), burnout(3, 4, Settings.NONE));
  }

  @Test
  void stricterThresholdFiveNeedsAFewTimesAWeek() {
    assertEquals(Optional.of(false), burnout(4, 4, STRICT));
    assertEquals(Optional.of(true), burnout(5, 0, STRICT));
    assertEquals(Optional.of(true), burnout(0, 5, STRICT));
    assertEquals(Optional.empty(), burnout(4, null, STRICT), "4 is not high at 5, dp unknown");
    DerivedVariables derived = score(4, 6, STRICT);
    assertEquals(Optional.of(false), derived.flag("mbi-2.ee_high"));
    assertEquals(Optional.of(true), derived.flag("mbi-2.dp_high"));
  }

  @Test
  void thresholdSettingIsDeclaredWithDefaultFourWithinOneToSix() {
    List<SettingDefinition> settings = mbi.settings();
    assertEquals(1, settings.size());
    SettingDefinition threshold = settings.get(0);
    assertEquals("threshold", threshold.key());
    assertEquals(SettingDefinition.Type.INTEGER, threshold.type());
    assertEquals("4", threshold.defaultValue());
    assertNull(threshold.problemWith("5"));
    assertNull(threshold.problemWith("4"));
    assertNotNull(threshold.problemWith("7"));
    assertNotNull(threshold.problemWith("0"));
    assertNotNull(threshold.problemWith("four"));
  }

  @Test
  void itemsAreEeAndDpOnTheMbiFrequencyScaleInItsOwnOrder() {
    assertEquals("mbi-2", mbi.metadata().id());
    assertTrue(mbi.metadata().licence().contains("Mind Garden"));
    List<Item> items = mbi.items();
    assertEquals(List.of("ee", "dp"), items.stream().map(Item::code).toList());
    for (Item item : items) {
      assertEquals(ItemType.LIKERT, item.type());
      assertEquals(
          List.of("0", "1", "2", "3", "4", "5", "6"),
          item.options().stream().map(Option::code).toList());
      // 0 never .. 6 every day; "once a week" (4) is less frequent than "a few times a week" (5)
      assertEquals("never", item.options().get(0).label().toLowerCase());
      assertTrue(
          item.options().get(4).label().toLowerCase().contains("once a week"),
          item.options().get(4).label());
      assertTrue(
          item.options().get(5).label().toLowerCase().contains("few times a week"),
          item.options().get(5).label());
      assertTrue(
          item.options().get(6).label().toLowerCase().contains("every day"),
          item.options().get(6).label());
      assertFalse(item.required());
    }
  }

  @Test
  void theEditionsThresholdReachesScoringThroughThePlatform() {
    InstrumentTestKit edition = InstrumentTestKit.of(new Mbi2());
    Map<String, String> fours = InstrumentTestKit.row("mbi-2.ee", "4", "mbi-2.dp", "4");
    assertEquals(
        Map.of("mbi-2.ee_high", true, "mbi-2.dp_high", true, "mbi-2.burnout", true),
        edition.score(fours).values(),
        "the default threshold, 4");
    assertEquals(
        Map.of("mbi-2.ee_high", false, "mbi-2.dp_high", false, "mbi-2.burnout", false),
        edition.withSetting("mbi-2.threshold", "5").score(fours).values());
    assertThrows(
        IllegalArgumentException.class,
        () -> edition.withSetting("mbi-2.threshold", "7"),
        "an edition cannot set a threshold off the scale");
  }
}
