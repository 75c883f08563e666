package org.joysurvey.instruments.miniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.ReportChart;
import org.joysurvey.spi.ReportTable;
import org.joysurvey.spi.Statistic;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.Test;

/**
 * The Mini-Z section, through the platform's report engine, on small cohorts worked out by hand.
 */
class MiniZReportTest {

  /** z^2 for 95%: 1.959963984540054^2. */
  private static final double Z2 = 3.8414588206941254;

  /** Wilson bounds by the closed form (2k + z^2 -/+ z sqrt(z^2 + 4k(1 - k/n))) / (2(n + z^2)). */
  static double[] wilson(long k, long n) {
    double z = Math.sqrt(Z2);
    double root = z * Math.sqrt(Z2 + 4.0 * k * (1.0 - (double) k / n));
    return new double[] {
      (2.0 * k + Z2 - root) / (2 * (n + Z2)), (2.0 * k + Z2 + root) / (2 * (n + Z2))
    };
  }

  /** The Mini-Z section for these levels (null = unanswered). */
  static SectionResult section(Integer... levels) {
    List<Answers> answers = new ArrayList<>();
    for (Integer level : levels) {
      answers.add(
          level == null
              ? Answers.NONE
              : new Answers(Map.of("mini-z.burnout", new AnswerValue.Scale(level))));
    }
    SectionResult section = InstrumentTestKit.of(new MiniZ()).sectionOfAnswers("mini-z", answers);
    assertEquals(levels.length, section.responses());
    return section;
  }

  private static double value(SectionResult section, String key) {
    return section.value(key);
  }

  @Test
  void rateAndSharesAreOfThoseWhoAnswered() {
    // levels 1, 2, 2, 3, 4, 5, 5 and one unanswered: 7 answered, 4 at level 3+ -> 4/7 = 0.571429
    // shares 1/7, 2/7, 1/7, 1/7, 2/7
    SectionResult section = section(1, 2, 2, 3, 4, 5, 5, null);
    assertEquals(4.0 / 7, value(section, "mini-z.burnout_rate"), 1e-12);
    Statistic rate = section.statisticsByKey().get("mini-z.burnout_rate");
    assertEquals(4L, rate.numerator());
    assertEquals(7L, rate.basis());
    double[] expectedShares = {1.0 / 7, 2.0 / 7, 1.0 / 7, 1.0 / 7, 2.0 / 7};
    for (int level = 1; level <= 5; level++) {
      assertEquals(
          expectedShares[level - 1],
          value(section, "mini-z.level_share." + level),
          1e-12,
          "level " + level);
      assertEquals(7L, section.statisticsByKey().get("mini-z.level_share." + level).basis());
    }
  }

  @Test
  void burnoutRateHasTheWilsonInterval() {
    // 4 of 7: (8 + 3.841459 -/+ 1.959964 sqrt(3.841459 + 16 * 3/7)) / (2 * 10.841459)
    //   = (11.841459 -/+ 1.959964 * 3.270872) / 21.682918 = (11.841459 -/+ 6.410793) / 21.682918
    //   = 0.250456 .. 0.841780
    SectionResult section = section(1, 2, 2, 3, 4, 5, 5, null);
    double[] ci = wilson(4, 7);
    assertEquals(ci[0], value(section, "mini-z.burnout_rate_ci_low"), 1e-12);
    assertEquals(ci[1], value(section, "mini-z.burnout_rate_ci_high"), 1e-12);
    assertEquals(0.2505, ci[0], 1e-4);
    assertEquals(0.8418, ci[1], 1e-4);
  }

  @Test
  void singleResponseIsRateOneWithWideIntervalAndSuppressed() {
    // 1 of 1: low = 1 / (1 + z^2) = 0.206549, high = 1
    SectionResult section = section(3);
    assertEquals(1.0, value(section, "mini-z.burnout_rate"), 0.0);
    assertEquals(1 / (1 + Z2), value(section, "mini-z.burnout_rate_ci_low"), 1e-12);
    assertEquals(1.0, value(section, "mini-z.burnout_rate_ci_high"), 1e-12);
    assertEquals(1.0, value(section, "mini-z.level_share.3"), 0.0);
    assertEquals(0.0, value(section, "mini-z.level_share.1"), 0.0);
    for (String key :
        List.of(
            "mini-z.burnout_rate",
            "mini-z.burnout_rate_ci_low",
            "mini-z.burnout_rate_ci_high",
            "mini-z.level_share.3")) {
      assertTrue(section.withheld(key).isPresent(), key + " rests on one respondent");
    }
  }

  @Test
  void allRespondentsNotBurnedOut() {
    // 20 at level 1: rate 0, CI 0 .. z^2 / (20 + z^2) = 0.161128; level_share.1 = 1
    Integer[] levels = new Integer[20];
    Arrays.fill(levels, 1);
    SectionResult section = section(levels);
    assertEquals(0.0, value(section, "mini-z.burnout_rate"), 0.0);
    assertEquals(0.0, value(section, "mini-z.burnout_rate_ci_low"), 1e-15);
    assertEquals(Z2 / (20 + Z2), value(section, "mini-z.burnout_rate_ci_high"), 1e-12);
    assertEquals(1.0, value(section, "mini-z.level_share.1"), 0.0);
    for (int level = 2; level <= 5; level++) {
      assertEquals(0.0, value(section, "mini-z.level_share." + level), 0.0);
    }
    assertTrue(section.withheld("mini-z.level_share.1").isEmpty(), "20 of 20 is published");
    assertTrue(
        section.withheld("mini-z.level_share.2").isPresent(), "0 of 20 rests on fewer than 5");
  }

  @Test
  void allRespondentsBurnedOut() {
    // 12 at level 4: rate 1, CI 12 / (12 + z^2) = 0.757520 .. 1
    Integer[] levels = new Integer[12];
    Arrays.fill(levels, 4);
    SectionResult section = section(levels);
    assertEquals(1.0, value(section, "mini-z.burnout_rate"), 0.0);
    assertEquals(12 / (12 + Z2), value(section, "mini-z.burnout_rate_ci_low"), 1e-12);
    assertEquals(1.0, value(section, "mini-z.burnout_rate_ci_high"), 1e-15);
    assertEquals(1.0, value(section, "mini-z.level_share.4"), 0.0);
  }

  @Test
  void nobodyAnsweringGivesUndefinedStatisticsNotAFailure() {
    SectionResult section = section(null, null, null);
    assertTrue(Double.isNaN(value(section, "mini-z.burnout_rate")));
    assertTrue(Double.isNaN(value(section, "mini-z.burnout_rate_ci_low")));
    assertTrue(Double.isNaN(value(section, "mini-z.burnout_rate_ci_high")));
    assertTrue(Double.isNaN(value(section, "mini-z.level_share.1")));
    assertEquals(0L, section.statisticsByKey().get("mini-z.burnout_rate").basis());
  }

  @Test
  void tablesAndChartsReferOnlyToStatisticsOfTheSection() {
    SectionResult section = section(1, 2, 3, 4, 5);
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
    assertTrue(keys.stream().allMatch(k -> k.startsWith("mini-z.")), keys::toString);
  }
}
