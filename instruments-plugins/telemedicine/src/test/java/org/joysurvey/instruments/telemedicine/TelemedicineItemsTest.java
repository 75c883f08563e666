package org.joysurvey.instruments.telemedicine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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

class TelemedicineItemsTest {

  private static final InstrumentTestKit EDITION = InstrumentTestKit.of(new Telemedicine());

  private static final List<String> STATEMENTS =
      List.of(
          "improves_access",
          "user_friendly",
          "improves_worklife",
          "improves_care",
          "attracts_patients",
          "improves_efficiency");

  private final Telemedicine instrument = new Telemedicine();

  private Item item(String code) {
    return instrument.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
  }

  private DerivedVariables score(String uses) {
    Answers answers =
        uses == null
            ? Answers.NONE
            : new Answers(Map.of("telemedicine.uses", new AnswerValue.Choice(uses)));
    return instrument.score(answers, Settings.NONE);
  }

  @Test
  void itemsAreTheSpecsEightInOrder() {
    assertEquals("telemedicine", instrument.metadata().id());
    assertEquals("1.0.0", instrument.metadata().version());
    assertTrue(instrument.metadata().licence().contains("freely"), instrument.metadata().licence());
    assertEquals(
        List.of(
            "uses",
            "ehr_integrated",
            "improves_access",
            "user_friendly",
            "improves_worklife",
            "improves_care",
            "attracts_patients",
            "improves_efficiency"),
        instrument.items().stream().map(Item::code).toList());
    assertEquals(List.of(), instrument.settings());
  }

  @Test
  void usesIsAnUnconditionalYesNo() {
    Item uses = item("uses");
    assertEquals(ItemType.YES_NO, uses.type());
    assertEquals(List.of("yes", "no"), uses.options().stream().map(Option::code).toList());
    assertNull(uses.shownIf());
    assertFalse(uses.required());
  }

  @Test
  void ehrIntegratedIsYesNoUnsureForUsers() {
    Item ehr = item("ehr_integrated");
    assertEquals(ItemType.SINGLE, ehr.type());
    assertEquals(List.of("yes", "no", "unsure"), ehr.options().stream().map(Option::code).toList());
    assertEquals(new ShownIf("uses", Set.of("yes")), ehr.shownIf());
  }

  @Test
  void statementsAreAgreeDisagreeForUsers() {
    for (String code : STATEMENTS) {
      Item statement = item(code);
      assertEquals(ItemType.YES_NO, statement.type(), code);
      assertEquals(
          List.of("yes", "no"), statement.options().stream().map(Option::code).toList(), code);
      assertEquals(
          List.of("Agree", "Disagree"),
          statement.options().stream().map(Option::label).toList(),
          code);
      assertEquals(new ShownIf("uses", Set.of("yes")), statement.shownIf(), code);
    }
  }

  @Test
  void followUpsAreShownOnlyToUsers() {
    Map<String, AnswerValue> user = Map.of("telemedicine.uses", new AnswerValue.Choice("yes"));
    Map<String, AnswerValue> nonUser = Map.of("telemedicine.uses", new AnswerValue.Choice("no"));
    for (Item item : instrument.items()) {
      String code = "telemedicine." + item.code();
      boolean always = code.equals("telemedicine.uses");
      assertTrue(EDITION.isShown(code, user), code);
      assertEquals(always, EDITION.isShown(code, nonUser), code);
      assertEquals(always, EDITION.isShown(code, Map.of()), code + " with uses unanswered");
    }
  }

  @Test
  void answersToHiddenFollowUpsAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            EDITION.read(Map.of("telemedicine.uses", "no", "telemedicine.improves_access", "yes")));
    assertThrows(
        IllegalArgumentException.class,
        () -> EDITION.read(Map.of("telemedicine.ehr_integrated", "yes")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            EDITION.read(
                Map.of("telemedicine.uses", "yes", "telemedicine.ehr_integrated", "maybe")));
    assertEquals(
        3,
        EDITION
            .read(
                Map.of(
                    "telemedicine.uses",
                    "yes",
                    "telemedicine.ehr_integrated",
                    "unsure",
                    "telemedicine.user_friendly",
                    "no"))
            .values()
            .size());
  }

  @Test
  void usesVariableFollowsTheAnswer() {
    assertEquals(Optional.of(true), score("yes").flag("telemedicine.uses"));
    assertEquals(Optional.of(false), score("no").flag("telemedicine.uses"));
    assertEquals(Map.of(), score(null).values());
    assertEquals(1, score("yes").values().size());
  }
}
