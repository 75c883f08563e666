package org.joysurvey.instruments.mbi2;

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
 * (docs/instruments/mbi-2.md, "Derived variables").
 */
class Mbi2DerivedVariablesTest {

  @Test
  void declaresWhatItsScoringProducesOnTheCohort() throws IOException {
    Map<String, Set<String>> seen =
        DerivedVariableDeclarations.assertDeclaredAsScored(
            InstrumentTestKit.of(new Mbi2()), "mbi-2", CohortFixture.rows("mbi-2."));
    assertEquals(
        List.of("mbi-2.ee_high", "mbi-2.dp_high", "mbi-2.burnout"), List.copyOf(seen.keySet()));
    seen.values().forEach(values -> assertEquals(Set.of("0", "1"), values));
  }
}
