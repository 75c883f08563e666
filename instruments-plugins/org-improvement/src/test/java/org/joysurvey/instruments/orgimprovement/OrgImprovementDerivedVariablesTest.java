package org.joysurvey.instruments.orgimprovement;

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
 * The derived variables (SPI 1.5): the instrument scores no variable and declares none, so the
 * codebook lists its items only (docs/instruments/org-improvement.md, "Derived variables").
 */
class OrgImprovementDerivedVariablesTest {

  @Test
  void declaresWhatItsScoringProducesOnTheCohort() throws IOException {
    Map<String, Set<String>> seen =
        DerivedVariableDeclarations.assertDeclaredAsScored(
            InstrumentTestKit.of(new OrgImprovement()),
            "org-improvement",
            CohortFixture.rows("org-improvement."));
    assertEquals(List.of(), List.copyOf(seen.keySet()));
  }
}
