package org.joysurvey.instruments.wellness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.joysurvey.spi.Settings;
import org.joysurvey.spi.Statistic;
import org.joysurvey.testkit.CohortFixture;
import org.joysurvey.testkit.MiniZStandIn;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The wellness-services statistics of the shared cohort-200 fixture against the values SciPy
 * computed (expected.json). Mini-Z is represented by {@link MiniZStandIn} (level >= 3).
 */
class WellnessServicesCohortFixtureTest {

  private static List<Map<String, String>> rows;
  private static Map<String, Double> expected;

  @BeforeAll
  static void readTheCohort() throws IOException {
    rows = CohortFixture.rows("mini-z.", "wellness-services.");
    expected = CohortFixture.expected();
  }

  @Test
  void everyResponseIsRead() {
    assertEquals(expected.get("_responses"), (double) rows.size(), 0.0);
  }

  @Test
  void everyWellnessStatisticOfExpectedJsonMatches() {
    SectionResult section = WellnessServicesReportTest.section(rows, true, null);
    Map<String, Statistic> statistics = section.statisticsByKey();
    List<String> keys =
        expected.keySet().stream()
            .filter(k -> k.startsWith("wellness-services."))
            .sorted()
            .toList();
    assertEquals(
        List.of(
            "wellness-services.among_burnout.employer",
            "wellness-services.among_burnout.self-pay",
            "wellness-services.among_burnout.society",
            "wellness-services.any_rate",
            "wellness-services.rate.employer",
            "wellness-services.rate.none",
            "wellness-services.rate.self-pay",
            "wellness-services.rate.society",
            "wellness-services.venn.employer",
            "wellness-services.venn.employer+self-pay",
            "wellness-services.venn.employer+self-pay+society",
            "wellness-services.venn.employer+society",
            "wellness-services.venn.self-pay",
            "wellness-services.venn.self-pay+society",
            "wellness-services.venn.society"),
        keys);
    for (String key : keys) {
      Statistic statistic = statistics.get(key);
      assertNotNull(statistic, key + " is missing from the report");
      assertEquals(expected.get(key), statistic.value(), 1e-9, key);
    }
  }

  @Test
  void theProgramLabelChangesNoFigure() {
    Map<String, Statistic> plain =
        WellnessServicesReportTest.section(rows, true, null).statisticsByKey();
    Map<String, Statistic> named =
        WellnessServicesReportTest.section(
                rows, true, new Settings(Map.of("program_label", "Joy of Medicine")))
            .statisticsByKey();
    assertEquals(plain.keySet(), named.keySet());
    plain.forEach((key, s) -> assertEquals(s.value(), named.get(key).value(), 0.0, key));
  }

  @Test
  void vennRegionsAddUpToThoseWhoUsedAny() {
    Map<String, Statistic> statistics =
        WellnessServicesReportTest.section(rows, true, null).statisticsByKey();
    double regions =
        statistics.entrySet().stream()
            .filter(e -> e.getKey().startsWith("wellness-services.venn."))
            .mapToDouble(e -> e.getValue().value())
            .sum();
    Statistic any = statistics.get("wellness-services.any_rate");
    assertEquals((double) any.numerator(), regions, 0.0);
    // and the among_burnout denominator is the burned-out who answered, tallied from the cells
    long burnedOutAnswered =
        rows.stream()
            .filter(
                r ->
                    !r.get("wellness-services.used").isBlank()
                        && !r.get("mini-z.burnout").isBlank()
                        && Integer.parseInt(r.get("mini-z.burnout").strip()) >= 3)
            .count();
    assertEquals(
        burnedOutAnswered, statistics.get("wellness-services.among_burnout.society").basis());
  }
}
