package org.joysurvey.instruments.covid19;

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
 * codebook lists its items only (docs/instruments/covid19-impact.md, "Derived variables").
 */
class Covid19ImpactDerivedVariablesTest {

  @Test
  void declaresWhatItsScoringProducesOnTheCohort() throws IOException {
    Map<String, Set<String>> seen =
        DerivedVariableDeclarations.assertDeclaredAsScored(
            InstrumentTestKit.of(new Covid19Impact()),
            "covid19-impact",
            CohortFixture.rows("covid19-impact."));
    assertEquals(List.of(), List.copyOf(seen.keySet()));
  }
}
