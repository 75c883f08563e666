package org.joysurvey.instruments.covid19;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.ItemType;
import org.joysurvey.spi.Option;
import org.joysurvey.spi.Settings;
import org.joysurvey.spi.ShownIf;
import org.joysurvey.testkit.InstrumentTestKit;
import org.junit.jupiter.api.Test;

/** The items against spec section 7, and how the platform validates them. */
class Covid19ImpactItemsTest {

  private final Covid19Impact covid = new Covid19Impact();
  private final InstrumentTestKit edition = InstrumentTestKit.of(covid);

  private Item item(String code) {
    return covid.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
  }

  private static List<String> codes(Item item) {
    return item.options().stream().map(Option::code).toList();
  }

  @Test
  void metadataIsVersionOneWithTheSocietysOwnLicence() {
    assertEquals("covid19-impact", covid.metadata().id());
    assertEquals("1.0.0", covid.metadata().version());
    assertFalse(covid.metadata().description().isBlank());
    assertTrue(
        covid.metadata().licence().toLowerCase().contains("society"), covid.metadata().licence());
    assertEquals(List.of(), covid.settings());
  }

  @Test
  void itemsCodesTypesAndOptionsAreThoseOfTheSpec() {
    assertEquals(
        List.of(
            "future_practice",
            "future_changes",
            "obligated_to_work",
            "worries",
            "hours_change",
            "quality_of_life",
            "consequences"),
        covid.items().stream().map(Item::code).toList());
    assertEquals(ItemType.YES_NO, item("future_practice").type());
    assertEquals(List.of("yes", "no"), codes(item("future_practice")));
    assertEquals(ItemType.MULTI, item("future_changes").type());
    assertEquals(
        List.of("telemedicine", "ppe", "fewer-in-person", "remote-work", "other"),
        codes(item("future_changes")));
    assertEquals(ItemType.YES_NO, item("obligated_to_work").type());
    assertEquals(ItemType.MULTI, item("worries").type());
    assertEquals(
        List.of(
            "loved-ones-sick",
            "self-sick",
            "finances",
            "job-security",
            "childcare",
            "ppe-shortage",
            "other"),
        codes(item("worries")));
    assertEquals(ItemType.SINGLE, item("hours_change").type());
    // ordinal order, from the largest decrease to the largest increase
    assertEquals(
        List.of("decreased-a-lot", "decreased", "same", "increased", "increased-a-lot"),
        codes(item("hours_change")));
    assertEquals(ItemType.SINGLE, item("quality_of_life").type());
    assertEquals(List.of("worse", "same", "better"), codes(item("quality_of_life")));
    assertEquals(ItemType.TEXT, item("consequences").type());
    assertEquals(Item.TEXT_MAX_LENGTH, item("consequences").maxLength());
  }

  @Test
  void onlyFutureChangesIsConditionalAndNothingIsRequiredOrExclusive() {
    assertEquals(new ShownIf("future_practice", Set.of("yes")), item("future_changes").shownIf());
    for (Item item : covid.items()) {
      assertFalse(item.required(), item.code());
      assertTrue(item.options().stream().noneMatch(Option::exclusive), item.code());
      if (!item.code().equals("future_changes")) {
        assertNull(item.shownIf(), item.code());
      }
    }
  }

  @Test
  void futureChangesIsShownOnlyWhenFuturePracticeIsYes() {
    String futureChanges = "covid19-impact.future_changes";
    assertTrue(
        edition.isShown(
            futureChanges,
            Map.of("covid19-impact.future_practice", new AnswerValue.Choice("yes"))));
    assertFalse(
        edition.isShown(
            futureChanges, Map.of("covid19-impact.future_practice", new AnswerValue.Choice("no"))));
    assertFalse(
        edition.isShown(futureChanges, Map.of()), "hidden while future_practice is unanswered");
    for (String other :
        List.of(
            "future_practice",
            "obligated_to_work",
            "worries",
            "hours_change",
            "quality_of_life",
            "consequences")) {
      assertTrue(edition.isShown("covid19-impact." + other, Map.of()), other);
    }
  }

  @Test
  void scoringPublishesNoDerivedVariables() {
    Answers answers =
        new Answers(
            Map.of(
                "covid19-impact.hours_change",
                new AnswerValue.Choice("same"),
                "covid19-impact.future_practice",
                new AnswerValue.Choice("yes")));
    assertEquals(Map.of(), covid.score(answers, Settings.NONE).values());
    assertEquals(Map.of(), covid.score(Answers.NONE, Settings.NONE).values());
  }
}
