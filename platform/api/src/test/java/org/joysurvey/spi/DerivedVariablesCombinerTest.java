package org.joysurvey.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DerivedVariablesCombinerTest {

  private final DerivedVariables.Combiner combiner =
      new DerivedVariables.Combiner(List.of("mini-z", "mbi-2"));

  @Test
  void eachNameIsFoundAmongItsOwnInstrumentsVariables() {
    DerivedVariables all =
        combiner.combine(
            List.of(
                DerivedVariables.builder()
                    .put("mini-z.burnout", true)
                    .put("mini-z.score", 31)
                    .build(),
                DerivedVariables.builder().put("mbi-2.burnout", false).build()));
    assertEquals(Optional.of(true), all.flag("mini-z.burnout"));
    assertEquals(OptionalInt.of(31), all.integer("mini-z.score"));
    assertEquals(Optional.of(false), all.flag("mbi-2.burnout"));
    assertEquals(Optional.empty(), all.flag("mbi-2.score"));
    assertNull(all.values().get("demographics.age_band"));
    assertNull(all.values().get(42));
  }

  @Test
  void anInstrumentCannotShadowAnothersVariable() {
    // mbi-2 publishing a mini-z name (the report engine also refuses it): never seen under mini-z
    DerivedVariables all =
        combiner.combine(
            List.of(
                DerivedVariables.builder().put("mini-z.burnout", false).build(),
                DerivedVariables.builder()
                    .put("mini-z.burnout", true)
                    .put("mbi-2.burnout", true)
                    .build()));
    assertEquals(Optional.of(false), all.flag("mini-z.burnout"));
    assertEquals(Map.of("mini-z.burnout", false, "mbi-2.burnout", true), all.values());
  }

  @Test
  void theCombinedVariablesAreAnImmutableMapEqualToTheirCopy() {
    DerivedVariables all =
        combiner.combine(
            List.of(
                DerivedVariables.builder().put("mini-z.burnout", true).build(),
                DerivedVariables.NONE));
    assertEquals(new DerivedVariables(Map.of("mini-z.burnout", true)), all);
    assertEquals(1, all.values().size());
    assertTrue(all.values().containsKey("mini-z.burnout"));
    assertFalse(all.values().containsKey("mbi-2.burnout"));
    assertThrows(UnsupportedOperationException.class, () -> all.values().put("mini-z.x", 1));
    assertEquals(
        Map.of("mini-z.burnout", true, "extra.x", 1),
        all.plus(new DerivedVariables(Map.of("extra.x", 1))).values());
  }

  @Test
  void oneSetOfVariablesPerInstrumentIsRequired() {
    assertThrows(
        IllegalArgumentException.class, () -> combiner.combine(List.of(DerivedVariables.NONE)));
  }
}
