package org.joysurvey.instruments.wellness;

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
 * (docs/instruments/wellness-services.md, "Derived variables").
 */
class WellnessServicesDerivedVariablesTest {

  @Test
  void declaresWhatItsScoringProducesOnTheCohort() throws IOException {
    Map<String, Set<String>> seen =
        DerivedVariableDeclarations.assertDeclaredAsScored(
            InstrumentTestKit.of(new WellnessServices()),
            "wellness-services",
            CohortFixture.rows("wellness-services."));
    assertEquals(List.of("wellness-services.any"), List.copyOf(seen.keySet()));
    assertEquals(Set.of("0", "1"), seen.get("wellness-services.any"));
  }
}
