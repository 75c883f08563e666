package org.joysurvey.instruments.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.ItemType;
import org.joysurvey.spi.Option;
import org.joysurvey.spi.Settings;
import org.junit.jupiter.api.Test;

class EngagementDriversScoringTest {

  private final EngagementDrivers drivers = new EngagementDrivers();

  @Test
  void elevenItemsInTheSpecsOrderOnASixPointAgreementScale() {
    assertEquals("engagement-drivers", drivers.metadata().id());
    assertEquals("1.0.0", drivers.metadata().version());
    assertEquals(
        List.of(
            "culture_values",
            "culture_leadership",
            "workload_manageable",
            "compensation_fair",
            "efficiency_resources",
            "efficiency_ehr",
            "meaning_work",
            "meaning_time",
            "control_flexibility",
            "social_support",
            "worklife_integration"),
        drivers.items().stream().map(Item::code).toList());
    for (Item item : drivers.items()) {
      assertEquals(ItemType.LIKERT, item.type());
      assertEquals(
          List.of("1", "2", "3", "4", "5", "6"),
          item.options().stream().map(Option::code).toList());
      assertEquals(
          List.of(
              "Strongly disagree",
              "Disagree",
              "Slightly disagree",
              "Slightly agree",
              "Agree",
              "Strongly agree"),
          item.options().stream().map(Option::label).toList());
      assertFalse(item.required());
      assertNull(item.shownIf());
      assertFalse(item.text().isBlank());
    }
  }

  @Test
  void categoriesAreTheSpecs() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("culture_values", "culture");
    expected.put("culture_leadership", "culture");
    expected.put("workload_manageable", "workload");
    expected.put("compensation_fair", "workload");
    expected.put("efficiency_resources", "efficiency");
    expected.put("efficiency_ehr", "efficiency");
    expected.put("meaning_work", "meaning");
    expected.put("meaning_time", "meaning");
    expected.put("control_flexibility", "control");
    expected.put("social_support", "social");
    expected.put("worklife_integration", "worklife");
    Map<String, String> actual = new LinkedHashMap<>();
    EngagementDrivers.DRIVERS.forEach(d -> actual.put(d.code(), d.category()));
    assertEquals(expected, actual);
    assertEquals(
        List.of("culture", "workload", "efficiency", "meaning", "control", "social", "worklife"),
        EngagementDrivers.CATEGORIES.stream().map(EngagementDrivers.Category::code).toList());
  }

  @Test
  void positiveIsFourOrMore() {
    Map<String, AnswerValue> values = new LinkedHashMap<>();
    values.put("engagement-drivers.culture_values", new AnswerValue.Scale(3));
    values.put("engagement-drivers.culture_leadership", new AnswerValue.Scale(4));
    values.put("engagement-drivers.compensation_fair", new AnswerValue.Scale(1));
    values.put("engagement-drivers.meaning_work", new AnswerValue.Scale(6));
    values.put("mini-z.burnout", new AnswerValue.Scale(5));
    Map<String, Object> derived = drivers.score(new Answers(values), Settings.NONE).values();
    assertEquals(
        Map.of(
            "engagement-drivers.positive.culture_values", false,
            "engagement-drivers.positive.culture_leadership", true,
            "engagement-drivers.positive.compensation_fair", false,
            "engagement-drivers.positive.meaning_work", true),
        derived);
  }

  @Test
  void unansweredItemsAreUnknown() {
    assertEquals(Map.of(), drivers.score(Answers.NONE, Settings.NONE).values());
  }

  @Test
  void metadataNamesTheSourceAndTheLicence() {
    assertTrue(drivers.metadata().licence().contains("society's own"));
    assertTrue(drivers.metadata().licence().contains("Shanafelt"));
    assertTrue(drivers.settings().isEmpty());
  }
}
