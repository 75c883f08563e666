package org.joysurvey.instruments.orgimprovement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.joysurvey.spi.Statistic;
import org.joysurvey.testkit.CohortFixture;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.KeyFindings;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.Test;

/**
 * The key findings (SPI 1.5): each names a proportion of the section the cohort-200 fixture gives,
 * one whose value SciPy computed independently (expected.json), and the headline reads as a
 * sentence of the white paper (docs/instruments/org-improvement.md, "Key findings").
 */
class OrgImprovementKeyFindingsTest {

  @Test
  void everyKeyFindingNamesAStatisticOfTheCohortsSection() throws IOException {
    SectionResult section =
        InstrumentTestKit.of(new OrgImprovement())
            .section("org-improvement", CohortFixture.rows("org-improvement."));
    List<Statistic> figures =
        KeyFindings.assertEveryKeyFindingNamesAStatistic(new OrgImprovement(), section);
    assertEquals(
        List.of(
            "org-improvement.worklife_top3.schedule-control",
            "org-improvement.ehr_top5.in-person-scribes"),
        figures.stream().map(Statistic::key).toList());
    Map<String, Double> expected = CohortFixture.expected();
    for (Statistic figure : figures) {
      assertEquals(Statistic.Kind.PROPORTION, figure.kind(), figure.key());
      assertNotNull(expected.get(figure.key()), () -> figure.key() + " is not in expected.json");
      assertEquals(expected.get(figure.key()), figure.value(), 1e-9, figure.key());
    }
  }

  @Test
  void theHeadlineReadsAsASentence() {
    assertEquals(
        "40.0% of those who ranked changes to their work-life balance (200 of 500) put more"
            + " control over their schedule among their top three.",
        new OrgImprovement().keyFindings().get(0).fill("40.0%", "200", "500", ""));
  }
}
