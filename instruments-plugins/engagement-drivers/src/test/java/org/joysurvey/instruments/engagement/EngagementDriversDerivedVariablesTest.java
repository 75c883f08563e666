package org.joysurvey.instruments.engagement;

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
 * (docs/instruments/engagement-drivers.md, "Derived variables").
 */
class EngagementDriversDerivedVariablesTest {

  @Test
  void declaresWhatItsScoringProducesOnTheCohort() throws IOException {
    Map<String, Set<String>> seen =
        DerivedVariableDeclarations.assertDeclaredAsScored(
            InstrumentTestKit.of(new EngagementDrivers()),
            "engagement-drivers",
            CohortFixture.rows("engagement-drivers."));
    assertEquals(
        new EngagementDrivers()
            .items().stream().map(i -> EngagementDrivers.POSITIVE + i.code()).toList(),
        List.copyOf(seen.keySet()));
    seen.values().forEach(values -> assertEquals(Set.of("0", "1"), values));
  }
}
