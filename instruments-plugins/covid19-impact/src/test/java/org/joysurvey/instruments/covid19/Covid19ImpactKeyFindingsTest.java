package org.joysurvey.instruments.covid19;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.joysurvey.spi.Statistic;
import org.joysurvey.testkit.CohortFixture;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.KeyFindings;
import org.joysurvey.testkit.Mbi2StandIn;
import org.joysurvey.testkit.MiniZStandIn;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.Test;

/**
 * The key findings (SPI 1.5): each names a proportion of the section the cohort-200 fixture gives,
 * one whose value SciPy computed independently (expected.json), and the headline reads as a
 * sentence of the white paper (docs/instruments/covid19-impact.md, "Key findings").
 */
class Covid19ImpactKeyFindingsTest {

  @Test
  void everyKeyFindingNamesAStatisticOfTheCohortsSection() throws IOException {
    SectionResult section =
        InstrumentTestKit.of(new MiniZStandIn(), new Mbi2StandIn(), new Covid19Impact())
            .section("covid19-impact", CohortFixture.rows("covid19-impact.", "mini-z.", "mbi-2."));
    List<Statistic> figures =
        KeyFindings.assertEveryKeyFindingNamesAStatistic(new Covid19Impact(), section);
    assertEquals(
        List.of(
            "covid19-impact.yes_rate.future_practice",
            "covid19-impact.yes_rate.obligated_to_work",
            "covid19-impact.worries.loved-ones-sick",
            "covid19-impact.share.quality_of_life.worse"),
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
        "84.0% of respondents (470 of 560) expect the pandemic to change how they practice in the"
            + " future.",
        new Covid19Impact().keyFindings().get(0).fill("84.0%", "470", "560", ""));
  }
}
