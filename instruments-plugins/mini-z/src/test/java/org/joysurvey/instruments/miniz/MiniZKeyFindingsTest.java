package org.joysurvey.instruments.miniz;

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
 * sentence of the white paper (docs/instruments/mini-z.md, "Key findings").
 */
class MiniZKeyFindingsTest {

  @Test
  void everyKeyFindingNamesAStatisticOfTheCohortsSection() throws IOException {
    SectionResult section =
        InstrumentTestKit.of(new MiniZ()).section("mini-z", CohortFixture.rows("mini-z."));
    List<Statistic> figures =
        KeyFindings.assertEveryKeyFindingNamesAStatistic(new MiniZ(), section);
    assertEquals(
        List.of("mini-z.burnout_rate", "mini-z.level_share.5", "mini-z.level_share.1"),
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
        "33.7% of respondents (172 of 510) reported burnout on the Mini-Z (level 3 or above),"
            + " down 2.0 points from 2018 (p = 0.41).",
        new MiniZ()
            .keyFindings()
            .get(0)
            .fill("33.7%", "172", "510", ", down 2.0 points from 2018 (p = 0.41)"));
  }
}
