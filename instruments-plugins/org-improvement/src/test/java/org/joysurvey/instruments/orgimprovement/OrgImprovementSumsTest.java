package org.joysurvey.instruments.orgimprovement;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.joysurvey.spi.Statistic;
import org.joysurvey.testkit.CohortFixture;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.Test;

/**
 * The section declares no sums (SPI 1.4): its figures are ranked multi-choice items, whose options
 * overlap (a respondent ranks several), and nothing on the page is their total.
 */
class OrgImprovementSumsTest {

  @Test
  void rankedOptionsOverlapSoTheSectionDeclaresNoShares() throws IOException {
    SectionResult section =
        InstrumentTestKit.of(new OrgImprovement())
            .section("org-improvement", CohortFixture.rows("org-improvement."));
    assertTrue(section.sums().isEmpty(), () -> section.sums().toString());
    // declaring the options as shares would be wrong: on the cohort their counts exceed those who
    // ranked any option
    long ranked = 0;
    long basis = 0;
    for (Statistic s : section.section().statistics()) {
      if (s.key().startsWith("org-improvement.worklife_top3.")) {
        ranked += s.numerator();
        basis = s.basis();
      }
    }
    assertTrue(basis > 0 && ranked > basis, ranked + " of " + basis);
  }
}
