package org.joysurvey.instruments.demographics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * (docs/instruments/demographics.md, "Derived variables").
 */
class DemographicsDerivedVariablesTest {

  @Test
  void declaresWhatItsScoringProducesOnTheCohort() throws IOException {
    Map<String, Set<String>> seen =
        DerivedVariableDeclarations.assertDeclaredAsScored(
            InstrumentTestKit.of(new Demographics()),
            "demographics",
            CohortFixture.rows("demographics."));
    assertEquals(
        List.of(
            "demographics.age_band",
            "demographics.gender",
            "demographics.practice_mode",
            "demographics.specialty"),
        List.copyOf(seen.keySet()));
    assertTrue(seen.get("demographics.age_band").contains("56-65"));
    assertEquals(
        new Demographics().items().get(0).options(),
        new Demographics().derivedVariables().get(0).values());
  }
}
