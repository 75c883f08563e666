package org.joysurvey.instruments.telemedicine;

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
 * sentence of the white paper (docs/instruments/telemedicine.md, "Key findings").
 */
class TelemedicineKeyFindingsTest {

  @Test
  void everyKeyFindingNamesAStatisticOfTheCohortsSection() throws IOException {
    SectionResult section =
        InstrumentTestKit.of(new Telemedicine())
            .section("telemedicine", CohortFixture.rows("telemedicine."));
    List<Statistic> figures =
        KeyFindings.assertEveryKeyFindingNamesAStatistic(new Telemedicine(), section);
    assertEquals(
        List.of(
            "telemedicine.uses_rate",
            "telemedicine.ehr_integrated_rate",
            "telemedicine.agree.improves_access"),
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
        "76.1% of respondents (430 of 565) see patients by telemedicine.",
        new Telemedicine().keyFindings().get(0).fill("76.1%", "430", "565", ""));
  }
}
