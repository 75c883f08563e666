package org.joysurvey.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a plugin's scoring builds: checked values, unknown ones left out, the last value of a name
 * kept.
 */
class DerivedVariablesBuilderTest {

  @Test
  void keepsKnownValuesAndLeavesUnknownOnesOut() {
    DerivedVariables built =
        DerivedVariables.builder()
            .put("x.flag", true)
            .put("x.level", 3)
            .put("x.unknown", null)
            .put("x.share", 0.5)
            .put("x.group", "25-35")
            .build();
    assertEquals(
        new DerivedVariables(
            Map.of("x.flag", true, "x.level", 3, "x.share", 0.5, "x.group", "25-35")),
        built);
    assertEquals(4, built.values().size());
    assertEquals(java.util.Optional.of(true), built.flag("x.flag"));
  }

  @Test
  void aNameGivenTwiceKeepsItsLastValue() {
    DerivedVariables built =
        DerivedVariables.builder()
            .put("x.level", 1)
            .put(new String("x.level"), 2)
            .put("x.other", "a")
            .build();
    assertEquals(Map.of("x.level", 2, "x.other", "a"), built.values());
  }

  @Test
  void refusesAValueOfAnUnsupportedType() {
    assertThrows(
        IllegalArgumentException.class,
        () -> DerivedVariables.builder().put("x.when", new java.util.Date()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DerivedVariables(Map.of("x.big", java.math.BigDecimal.ONE)));
  }

  @Test
  void isImmutable() {
    DerivedVariables built = DerivedVariables.builder().put("x.level", 1).build();
    assertThrows(UnsupportedOperationException.class, () -> built.values().put("x.level", 2));
  }
}
