package org.joysurvey.instruments.orgimprovement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.ItemType;
import org.joysurvey.spi.Option;
import org.joysurvey.spi.Settings;
import org.joysurvey.spi.ShownIf;
import org.joysurvey.testkit.InstrumentTestKit;
import org.junit.jupiter.api.Test;

class OrgImprovementItemsTest {

  private static final InstrumentTestKit EDITION = InstrumentTestKit.of(new OrgImprovement());

  private final OrgImprovement instrument = new OrgImprovement();

  private Item item(String code) {
    return instrument.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
  }

  private static List<String> codes(Item item) {
    return item.options().stream().map(Option::code).toList();
  }

  @Test
  void itemsAreTheSpecsFourInOrder() {
    assertEquals("org-improvement", instrument.metadata().id());
    assertEquals("1.0.0", instrument.metadata().version());
    assertFalse(instrument.metadata().description().isBlank());
    assertTrue(instrument.metadata().licence().contains("freely"), instrument.metadata().licence());
    assertEquals(
        List.of("worklife_top3", "worklife_other", "ehr_top5", "ehr_other"),
        instrument.items().stream().map(Item::code).toList());
    assertEquals(List.of(), instrument.settings());
  }

  @Test
  void worklifeRanksUpToThreeOfTheSpecsOptions() {
    Item worklife = item("worklife_top3");
    assertEquals(ItemType.RANKED, worklife.type());
    assertEquals(3, worklife.maxChoices());
    assertEquals(
        List.of(
            "schedule-control",
            "self-care-time",
            "fewer-hours",
            "personal-assistant",
            "healthy-activity-time",
            "other"),
        codes(worklife));
    assertNull(worklife.shownIf());
    assertFalse(worklife.required());
  }

  @Test
  void ehrRanksUpToFiveOfTheSpecsOptions() {
    Item ehr = item("ehr_top5");
    assertEquals(ItemType.RANKED, ehr.type());
    assertEquals(5, ehr.maxChoices());
    assertEquals(
        List.of(
            "in-person-scribes",
            "voice-recognition",
            "hie-integration",
            "remote-scribes",
            "one-on-one-training",
            "additional-training",
            "other"),
        codes(ehr));
    assertNull(ehr.shownIf());
  }

  @Test
  void otherTextsAreShownOnlyWhenOtherIsRanked() {
    Item worklifeOther = item("worklife_other");
    assertEquals(ItemType.TEXT, worklifeOther.type());
    assertEquals(new ShownIf("worklife_top3", Set.of("other")), worklifeOther.shownIf());
    assertEquals(Item.TEXT_MAX_LENGTH, worklifeOther.maxLength());
    Item ehrOther = item("ehr_other");
    assertEquals(ItemType.TEXT, ehrOther.type());
    assertEquals(new ShownIf("ehr_top5", Set.of("other")), ehrOther.shownIf());
  }

  @Test
  void scoringPublishesNoVariables() {
    Answers answers =
        new Answers(
            Map.of(
                "org-improvement.worklife_top3",
                    new AnswerValue.Choices(List.of("other", "fewer-hours")),
                "org-improvement.worklife_other", new AnswerValue.Text("A gym")));
    assertSame(DerivedVariables.NONE, instrument.score(answers, Settings.NONE));
    assertSame(DerivedVariables.NONE, instrument.score(Answers.NONE, Settings.NONE));
  }

  private static boolean shown(String item, Map<String, AnswerValue> answers) {
    return EDITION.isShown(item, answers);
  }

  @Test
  void otherTextIsShownWhereverOtherIsRanked() {
    // the platform's own shown-if logic: "other" in third place still opens the text
    assertTrue(
        shown(
            "org-improvement.worklife_other",
            Map.of(
                "org-improvement.worklife_top3",
                new AnswerValue.Choices(List.of("fewer-hours", "self-care-time", "other")))));
    assertTrue(
        shown(
            "org-improvement.ehr_other",
            Map.of("org-improvement.ehr_top5", new AnswerValue.Choices(List.of("other")))));
    Answers answers =
        EDITION.read(
            Map.of(
                "org-improvement.worklife_top3", "fewer-hours;self-care-time;other",
                "org-improvement.worklife_other", "Child care on site"));
    assertEquals(
        List.of("fewer-hours", "self-care-time", "other"),
        answers.choices("org-improvement.worklife_top3"));
    assertEquals(
        "Child care on site", answers.text("org-improvement.worklife_other").orElseThrow());
  }

  @Test
  void otherTextIsHiddenWhenOtherIsNotRanked() {
    assertFalse(
        shown(
            "org-improvement.ehr_other",
            Map.of(
                "org-improvement.ehr_top5",
                new AnswerValue.Choices(List.of("in-person-scribes")))));
    assertFalse(shown("org-improvement.worklife_other", Map.of()), "nothing ranked");
    // the EHR "other" does not open the work-life text
    assertFalse(
        shown(
            "org-improvement.worklife_other",
            Map.of("org-improvement.ehr_top5", new AnswerValue.Choices(List.of("other")))));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            EDITION.read(
                Map.of(
                    "org-improvement.ehr_top5",
                    "in-person-scribes",
                    "org-improvement.ehr_other",
                    "Fewer clicks")));
  }

  @Test
  void rankingMoreThanAllowedOrTwiceIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            EDITION.read(
                Map.of(
                    "org-improvement.worklife_top3",
                    "fewer-hours;self-care-time;other;schedule-control")));
    assertEquals(
        5,
        EDITION
            .read(
                Map.of(
                    "org-improvement.ehr_top5",
                    "in-person-scribes;voice-recognition;hie-integration;remote-scribes;other"))
            .choices("org-improvement.ehr_top5")
            .size());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            EDITION.read(
                Map.of(
                    "org-improvement.ehr_top5",
                    "in-person-scribes;voice-recognition;hie-integration;"
                        + "remote-scribes;other;one-on-one-training")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            EDITION.read(
                Map.of("org-improvement.ehr_top5", "in-person-scribes;in-person-scribes")));
  }
}
