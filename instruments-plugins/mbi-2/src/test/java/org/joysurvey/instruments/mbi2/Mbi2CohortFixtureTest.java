package org.joysurvey.instruments.mbi2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.special.Erf;
import org.joysurvey.spi.Settings;
import org.joysurvey.spi.Statistic;
import org.joysurvey.testkit.CohortFixture;
import org.joysurvey.testkit.MiniZStandIn;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The MBI-2 statistics of the shared cohort-200 fixture against the values SciPy computed
 * (expected.json, threshold 4). Mini-Z is represented by {@link MiniZStandIn} (level >= 3), since
 * the Mini-Z plugin is not on this module's class path.
 */
class Mbi2CohortFixtureTest {

  private static List<Mbi2ReportTest.Row> rows;
  private static Map<String, Double> expected;

  private static Integer level(String cell) {
    return cell == null || cell.isBlank() ? null : Integer.parseInt(cell.strip());
  }

  @BeforeAll
  static void readTheCohort() throws IOException {
    rows =
        CohortFixture.rows("mini-z.", "mbi-2.").stream()
            .map(
                r ->
                    new Mbi2ReportTest.Row(
                        level(r.get("mini-z.burnout")),
                        level(r.get("mbi-2.ee")),
                        level(r.get("mbi-2.dp"))))
            .toList();
    expected = CohortFixture.expected();
  }

  @Test
  void everyResponseIsRead() {
    assertEquals(expected.get("_responses"), (double) rows.size(), 0.0);
  }

  @Test
  void everyMbi2StatisticOfExpectedJsonMatches() {
    SectionResult section = Mbi2ReportTest.section(rows, true, null);
    Map<String, Statistic> statistics = section.statisticsByKey();
    List<String> keys =
        expected.keySet().stream().filter(k -> k.startsWith("mbi-2.")).sorted().toList();
    assertEquals(
        List.of(
            "mbi-2.burnout_rate",
            "mbi-2.dp_high_rate",
            "mbi-2.ee_high_rate",
            "mbi-2.phi_p_value",
            "mbi-2.phi_with_mini-z"),
        keys);
    for (String key : keys) {
      Statistic statistic = statistics.get(key);
      assertNotNull(statistic, key + " is missing from the report");
      assertEquals(expected.get(key), statistic.value(), 1e-9, key);
    }
  }

  @Test
  void phiPValueMatchesSciPyToRelativePrecision() {
    SectionResult section = Mbi2ReportTest.section(rows, true, null);
    double expectedP = expected.get("mbi-2.phi_p_value");
    assertEquals(
        expectedP, section.statisticsByKey().get("mbi-2.phi_p_value").value(), expectedP * 1e-6);
  }

  /** Counts tallied straight from the CSV cells, by the spec's rules. */
  private static long[] tally(int threshold) {
    long eeAnswered = 0, eeHigh = 0, dpAnswered = 0, dpHigh = 0, known = 0, burned = 0;
    long a = 0, b = 0, c = 0, d = 0; // Mini-Z x MBI: both, Mini-Z only, MBI only, neither
    for (Mbi2ReportTest.Row row : rows) {
      Boolean ee = row.ee() == null ? null : row.ee() >= threshold;
      Boolean dp = row.dp() == null ? null : row.dp() >= threshold;
      if (ee != null) {
        eeAnswered++;
        eeHigh += ee ? 1 : 0;
      }
      if (dp != null) {
        dpAnswered++;
        dpHigh += dp ? 1 : 0;
      }
      Boolean mbi =
          Boolean.TRUE.equals(ee) || Boolean.TRUE.equals(dp)
              ? Boolean.TRUE
              : ee != null && dp != null ? Boolean.FALSE : null;
      if (mbi == null) {
        continue;
      }
      known++;
      burned += mbi ? 1 : 0;
      if (row.miniZ() != null) {
        boolean miniZ = row.miniZ() >= 3;
        if (miniZ && mbi) {
          a++;
        } else if (miniZ) {
          b++;
        } else if (mbi) {
          c++;
        } else {
          d++;
        }
      }
    }
    return new long[] {eeAnswered, eeHigh, dpAnswered, dpHigh, known, burned, a, b, c, d};
  }

  @Test
  void talliedCountsReproduceExpectedJson() {
    // a check of the tally below, so that the threshold-5 test rests on it
    long[] t = tally(4);
    assertEquals(expected.get("mbi-2.ee_high_rate"), (double) t[1] / t[0], 1e-12);
    assertEquals(expected.get("mbi-2.dp_high_rate"), (double) t[3] / t[2], 1e-12);
    assertEquals(expected.get("mbi-2.burnout_rate"), (double) t[5] / t[4], 1e-12);
    double a = t[6], b = t[7], c = t[8], d = t[9];
    double phi = (a * d - b * c) / Math.sqrt((a + b) * (c + d) * (a + c) * (b + d));
    assertEquals(expected.get("mbi-2.phi_with_mini-z"), phi, 1e-12);
    // p of a 1-df chi-square = erfc(sqrt(chi2 / 2)), chi2 = n phi^2
    assertEquals(
        expected.get("mbi-2.phi_p_value"),
        Erf.erfc(Math.sqrt((a + b + c + d) * phi * phi / 2)),
        1e-20);
  }

  @Test
  void stricterThresholdOnTheCohortMatchesTheTally() {
    long[] t = tally(5);
    SectionResult section =
        Mbi2ReportTest.section(rows, true, new Settings(Map.of("threshold", "5")));
    Map<String, Statistic> statistics = section.statisticsByKey();
    assertEquals((double) t[1] / t[0], statistics.get("mbi-2.ee_high_rate").value(), 1e-12);
    assertEquals((double) t[3] / t[2], statistics.get("mbi-2.dp_high_rate").value(), 1e-12);
    assertEquals((double) t[5] / t[4], statistics.get("mbi-2.burnout_rate").value(), 1e-12);
    assertEquals(t[4], statistics.get("mbi-2.burnout_rate").basis());
    double a = t[6], b = t[7], c = t[8], d = t[9];
    double phi = (a * d - b * c) / Math.sqrt((a + b) * (c + d) * (a + c) * (b + d));
    assertEquals(phi, statistics.get("mbi-2.phi_with_mini-z").value(), 1e-12);
    assertFalse(Double.isNaN(phi));
  }
}
