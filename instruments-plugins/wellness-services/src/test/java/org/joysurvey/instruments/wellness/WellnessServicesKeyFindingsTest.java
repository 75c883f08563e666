package org.joysurvey.instruments.wellness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.joysurvey.spi.Statistic;
import org.joysurvey.testkit.CohortFixture;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.KeyFindings;
import org.joysurvey.testkit.MiniZStandIn;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.Test;

/**
 * The key findings (SPI 1.5): each names a proportion of the section the cohort-200 fixture gives,
 * one whose value SciPy computed independently (expected.json), and the headline reads as a
 * sentence of the white paper (docs/instruments/wellness-services.md, "Key findings").
 */
class WellnessServicesKeyFindingsTest {

  @Test
  void everyKeyFindingNamesAStatisticOfTheCohortsSection() throws IOException {
    SectionResult section =
        InstrumentTestKit.of(new MiniZStandIn(), new WellnessServices())
            .section("wellness-services", CohortFixture.rows("wellness-services.", "mini-z."));
    List<Statistic> figures =
        KeyFindings.assertEveryKeyFindingNamesAStatistic(new WellnessServices(), section);
    assertEquals(
        List.of("wellness-services.any_rate", "wellness-services.rate.society"),
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
        "56.0% of respondents (308 of 550) had used at least one wellness service (self-paid,"
            + " their employer's or the society's program), up 4.0 points from 2018 (p = 0.19).",
        new WellnessServices()
            .keyFindings()
            .get(0)
            .fill("56.0%", "308", "550", ", up 4.0 points from 2018 (p = 0.19)"));
  }
}
