package org.joysurvey.instruments.engagement;

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
 * sentence of the white paper (docs/instruments/engagement-drivers.md, "Key findings").
 */
class EngagementDriversKeyFindingsTest {

  @Test
  void everyKeyFindingNamesAStatisticOfTheCohortsSection() throws IOException {
    SectionResult section =
        InstrumentTestKit.of(new EngagementDrivers())
            .section("engagement-drivers", CohortFixture.rows("engagement-drivers."));
    List<Statistic> figures =
        KeyFindings.assertEveryKeyFindingNamesAStatistic(new EngagementDrivers(), section);
    assertEquals(
        List.of(
            "engagement-drivers.positive.workload_manageable",
            "engagement-drivers.positive.compensation_fair",
            "engagement-drivers.positive.efficiency_ehr",
            "engagement-drivers.positive.culture_leadership"),
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
        "75.0% of respondents (420 of 560) agreed at least slightly that their workload and job"
            + " demands are manageable, up 3.1 points from 2018 (p = 0.22).",
        new EngagementDrivers()
            .keyFindings()
            .get(0)
            .fill("75.0%", "420", "560", ", up 3.1 points from 2018 (p = 0.22)"));
  }
}
