package org.joysurvey.instruments.covid19;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.joysurvey.spi.Statistic;
import org.joysurvey.testkit.CohortFixture;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.Mbi2StandIn;
import org.joysurvey.testkit.MiniZStandIn;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The covid19-impact statistics of the shared cohort-200 fixture against the values SciPy computed
 * (expected.json). Mini-Z and MBI-2 are represented by their stand-ins (level >= 3; either item >=
 * 4).
 */
class Covid19ImpactCohortFixtureTest {

  private static List<Map<String, String>> rows;
  private static Map<String, Double> expected;
  private static SectionResult section;

  @BeforeAll
  static void runTheCohort() throws IOException {
    rows = CohortFixture.rows("covid19-impact.", "mini-z.", "mbi-2.");
    expected = CohortFixture.expected();
    section =
        InstrumentTestKit.of(new MiniZStandIn(), new Mbi2StandIn(), new Covid19Impact())
            .section("covid19-impact", rows);
  }

  /** Every key the spec defines for this instrument, spelled out from section 7. */
  private static List<String> specKeys() {
    List<String> keys = new ArrayList<>();
    keys.add("covid19-impact.yes_rate.future_practice");
    keys.add("covid19-impact.yes_rate.obligated_to_work");
    for (String o :
        List.of(
            "loved-ones-sick",
            "self-sick",
            "finances",
            "job-security",
            "childcare",
            "ppe-shortage",
            "other")) {
      keys.add("covid19-impact.worries." + o);
    }
    for (String o : List.of("telemedicine", "ppe", "fewer-in-person", "remote-work", "other")) {
      keys.add("covid19-impact.future_changes." + o);
    }
    for (String o :
        List.of("decreased-a-lot", "decreased", "same", "increased", "increased-a-lot")) {
      keys.add("covid19-impact.share.hours_change." + o);
    }
    for (String o : List.of("worse", "same", "better")) {
      keys.add("covid19-impact.share.quality_of_life." + o);
    }
    for (String x : List.of("hours_change", "quality_of_life")) {
      for (String b : List.of("mini-z.burnout", "mbi-2.burnout")) {
        for (String s : List.of("chi2", "df", "p_value", "cramers_v")) {
          keys.add("covid19-impact." + x + "_x_" + b + "." + s);
        }
      }
    }
    return keys;
  }

  @Test
  void everyResponseIsRead() {
    assertEquals(expected.get("_responses"), (double) rows.size(), 0.0);
  }

  @Test
  void expectedJsonHoldsExactlyTheSpecKeys() {
    assertEquals(
        new TreeSet<>(specKeys()),
        new TreeSet<>(
            expected.keySet().stream().filter(k -> k.startsWith("covid19-impact.")).toList()));
  }

  @Test
  void everyCovid19ImpactStatisticOfExpectedJsonMatches() {
    Map<String, Statistic> statistics = section.statisticsByKey();
    List<String> keys =
        expected.keySet().stream().filter(k -> k.startsWith("covid19-impact.")).sorted().toList();
    assertEquals(38, keys.size());
    for (String key : keys) {
      Statistic statistic = statistics.get(key);
      assertNotNull(statistic, key + " is missing from the report");
      assertEquals(expected.get(key), statistic.value(), 1e-9, key);
    }
  }

  @Test
  void pValuesMatchSciPyToRelativePrecision() {
    for (String key : expected.keySet()) {
      if (key.startsWith("covid19-impact.") && key.endsWith(".p_value")) {
        double p = expected.get(key);
        assertEquals(p, section.statisticsByKey().get(key).value(), p * 1e-6, key);
      }
    }
  }

  @Test
  void denominatorsAreThoseWhoAnsweredTalliedFromTheCsv() {
    // tallied straight from the cells: answered = non-empty cell
    long practice =
        rows.stream().filter(r -> !r.get("covid19-impact.future_practice").isBlank()).count();
    long changes =
        rows.stream().filter(r -> !r.get("covid19-impact.future_changes").isBlank()).count();
    long worries = rows.stream().filter(r -> !r.get("covid19-impact.worries").isBlank()).count();
    long hours = rows.stream().filter(r -> !r.get("covid19-impact.hours_change").isBlank()).count();
    long hoursAndMiniZ =
        rows.stream()
            .filter(
                r ->
                    !r.get("covid19-impact.hours_change").isBlank()
                        && !r.get("mini-z.burnout").isBlank())
            .count();
    Map<String, Statistic> s = section.statisticsByKey();
    assertEquals(practice, s.get("covid19-impact.yes_rate.future_practice").basis());
    assertEquals(changes, s.get("covid19-impact.future_changes.telemedicine").basis());
    assertEquals(worries, s.get("covid19-impact.worries.self-sick").basis());
    assertEquals(hours, s.get("covid19-impact.share.hours_change.same").basis());
    assertEquals(hoursAndMiniZ, s.get("covid19-impact.hours_change_x_mini-z.burnout.chi2").basis());
    assertTrue(changes < practice, "future changes are asked only after a yes");
  }

  @Test
  void consequencesAreListed() {
    long written =
        rows.stream().filter(r -> !r.get("covid19-impact.consequences").isBlank()).count();
    assertEquals(written, section.texts().get(0).answered());
    assertTrue(written >= 10);
    assertTrue(section.withheld("covid19-impact.consequences").isEmpty());
  }
}
