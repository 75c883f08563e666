package org.joysurvey.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DerivedVariableTest {

  @Test
  void aBinaryVariableLabelsZeroAndOne() {
    DerivedVariable v =
        DerivedVariable.binary("mini-z.burnout", "Burnout", "No burnout", "Burnout", "level >= 3");
    assertEquals(DerivedVariable.Type.BINARY, v.type());
    assertEquals("Burnout", v.labelOf("1"));
    assertEquals("No burnout", v.labelOf("0"));
    assertNull(v.labelOf("2"));
  }

  @Test
  void refusesAVariableWithoutItsFullNameLabelOrRule() {
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> DerivedVariable.number("burnout", "Burnout", "rule"))
            .getMessage()
            .contains("<instrument-id>.<name>"));
    assertThrows(IllegalArgumentException.class, () -> DerivedVariable.number("a.b", " ", "rule"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> DerivedVariable.text("a.b", "Label", ""))
            .getMessage()
            .contains("needs its rule"));
  }

  @Test
  void refusesCodesThatDoNotFitTheType() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new DerivedVariable(
                "a.flag",
                "Flag",
                DerivedVariable.Type.BINARY,
                List.of(Option.of("yes", "Yes"), Option.of("no", "No")),
                "rule"));
    assertThrows(
        IllegalArgumentException.class,
        () -> DerivedVariable.categorical("a.c", "C", List.of(), "rule"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            DerivedVariable.categorical(
                "a.c", "C", List.of(Option.of("x", "X"), Option.of("x", "Y")), "rule"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new DerivedVariable(
                "a.n", "N", DerivedVariable.Type.NUMBER, List.of(Option.of("1", "1")), "rule"));
  }

  @Test
  void anInstrumentDeclaresNoneByDefault() {
    Instrument plain =
        new Instrument() {
          @Override
          public InstrumentMetadata metadata() {
            return new InstrumentMetadata("x", "1", "X", null, null);
          }

          @Override
          public List<Item> items() {
            return List.of();
          }

          @Override
          public DerivedVariables score(Answers answers, Settings settings) {
            return DerivedVariables.NONE;
          }

          @Override
          public SectionBuilder newReport(ReportContext context) {
            return null;
          }
        };
    assertEquals(List.of(), plain.derivedVariables());
  }
}
