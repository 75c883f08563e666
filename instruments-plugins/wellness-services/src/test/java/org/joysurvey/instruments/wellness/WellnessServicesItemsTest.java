package org.joysurvey.instruments.wellness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.joysurvey.spi.SettingDefinition;
import org.joysurvey.spi.Settings;
import org.joysurvey.testkit.InstrumentTestKit;
import org.junit.jupiter.api.Test;

class WellnessServicesItemsTest {

  private final WellnessServices instrument = new WellnessServices();

  private DerivedVariables score(String... used) {
    Answers answers =
        used.length == 0
            ? Answers.NONE
            : new Answers(Map.of("wellness-services.used", new AnswerValue.Choices(List.of(used))));
    return instrument.score(answers, Settings.NONE);
  }

  @Test
  void usedIsAMultiWithTheSpecsOptionsAndAnExclusiveNone() {
    assertEquals("wellness-services", instrument.metadata().id());
    assertEquals("1.0.0", instrument.metadata().version());
    assertTrue(instrument.metadata().licence().contains("freely"), instrument.metadata().licence());
    List<Item> items = instrument.items();
    assertEquals(1, items.size());
    Item used = items.get(0);
    assertEquals("used", used.code());
    assertEquals(ItemType.MULTI, used.type());
    assertEquals(
        List.of("self-pay", "employer", "society", "none"),
        used.options().stream().map(Option::code).toList());
    assertEquals(
        List.of(false, false, false, true),
        used.options().stream().map(Option::exclusive).toList());
    assertNull(used.shownIf());
    assertFalse(used.required());
    assertTrue(used.option("society").orElseThrow().label().toLowerCase().contains("society"));
  }

  @Test
  void programLabelIsATextSettingWithTheSpecsDefault() {
    List<SettingDefinition> settings = instrument.settings();
    assertEquals(1, settings.size());
    SettingDefinition label = settings.get(0);
    assertEquals("program_label", label.key());
    assertEquals(SettingDefinition.Type.TEXT, label.type());
    assertEquals("the society's wellness program", label.defaultValue());
    assertNull(label.problemWith("Joy of Medicine"));
    assertNull(label.problemWith(label.defaultValue()));
    assertNotNull(label.problemWith("x".repeat(1001)));
  }

  @Test
  void programLabelFallsBackToTheDefault() {
    assertEquals("the society's wellness program", WellnessServices.programLabel(Settings.NONE));
    assertEquals(
        "the society's wellness program",
        WellnessServices.programLabel(new Settings(Map.of("program_label", "  "))));
    assertEquals(
        "Joy of Medicine",
        WellnessServices.programLabel(new Settings(Map.of("program_label", " Joy of Medicine "))));
  }

  @Test
  void anyIsTrueForAnyServiceFalseForNoneAndUnknownWhenUnanswered() {
    assertEquals(Optional.of(true), score("self-pay").flag("wellness-services.any"));
    assertEquals(Optional.of(true), score("society").flag("wellness-services.any"));
    assertEquals(
        Optional.of(true), score("employer", "society", "self-pay").flag("wellness-services.any"));
    assertEquals(Optional.of(false), score("none").flag("wellness-services.any"));
    assertEquals(Map.of(), score().values());
  }

  @Test
  void noneCannotBeCombinedWithAService() {
    InstrumentTestKit cells = InstrumentTestKit.of(instrument);
    assertThrows(
        IllegalArgumentException.class,
        () -> cells.read(Map.of("wellness-services.used", "none;self-pay")));
    assertThrows(
        IllegalArgumentException.class, () -> cells.read(Map.of("wellness-services.used", "gym")));
    assertEquals(
        List.of("society", "self-pay"),
        cells
            .read(Map.of("wellness-services.used", "society;self-pay"))
            .choices("wellness-services.used"));
    assertEquals(
        List.of("none"),
        cells.read(Map.of("wellness-services.used", "none")).choices("wellness-services.used"));
  }
}
