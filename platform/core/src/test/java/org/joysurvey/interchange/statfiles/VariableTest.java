package org.joysurvey.interchange.statfiles;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The names, widths and label sets both formats accept. */
class VariableTest {

  @Test
  void namesAreWhatStataAndSpssBothAccept() {
    assertTrue(Variable.isValidName("miniz_q1"));
    assertTrue(Variable.isValidName("a" + "b".repeat(31)));
    assertFalse(Variable.isValidName("a" + "b".repeat(32)), "33 characters");
    assertFalse(Variable.isValidName("mini-z.q1"));
    assertFalse(Variable.isValidName("1st"));
    assertFalse(Variable.isValidName("_n"));
    assertFalse(Variable.isValidName("ends_"));
    assertFalse(Variable.isValidName("WITH"), "an SPSS keyword");
    assertFalse(Variable.isValidName("long"), "a Stata type");
    assertFalse(Variable.isValidName("str12"), "a Stata type");
    assertFalse(Variable.isValidName("überall"));
  }

  @Test
  void textWiderThanSpssHoldsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Variable.string("t", "", 32768));
    assertThrows(IllegalArgumentException.class, () -> Variable.string("t", "", 0));
  }

  @Test
  void namesDifferingOnlyInCaseAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            LabelledDataset.of(
                "", List.of(Variable.decimal("Age", ""), Variable.decimal("age", "")), List.of()));
  }

  @Test
  void aVariableMustUseALabelSetThatIsGiven() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            LabelledDataset.of(
                "",
                List.of(Variable.integer("x", "", Variable.Measure.NOMINAL, 0, 1, "yesno")),
                List.of(ValueLabels.of("other", Map.of(0, "No")))));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Variable("x", "", Variable.Type.DECIMAL, Variable.Measure.SCALE, 0, 0, 0, "s"));
  }
}
