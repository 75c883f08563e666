package org.joysurvey.instruments.miniz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joysurvey.testkit.CohortFixture;
import org.joysurvey.testkit.DerivedVariableDeclarations;
import org.joysurvey.testkit.InstrumentTestKit;
import org.junit.jupiter.api.Test;

/**
 * The derived variables (SPI 1.5): the instrument declares exactly the variables its scoring
 * produces on the cohort-200 fixture, with the types and codes it gives them
 * (docs/instruments/mini-z.md, "Derived variables").
 */
class MiniZDerivedVariablesTest {

  @Test
  void declaresWhatItsScoringProducesOnTheCohort() throws IOException {
    Map<String, Set<String>> seen =
        DerivedVariableDeclarations.assertDeclaredAsScored(
            InstrumentTestKit.of(new MiniZ()), "mini-z", CohortFixture.rows("mini-z."));
    assertEquals(List.of("mini-z.burnout", "mini-z.level"), List.copyOf(seen.keySet()));
    assertEquals(Set.of("0", "1"), seen.get("mini-z.burnout"));
    assertEquals(Set.of("1", "2", "3", "4", "5"), seen.get("mini-z.level"));
    assertEquals("Burnout (level 3 or more)", new MiniZ().derivedVariables().get(0).labelOf("1"));
  }
}
