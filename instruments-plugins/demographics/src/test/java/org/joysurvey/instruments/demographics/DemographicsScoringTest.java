package org.joysurvey.instruments.demographics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.ItemType;
import org.joysurvey.spi.Option;
import org.joysurvey.spi.SettingDefinition;
import org.joysurvey.spi.Settings;
import org.junit.jupiter.api.Test;

class DemographicsScoringTest {

  private final Demographics demographics = new Demographics();

  private static List<String> codes(Item item) {
    return item.options().stream().map(Option::code).toList();
  }

  @Test
  void itemsAndOptionCodesAreExactlyTheSpecs() {
    assertEquals("demographics", demographics.metadata().id());
    assertEquals("1.0.0", demographics.metadata().version());
    List<Item> items = demographics.items();
    assertEquals(
        List.of("age_band", "gender", "practice_mode", "specialty"),
        items.stream().map(Item::code).toList());
    assertEquals(
        List.of("under-25", "25-35", "36-45", "46-55", "56-65", "65+"), codes(items.get(0)));
    assertEquals(
        List.of("male", "female", "nonbinary", "self-describe", "prefer-not"), codes(items.get(1)));
    assertEquals(
        List.of(
            "small-independent",
            "medium-group",
            "large-group",
            "government",
            "fqhc",
            "academic",
            "other"),
        codes(items.get(2)));
    assertEquals(
        List.of(
            "family-medicine",
            "internal-medicine",
            "pediatrics",
            "emergency-medicine",
            "anesthesiology",
            "surgery",
            "obstetrics-gynecology",
            "psychiatry",
            "radiology",
            "hospital-medicine",
            "other"),
        codes(items.get(3)));
    for (Item item : items) {
      assertEquals(ItemType.SINGLE, item.type());
      assertFalse(item.required(), item.code());
      assertNull(item.shownIf(), item.code());
      for (Option option : item.options()) {
        assertFalse(option.label().isBlank());
        assertFalse(option.label().equals(option.code()), "readable label for " + option.code());
      }
    }
  }

  @Test
  void practiceModeLabelsGiveTheGroupSizes() {
    Item mode = demographics.items().get(2);
    assertEquals(
        "Small independent practice (1-10 physicians)",
        mode.option("small-independent").orElseThrow().label());
    assertTrue(mode.option("medium-group").orElseThrow().label().contains("11-150 physicians"));
    assertTrue(mode.option("large-group").orElseThrow().label().contains("more than 150"));
  }

  @Test
  void eachAnswerIsPublishedAsItsOptionCode() {
    Answers answers =
        new Answers(
            Map.of(
                "demographics.age_band", new AnswerValue.Choice("65+"),
                "demographics.gender", new AnswerValue.Choice("prefer-not"),
                "demographics.practice_mode", new AnswerValue.Choice("fqhc"),
                "demographics.specialty", new AnswerValue.Choice("obstetrics-gynecology")));
    DerivedVariables derived = demographics.score(answers, Settings.NONE);
    assertEquals(
        Map.of(
            "demographics.age_band", "65+",
            "demographics.gender", "prefer-not",
            "demographics.practice_mode", "fqhc",
            "demographics.specialty", "obstetrics-gynecology"),
        derived.values());
  }

  @Test
  void unansweredItemsPublishNothing() {
    assertEquals(Map.of(), demographics.score(Answers.NONE, Settings.NONE).values());
    DerivedVariables derived =
        demographics.score(
            new Answers(Map.of("demographics.gender", new AnswerValue.Choice("female"))),
            Settings.NONE);
    assertEquals(Map.of("demographics.gender", "female"), derived.values());
  }

  @Test
  void otherInstrumentsAnswersAndUnknownCodesAreIgnored() {
    Answers answers =
        new Answers(
            Map.of(
                "mini-z.burnout", new AnswerValue.Scale(3),
                "demographics.age_band", new AnswerValue.Choice("not-an-option")));
    assertEquals(Map.of(), demographics.score(answers, Settings.NONE).values());
  }

  @Test
  void onePopulationTextSettingPerItemDefaultingToEmpty() {
    List<SettingDefinition> settings = demographics.settings();
    assertEquals(
        List.of(
            "population.age_band",
            "population.gender",
            "population.practice_mode",
            "population.specialty"),
        settings.stream().map(SettingDefinition::key).toList());
    for (SettingDefinition setting : settings) {
      assertEquals(SettingDefinition.Type.TEXT, setting.type());
      assertEquals("", setting.defaultValue());
      assertNull(setting.problemWith(setting.defaultValue()), setting.key());
      assertNull(setting.problemWith("male:0.54,female:0.46"));
      assertFalse(setting.description().isBlank());
    }
  }

  @Test
  void licenceSaysTheItemsAreTheSocietysOwn() {
    assertTrue(demographics.metadata().licence().toLowerCase().contains("society's own"));
    assertFalse(demographics.metadata().description().isBlank());
  }
}
