package org.joysurvey.instruments.mbi2;

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
 * sentence of the white paper (docs/instruments/mbi-2.md, "Key findings").
 */
class Mbi2KeyFindingsTest {

  @Test
  void everyKeyFindingNamesAStatisticOfTheCohortsSection() throws IOException {
    SectionResult section =
        InstrumentTestKit.of(new MiniZStandIn(), new Mbi2())
            .section("mbi-2", CohortFixture.rows("mini-z.", "mbi-2."));
    List<Statistic> figures = KeyFindings.assertEveryKeyFindingNamesAStatistic(new Mbi2(), section);
    assertEquals(
        List.of("mbi-2.burnout_rate", "mbi-2.ee_high_rate", "mbi-2.dp_high_rate"),
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
        "27.0% of respondents (150 of 556) reported burnout on either MBI item, emotional"
            + " exhaustion or depersonalization.",
        new Mbi2().keyFindings().get(0).fill("27.0%", "150", "556", ""));
  }
}
