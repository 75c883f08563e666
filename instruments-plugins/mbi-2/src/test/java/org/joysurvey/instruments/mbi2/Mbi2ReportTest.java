package org.joysurvey.instruments.mbi2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.special.Erf;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.ReportChart;
import org.joysurvey.spi.ReportTable;
import org.joysurvey.spi.Settings;
import org.joysurvey.spi.Statistic;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.MiniZStandIn;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.Test;

/** The MBI-2 section, through the platform's report engine, on small cohorts worked out by hand. */
class Mbi2ReportTest {

  /** One response: Mini-Z level, EE, DP (null = unanswered). */
  record Row(Integer miniZ, Integer ee, Integer dp) {}

  /**
   * Twelve responses. With threshold 4 (MBI burnout = ee >= 4 or dp >= 4):
   *
   * <pre>
   *   Mini-Z 3+ and MBI burned out (both):  (3, 4, 0) (4, 6, 5) (5, 2, 4)            3
   *   Mini-Z 3+ only:                       (3, 3, 3)                                1
   *   MBI only:                             (1, 5, 1) (2, 0, 6)                      2
   *   neither:                              (1, 0, 0) (2, 3, 2) (1, 1, 1) (2, 2, 3)  4
   *   MBI unknown (dp missing, ee 2):       (5, 2, -)                                left out
   *   Mini-Z missing, MBI burned out:       (-, 4, 4)                                in the rate,
   *                                                                                  not in the 2x2
   * </pre>
   */
  static final List<Row> COHORT =
      List.of(
          new Row(3, 4, 0),
          new Row(4, 6, 5),
          new Row(5, 2, 4),
          new Row(3, 3, 3),
          new Row(1, 5, 1),
          new Row(2, 0, 6),
          new Row(1, 0, 0),
          new Row(2, 3, 2),
          new Row(1, 1, 1),
          new Row(2, 2, 3),
          new Row(5, 2, null),
          new Row(null, 4, 4));

  static Answers answers(Row row) {
    Map<String, AnswerValue> values = new HashMap<>();
    if (row.miniZ() != null) {
      values.put("mini-z.burnout", new AnswerValue.Scale(row.miniZ()));
    }
    if (row.ee() != null) {
      values.put("mbi-2.ee", new AnswerValue.Scale(row.ee()));
    }
    if (row.dp() != null) {
      values.put("mbi-2.dp", new AnswerValue.Scale(row.dp()));
    }
    return new Answers(values);
  }

  /**
   * The section of these rows; {@code settings} (short keys) are MBI-2's, null for the defaults.
   */
  static SectionResult section(List<Row> rows, boolean withMiniZ, Settings settings) {
    InstrumentTestKit edition =
        withMiniZ
            ? InstrumentTestKit.of(new MiniZStandIn(), new Mbi2())
            : InstrumentTestKit.of(new Mbi2());
    if (settings != null) {
      for (Map.Entry<String, String> setting : settings.values().entrySet()) {
        edition = edition.withSetting("mbi-2." + setting.getKey(), setting.getValue());
      }
    }
    return edition.sectionOfAnswers("mbi-2", rows.stream().map(Mbi2ReportTest::answers).toList());
  }

  private static Statistic statistic(SectionResult section, String key) {
    return section.statistic(key);
  }

  private static double value(SectionResult section, String key) {
    return section.value(key);
  }

  @Test
  void burnoutRateLeavesUnknownRespondentsOut() {
    // burned out: 3 (both) + 2 (MBI only) + 1 (Mini-Z missing) = 6; known: 12 - 1 unknown = 11
    SectionResult section = section(COHORT, true, null);
    assertEquals(6.0 / 11, value(section, "mbi-2.burnout_rate"), 1e-12);
    assertEquals(11L, statistic(section, "mbi-2.burnout_rate").basis());
    assertEquals(6L, statistic(section, "mbi-2.burnout_rate").numerator());
  }

  @Test
  void highRatesAreOfThoseWhoAnsweredEachItem() {
    // ee: 4, 6, 2, 3, 5, 0, 0, 3, 1, 2, 2, 4 -> >= 4: 4, 6, 5, 4 = 4 of 12
    // dp: 0, 5, 4, 3, 1, 6, 0, 2, 1, 3, 4 (one missing) -> >= 4: 5, 4, 6, 4 = 4 of 11
    SectionResult section = section(COHORT, true, null);
    assertEquals(4.0 / 12, value(section, "mbi-2.ee_high_rate"), 1e-12);
    assertEquals(4.0 / 11, value(section, "mbi-2.dp_high_rate"), 1e-12);
  }

  @Test
  void frequencyDistributionsAreSharesOfThoseWhoAnswered() {
    // ee counts 0:2 1:1 2:3 3:2 4:2 5:1 6:1 of 12; dp counts 0:2 1:2 2:1 3:2 4:2 5:1 6:1 of 11
    SectionResult section = section(COHORT, true, null);
    long[] ee = {2, 1, 3, 2, 2, 1, 1};
    long[] dp = {2, 2, 1, 2, 2, 1, 1};
    for (int v = 0; v <= 6; v++) {
      assertEquals(ee[v] / 12.0, value(section, "mbi-2.ee_share." + v), 1e-12, "ee " + v);
      assertEquals(dp[v] / 11.0, value(section, "mbi-2.dp_share." + v), 1e-12, "dp " + v);
    }
  }

  @Test
  void phiAndItsPValueComeFromTheTwoByTwoOfBothFlags() {
    // both 3, Mini-Z only 1, MBI only 2, neither 4; n = 10
    // phi = (3 * 4 - 1 * 2) / sqrt((3 + 1)(2 + 4)(3 + 2)(1 + 4)) = 10 / sqrt(600) = 0.408248
    // chi2 = n phi^2 = 10 * 100 / 600 = 1.666667 (df 1, no continuity correction)
    // p = erfc(sqrt(1.666667 / 2)) = 0.196706
    SectionResult section = section(COHORT, true, null);
    assertEquals(10 / Math.sqrt(600), value(section, "mbi-2.phi_with_mini-z"), 1e-12);
    assertEquals(Erf.erfc(Math.sqrt(10.0 / 6 / 2)), value(section, "mbi-2.phi_p_value"), 1e-12);
    assertEquals(0.1967, value(section, "mbi-2.phi_p_value"), 1e-4);
    assertEquals(10L, statistic(section, "mbi-2.phi_with_mini-z").basis());
    assertEquals(3.0, value(section, "mbi-2.agreement.both"), 0.0);
    assertEquals(1.0, value(section, "mbi-2.agreement.mini_z_only"), 0.0);
    assertEquals(2.0, value(section, "mbi-2.agreement.mbi_only"), 0.0);
    assertEquals(4.0, value(section, "mbi-2.agreement.neither"), 0.0);
  }

  @Test
  void phiIsNegativeWhenTheMeasuresDisagree() {
    // swap: Mini-Z burned out exactly when MBI is not: 0 5 / 5 0 -> phi = -25 / sqrt(5^4) = -1
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      rows.add(new Row(5, 0, 0));
      rows.add(new Row(1, 6, 0));
    }
    assertEquals(-1.0, value(section(rows, true, null), "mbi-2.phi_with_mini-z"), 1e-12);
  }

  @Test
  void withoutMiniZInTheEditionThereIsNoPhi() {
    SectionResult section = section(COHORT, false, null);
    assertNull(section.statisticsByKey().get("mbi-2.phi_with_mini-z"));
    assertNull(section.statisticsByKey().get("mbi-2.phi_p_value"));
    assertEquals(6.0 / 11, value(section, "mbi-2.burnout_rate"), 1e-12);
  }

  @Test
  void stricterThresholdFromTheEditionSettings() {
    // threshold 5: MBI burnout only for (4, 6, 5), (1, 5, 1), (2, 0, 6) = 3;
    // unknown: (5, 2, -) -> known 11; ee >= 5: 6, 5 = 2 of 12; dp >= 5: 5, 6 = 2 of 11
    SectionResult section = section(COHORT, true, new Settings(Map.of("threshold", "5")));
    assertEquals(3.0 / 11, value(section, "mbi-2.burnout_rate"), 1e-12);
    assertEquals(2.0 / 12, value(section, "mbi-2.ee_high_rate"), 1e-12);
    assertEquals(2.0 / 11, value(section, "mbi-2.dp_high_rate"), 1e-12);
    // 2x2 at 5 (Mini-Z missing row left out): both (4,6,5) = 1; Mini-Z only (3,4,0) (5,2,4) (3,3,3)
    // = 3;
    // MBI only (1,5,1) (2,0,6) = 2; neither 4 -> phi = (1 * 4 - 3 * 2) / sqrt(4 * 6 * 3 * 7) = -2 /
    // sqrt(504)
    assertEquals(-2 / Math.sqrt(504), value(section, "mbi-2.phi_with_mini-z"), 1e-12);
  }

  @Test
  void allRespondentsInOneCategoryGiveUndefinedPhiNotAFailure() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      rows.add(new Row(4, 6, 6));
    }
    SectionResult section = section(rows, true, null);
    assertEquals(1.0, value(section, "mbi-2.burnout_rate"), 0.0);
    assertEquals(1.0, value(section, "mbi-2.ee_high_rate"), 0.0);
    assertTrue(Double.isNaN(value(section, "mbi-2.phi_with_mini-z")));
    assertTrue(Double.isNaN(value(section, "mbi-2.phi_p_value")));
    assertEquals(8.0, value(section, "mbi-2.agreement.both"), 0.0);
  }

  @Test
  void singleResponseIsReportedAndSuppressed() {
    SectionResult section = section(List.of(new Row(2, 5, 1)), true, null);
    assertEquals(1.0, value(section, "mbi-2.burnout_rate"), 0.0);
    assertEquals(0.0, value(section, "mbi-2.dp_high_rate"), 0.0);
    assertEquals(1.0, value(section, "mbi-2.ee_share.5"), 0.0);
    assertTrue(section.withheld("mbi-2.burnout_rate").isPresent());
    assertTrue(section.withheld("mbi-2.phi_with_mini-z").isPresent());
    assertTrue(Double.isNaN(value(section, "mbi-2.phi_with_mini-z")));
  }

  @Test
  void noAnswersGiveUndefinedRates() {
    SectionResult section =
        section(List.of(new Row(3, null, null), new Row(null, null, null)), true, null);
    assertTrue(Double.isNaN(value(section, "mbi-2.burnout_rate")));
    assertTrue(Double.isNaN(value(section, "mbi-2.ee_high_rate")));
    assertTrue(Double.isNaN(value(section, "mbi-2.dp_high_rate")));
    assertEquals(0L, statistic(section, "mbi-2.phi_with_mini-z").basis());
  }

  @Test
  void tablesAndChartsReferOnlyToStatisticsOfTheSection() {
    SectionResult section = section(COHORT, true, null);
    Set<String> keys = section.statisticsByKey().keySet();
    Set<String> referenced = new HashSet<>();
    for (ReportTable table : section.tables()) {
      table
          .rows()
          .forEach(
              row ->
                  row.forEach(
                      cell -> {
                        if (cell instanceof ReportTable.StatisticRef ref) {
                          referenced.add(ref.key());
                        }
                      }));
    }
    for (ReportChart chart : section.charts()) {
      chart.series().forEach(s -> referenced.addAll(s.statisticKeys()));
    }
    assertFalse(referenced.isEmpty());
    assertTrue(
        keys.containsAll(referenced),
        "unknown keys: " + referenced.stream().filter(k -> !keys.contains(k)).toList());
    assertTrue(keys.stream().allMatch(k -> k.startsWith("mbi-2.")), keys::toString);
  }
}
