package org.joysurvey.instruments.covid19;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.special.Erf;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.ReportChart;
import org.joysurvey.spi.ReportTable;
import org.joysurvey.spi.ReportTextList;
import org.joysurvey.spi.Statistic;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.Mbi2StandIn;
import org.joysurvey.testkit.MiniZStandIn;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.Test;

/**
 * The covid19-impact section, through the platform's validator and report engine, on cohorts worked
 * out by hand.
 */
class Covid19ImpactReportTest {

  /**
   * Seven responses (empty cell = skipped), worries in a table of their own for width:
   *
   * <pre>
   *      future_practice  future_changes     obligated  hours            quality
   *   1  yes              telemedicine;ppe   yes        same             worse
   *   2  yes              telemedicine       no         increased        worse
   *   3  yes              -                  no         increased        same
   *   4  no               (hidden)           yes        decreased-a-lot  better
   *   5  no               (hidden)           -          -                same
   *   6  -                (hidden)           no         same             -
   *   7  -                -                  -          -                -
   *
   *      worries
   *   1  loved-ones-sick;self-sick
   *   2  finances
   *   3  -
   *   4  loved-ones-sick
   *   5  loved-ones-sick;childcare;other
   *   6  self-sick
   *   7  -
   * </pre>
   */
  static final List<Map<String, String>> SMALL =
      List.of(
          row(
              "future_practice",
              "yes",
              "future_changes",
              "telemedicine;ppe",
              "obligated_to_work",
              "yes",
              "worries",
              "loved-ones-sick;self-sick",
              "hours_change",
              "same",
              "quality_of_life",
              "worse"),
          row(
              "future_practice",
              "yes",
              "future_changes",
              "telemedicine",
              "obligated_to_work",
              "no",
              "worries",
              "finances",
              "hours_change",
              "increased",
              "quality_of_life",
              "worse"),
          row(
              "future_practice",
              "yes",
              "future_changes",
              "",
              "obligated_to_work",
              "no",
              "hours_change",
              "increased",
              "quality_of_life",
              "same"),
          row(
              "future_practice",
              "no",
              "obligated_to_work",
              "yes",
              "worries",
              "loved-ones-sick",
              "hours_change",
              "decreased-a-lot",
              "quality_of_life",
              "better"),
          row(
              "future_practice",
              "no",
              "worries",
              "loved-ones-sick;childcare;other",
              "quality_of_life",
              "same"),
          row("obligated_to_work", "no", "worries", "self-sick", "hours_change", "same"),
          row());

  /**
   * Quality of life by Mini-Z burnout (level 3+ = burned out), 12 respondents in the table:
   *
   * <pre>
   *             burned out   not   row
   *   worse          3        1     4
   *   same           2        2     4
   *   better         1        3     4
   *   column         6        6    12
   * </pre>
   *
   * plus one respondent with quality but no Mini-Z and one with Mini-Z but no quality (both left
   * out).
   */
  static final List<Map<String, String>> QUALITY_BY_MINI_Z =
      concat(
          List.of(
              times(3, row("quality_of_life", "worse", "mini-z.burnout", "4")),
              times(1, row("quality_of_life", "worse", "mini-z.burnout", "2")),
              times(2, row("quality_of_life", "same", "mini-z.burnout", "3")),
              times(2, row("quality_of_life", "same", "mini-z.burnout", "1")),
              times(1, row("quality_of_life", "better", "mini-z.burnout", "5")),
              times(3, row("quality_of_life", "better", "mini-z.burnout", "2")),
              List.of(row("quality_of_life", "worse"), row("mini-z.burnout", "5"))));

  private static final List<String> TEST_KEYS = List.of(".chi2", ".df", ".p_value", ".cramers_v");

  /** An edition of covid19-impact, with or without the Mini-Z and MBI-2 stand-ins. */
  static InstrumentTestKit edition(boolean miniZ, boolean mbi2) {
    List<Instrument> instruments = new ArrayList<>();
    if (miniZ) {
      instruments.add(new MiniZStandIn());
    }
    if (mbi2) {
      instruments.add(new Mbi2StandIn());
    }
    instruments.add(new Covid19Impact());
    return InstrumentTestKit.of(instruments);
  }

  /** The covid19-impact section of such an edition holding these rows of text cells. */
  static SectionResult section(boolean miniZ, boolean mbi2, List<Map<String, String>> rows) {
    SectionResult section = edition(miniZ, mbi2).section("covid19-impact", rows);
    assertEquals(rows.size(), section.responses());
    return section;
  }

  /**
   * One response as CSV cells: pairs of column and cell; a column without an instrument prefix is a
   * covid19-impact item ({@code "hours_change", "same"}).
   */
  static Map<String, String> row(String... pairs) {
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      String column = pairs[i].contains(".") ? pairs[i] : "covid19-impact." + pairs[i];
      row.put(column, pairs[i + 1]);
    }
    return row;
  }

  private static Statistic statistic(SectionResult section, String key) {
    return section.statistic(key);
  }

  private static double value(SectionResult section, String key) {
    return section.value(key);
  }

  private static void proportion(
      SectionResult section, String key, long numerator, long denominator) {
    Statistic statistic = statistic(section, key);
    assertEquals(Statistic.Kind.PROPORTION, statistic.kind(), key);
    assertEquals(numerator, statistic.numerator(), key);
    assertEquals(denominator, statistic.basis(), key);
    assertEquals((double) numerator / denominator, statistic.value(), 1e-15, key);
  }

  @Test
  void yesRatesAreOfThoseWhoAnswered() {
    // future_practice: yes 1, 2, 3; no 4, 5 -> 3 / 5 = 0.6
    // obligated_to_work: yes 1, 4; no 2, 3, 6 -> 2 / 5 = 0.4
    SectionResult section = section(false, false, SMALL);
    proportion(section, "covid19-impact.yes_rate.future_practice", 3, 5);
    proportion(section, "covid19-impact.yes_rate.obligated_to_work", 2, 5);
    assertEquals(0.6, value(section, "covid19-impact.yes_rate.future_practice"), 1e-15);
  }

  @Test
  void futureChangesAreSharesOfThoseWhoAnsweredItNotOfAllWhoSaidYes() {
    // answered by 1 and 2 only (3 said yes and skipped it; 4, 5 never saw it): telemedicine 2/2,
    // ppe 1/2, others 0/2
    SectionResult section = section(false, false, SMALL);
    proportion(section, "covid19-impact.future_changes.telemedicine", 2, 2);
    proportion(section, "covid19-impact.future_changes.ppe", 1, 2);
    proportion(section, "covid19-impact.future_changes.fewer-in-person", 0, 2);
    proportion(section, "covid19-impact.future_changes.remote-work", 0, 2);
    proportion(section, "covid19-impact.future_changes.other", 0, 2);
  }

  @Test
  void worriesAreSharesOfThoseWhoAnsweredTheItem() {
    // answered by 1, 2, 4, 5, 6 = 5: loved-ones-sick 1, 4, 5 = 3; self-sick 1, 6 = 2; finances 2 =
    // 1;
    // job-security 0; childcare 5 = 1; ppe-shortage 0; other 5 = 1 (shares add up to more than 1:
    // several answers)
    SectionResult section = section(false, false, SMALL);
    proportion(section, "covid19-impact.worries.loved-ones-sick", 3, 5);
    proportion(section, "covid19-impact.worries.self-sick", 2, 5);
    proportion(section, "covid19-impact.worries.finances", 1, 5);
    proportion(section, "covid19-impact.worries.job-security", 0, 5);
    proportion(section, "covid19-impact.worries.childcare", 1, 5);
    proportion(section, "covid19-impact.worries.ppe-shortage", 0, 5);
    proportion(section, "covid19-impact.worries.other", 1, 5);
  }

  @Test
  void hoursAndQualityOfLifeSharesAreOfThoseWhoAnswered() {
    // hours answered by 1, 2, 3, 4, 6 = 5: decreased-a-lot 1, decreased 0, same 2, increased 2,
    // increased-a-lot 0
    // quality answered by 1..5 = 5: worse 2, same 2, better 1
    SectionResult section = section(false, false, SMALL);
    proportion(section, "covid19-impact.share.hours_change.decreased-a-lot", 1, 5);
    proportion(section, "covid19-impact.share.hours_change.decreased", 0, 5);
    proportion(section, "covid19-impact.share.hours_change.same", 2, 5);
    proportion(section, "covid19-impact.share.hours_change.increased", 2, 5);
    proportion(section, "covid19-impact.share.hours_change.increased-a-lot", 0, 5);
    proportion(section, "covid19-impact.share.quality_of_life.worse", 2, 5);
    proportion(section, "covid19-impact.share.quality_of_life.same", 2, 5);
    proportion(section, "covid19-impact.share.quality_of_life.better", 1, 5);
  }

  /** n copies of one response. */
  private static List<Map<String, String>> times(int n, Map<String, String> row) {
    return Collections.nCopies(n, row);
  }

  private static List<Map<String, String>> concat(List<List<Map<String, String>>> parts) {
    List<Map<String, String>> all = new ArrayList<>();
    parts.forEach(all::addAll);
    return all;
  }

  @Test
  void chiSquareOfAThreeByTwoTableByHand() {
    // expected counts: every row 4 x column 6 / 12 = 2
    // chi2 = (3-2)^2/2 + (1-2)^2/2 + (2-2)^2/2 + (2-2)^2/2 + (1-2)^2/2 + (3-2)^2/2 = 0.5 * 4 = 2
    // df = (3 - 1)(2 - 1) = 2; for 2 df the upper tail is exp(-chi2 / 2) = exp(-1) = 0.367879
    // Cramér's V = sqrt(2 / (12 * (min(3, 2) - 1))) = sqrt(1/6) = 0.408248
    SectionResult section = section(true, false, QUALITY_BY_MINI_Z);
    String base = "covid19-impact.quality_of_life_x_mini-z.burnout";
    assertEquals(2.0, value(section, base + ".chi2"), 1e-12);
    assertEquals(2.0, value(section, base + ".df"), 0.0);
    assertEquals(Math.exp(-1), value(section, base + ".p_value"), 1e-12);
    assertEquals(0.3679, value(section, base + ".p_value"), 1e-4);
    assertEquals(Math.sqrt(1.0 / 6), value(section, base + ".cramers_v"), 1e-12);
    for (String stat : List.of(".chi2", ".df", ".p_value", ".cramers_v")) {
      assertEquals(12L, statistic(section, base + stat).basis(), stat);
      assertEquals(Statistic.Kind.VALUE, statistic(section, base + stat).kind(), stat);
    }
    // row percentages: worse 3/4 burned out, same 2/4, better 1/4; all 6/12
    proportion(section, base + ".worse.burned_out", 3, 4);
    proportion(section, base + ".worse.not_burned_out", 1, 4);
    proportion(section, base + ".same.burned_out", 2, 4);
    proportion(section, base + ".better.burned_out", 1, 4);
    proportion(section, base + ".better.not_burned_out", 3, 4);
    proportion(section, base + ".all.burned_out", 6, 12);
    assertEquals(12.0, value(section, base + ".n"), 0.0);
    assertEquals(4.0, value(section, base + ".worse.respondents"), 0.0);
    // every expected count (2) is below 5: the section warns
    assertTrue(
        section.notes().stream()
            .anyMatch(
                n ->
                    n.startsWith("Change in quality of life by Mini-Z burnout")
                        && n.contains("expected count is below 5")),
        section.notes()::toString);
    // the counts below 5 are suppressed for distribution, the test rests on 12
    assertTrue(section.withheld(base + ".worse.burned_out").isPresent());
    assertTrue(section.withheld(base + ".chi2").isEmpty());
  }

  /**
   * Hours by Mini-Z burnout with only two of the five categories occurring:
   *
   * <pre>
   *                     burned out   not   row
   *   decreased            5          5     10
   *   increased-a-lot      9          1     10
   *   column              14          6     20
   * </pre>
   */
  @Test
  void chiSquareIsOverTheCategoriesThatOccur() {
    // 2x2: chi2 = n (ad - bc)^2 / (r1 r2 c1 c2) = 20 (5*1 - 5*9)^2 / (10 * 10 * 14 * 6) = 32000 /
    // 8400 = 3.809524
    // df = (2 - 1)(2 - 1) = 1, not (5 - 1)(2 - 1) = 4; p = erfc(sqrt(chi2 / 2)) = 0.051025
    // V = sqrt(chi2 / 20) = 40 / sqrt(8400) = 0.436436; smallest expected 10 * 6 / 20 = 3 < 5
    List<Map<String, String>> rows =
        concat(
            List.of(
                times(5, row("hours_change", "decreased", "mini-z.burnout", "3")),
                times(5, row("hours_change", "decreased", "mini-z.burnout", "1")),
                times(9, row("hours_change", "increased-a-lot", "mini-z.burnout", "5")),
                times(1, row("hours_change", "increased-a-lot", "mini-z.burnout", "2"))));
    SectionResult section = section(true, false, rows);
    String base = "covid19-impact.hours_change_x_mini-z.burnout";
    double chi2 = 32000.0 / 8400;
    assertEquals(chi2, value(section, base + ".chi2"), 1e-12);
    assertEquals(1.0, value(section, base + ".df"), 0.0);
    assertEquals(Erf.erfc(Math.sqrt(chi2 / 2)), value(section, base + ".p_value"), 1e-12);
    assertEquals(0.0510, value(section, base + ".p_value"), 1e-4);
    assertEquals(40 / Math.sqrt(8400), value(section, base + ".cramers_v"), 1e-12);
    assertTrue(section.notes().stream().anyMatch(n -> n.contains("expected count is below 5")));
    // the empty rows are still listed, with undefined row percentages
    assertTrue(Double.isNaN(value(section, base + ".same.burned_out")));
    assertEquals(0L, statistic(section, base + ".same.burned_out").basis());
    proportion(section, base + ".increased-a-lot.burned_out", 9, 10);
  }

  @Test
  void noWarningWhenEveryExpectedCountIsFiveOrMore() {
    // the table above doubled and shifted: decreased 10 / 10, increased-a-lot 18 / 2; n = 40
    // expected: 20 * 28 / 40 = 14, 20 * 12 / 40 = 6 (smallest, >= 5)
    // chi2 = 40 (10*2 - 10*18)^2 / (20 * 20 * 28 * 12) = 40 * 25600 / 134400 = 7.619048
    List<Map<String, String>> rows =
        concat(
            List.of(
                times(10, row("hours_change", "decreased", "mini-z.burnout", "3")),
                times(10, row("hours_change", "decreased", "mini-z.burnout", "1")),
                times(18, row("hours_change", "increased-a-lot", "mini-z.burnout", "5")),
                times(2, row("hours_change", "increased-a-lot", "mini-z.burnout", "2"))));
    SectionResult section = section(true, false, rows);
    assertEquals(
        40 * 25600.0 / 134400,
        value(section, "covid19-impact.hours_change_x_mini-z.burnout.chi2"),
        1e-12);
    assertTrue(
        section.notes().stream().noneMatch(n -> n.contains("expected count")),
        section.notes()::toString);
  }

  @Test
  void mbiBurnoutFollowsTheSpecRuleAndLeavesUnknownsOut() {
    // MBI burnout (threshold 4): (ee 4, dp 0) yes; (0, 5) yes; (3, 3) no; (2, -) unknown -> left
    // out; (-, 6) yes
    // quality:  worse: yes, yes        same: no, no, yes(-, 6)      better: no, no, unknown
    //   worse 2 / 0, same 1 / 2, better 0 / 2 -> n = 7, column sums 3 / 4
    // expected: worse 2*3/7 = 6/7, 2*4/7 = 8/7; same 3*3/7 = 9/7, 3*4/7 = 12/7; better 6/7, 8/7
    // chi2 = (2-6/7)^2/(6/7) + (0-8/7)^2/(8/7) + (1-9/7)^2/(9/7) + (2-12/7)^2/(12/7) +
    // (0-6/7)^2/(6/7) + (2-8/7)^2/(8/7)
    //      = (64/49)(7/6) + (64/49)(7/8) + (4/49)(7/9) + (4/49)(7/12) + (36/49)(7/6) + (36/49)(7/8)
    //      = 32/21 + 8/7 + 4/63 + 1/21 + 6/7 + 9/14 = 4.277778 (= 77/18)
    List<Map<String, String>> rows =
        List.of(
            row("quality_of_life", "worse", "mbi-2.ee", "4", "mbi-2.dp", "0"),
            row("quality_of_life", "worse", "mbi-2.ee", "0", "mbi-2.dp", "5"),
            row("quality_of_life", "same", "mbi-2.ee", "3", "mbi-2.dp", "3"),
            row("quality_of_life", "same", "mbi-2.ee", "1", "mbi-2.dp", "0"),
            row("quality_of_life", "same", "mbi-2.dp", "6"),
            row("quality_of_life", "better", "mbi-2.ee", "0", "mbi-2.dp", "0"),
            row("quality_of_life", "better", "mbi-2.ee", "2", "mbi-2.dp", "3"),
            row("quality_of_life", "better", "mbi-2.ee", "2"));
    SectionResult section = section(false, true, rows);
    String base = "covid19-impact.quality_of_life_x_mbi-2.burnout";
    assertEquals(77.0 / 18, value(section, base + ".chi2"), 1e-12);
    assertEquals(2.0, value(section, base + ".df"), 0.0);
    assertEquals(Math.exp(-77.0 / 36), value(section, base + ".p_value"), 1e-12);
    assertEquals(Math.sqrt(77.0 / 18 / 7), value(section, base + ".cramers_v"), 1e-12);
    assertEquals(7L, statistic(section, base + ".chi2").basis());
    proportion(section, base + ".same.burned_out", 1, 3);
    proportion(section, base + ".better.not_burned_out", 2, 2);
  }

  private static Set<String> crossKeys(SectionResult section) {
    Set<String> keys = new HashSet<>();
    for (String key : section.statisticsByKey().keySet()) {
      if (key.contains("_x_")) {
        keys.add(key);
      }
    }
    return keys;
  }

  @Test
  void withBothBurnoutInstrumentsAllFourTestsArePublished() {
    SectionResult section = section(true, true, QUALITY_BY_MINI_Z);
    for (String x : List.of("hours_change", "quality_of_life")) {
      for (String b : List.of("mini-z.burnout", "mbi-2.burnout")) {
        for (String stat : TEST_KEYS) {
          assertTrue(
              section.statisticsByKey().containsKey("covid19-impact." + x + "_x_" + b + stat),
              x + b + stat);
        }
      }
    }
  }

  @Test
  void withoutMiniZItsTestsAreAbsent() {
    SectionResult section =
        section(
            false, true, List.of(row("hours_change", "same", "mbi-2.ee", "5", "mbi-2.dp", "1")));
    assertTrue(
        crossKeys(section).stream().noneMatch(k -> k.contains("mini-z")),
        crossKeys(section)::toString);
    for (String stat : TEST_KEYS) {
      assertNull(
          section.statisticsByKey().get("covid19-impact.hours_change_x_mini-z.burnout" + stat));
      assertTrue(
          section
              .statisticsByKey()
              .containsKey("covid19-impact.hours_change_x_mbi-2.burnout" + stat));
      assertTrue(
          section
              .statisticsByKey()
              .containsKey("covid19-impact.quality_of_life_x_mbi-2.burnout" + stat));
    }
  }

  @Test
  void withoutMbi2ItsTestsAreAbsent() {
    SectionResult section = section(true, false, QUALITY_BY_MINI_Z);
    assertTrue(
        crossKeys(section).stream().noneMatch(k -> k.contains("mbi-2")),
        crossKeys(section)::toString);
    assertTrue(
        section.statisticsByKey().containsKey("covid19-impact.hours_change_x_mini-z.burnout.chi2"));
  }

  @Test
  void withNeitherThereIsNoCrossTableButTheRestIsThere() {
    SectionResult section = section(false, false, SMALL);
    assertEquals(Set.of(), crossKeys(section));
    assertTrue(section.notes().stream().anyMatch(n -> n.contains("Mini-Z or MBI-2")));
    assertEquals(0.6, value(section, "covid19-impact.yes_rate.future_practice"), 1e-15);
  }

  @Test
  void everyoneBurnedOutGivesUndefinedTestsNotAFailure() {
    // one column only: no test; every test statistic NaN, with the table's n as basis
    List<Map<String, String>> rows =
        concat(
            List.of(
                times(
                    6,
                    row("hours_change", "same", "quality_of_life", "worse", "mini-z.burnout", "4")),
                times(
                    6,
                    row(
                        "hours_change",
                        "increased",
                        "quality_of_life",
                        "worse",
                        "mini-z.burnout",
                        "5"))));
    SectionResult section = section(true, false, rows);
    for (String x : List.of("hours_change", "quality_of_life")) {
      String base = "covid19-impact." + x + "_x_mini-z.burnout";
      for (String stat : TEST_KEYS) {
        assertTrue(Double.isNaN(value(section, base + stat)), base + stat);
        assertEquals(12L, statistic(section, base + stat).basis());
      }
      proportion(section, base + ".all.burned_out", 12, 12);
    }
    proportion(section, "covid19-impact.share.quality_of_life.worse", 12, 12);
    assertTrue(section.notes().stream().anyMatch(n -> n.contains("no chi-square test")));
    assertTrue(section.notes().stream().noneMatch(n -> n.contains("expected count")));
  }

  @Test
  void oneResponseIsReportedAndSuppressed() {
    SectionResult section =
        section(
            true,
            true,
            List.of(
                row(
                    "future_practice",
                    "yes",
                    "future_changes",
                    "ppe",
                    "worries",
                    "self-sick",
                    "hours_change",
                    "increased-a-lot",
                    "quality_of_life",
                    "worse",
                    "mini-z.burnout",
                    "3",
                    "consequences",
                    "More telemedicine, less commuting.")));
    proportion(section, "covid19-impact.yes_rate.future_practice", 1, 1);
    proportion(section, "covid19-impact.future_changes.ppe", 1, 1);
    proportion(section, "covid19-impact.worries.self-sick", 1, 1);
    proportion(section, "covid19-impact.share.hours_change.increased-a-lot", 1, 1);
    assertTrue(Double.isNaN(value(section, "covid19-impact.yes_rate.obligated_to_work")));
    assertTrue(Double.isNaN(value(section, "covid19-impact.hours_change_x_mini-z.burnout.chi2")));
    assertTrue(Double.isNaN(value(section, "covid19-impact.hours_change_x_mbi-2.burnout.chi2")));
    assertEquals(
        0L, statistic(section, "covid19-impact.hours_change_x_mbi-2.burnout.chi2").basis());
    for (String key :
        List.of(
            "covid19-impact.yes_rate.future_practice",
            "covid19-impact.worries.self-sick",
            "covid19-impact.hours_change_x_mini-z.burnout.chi2")) {
      assertTrue(section.withheld(key).isPresent(), key);
    }
    ReportTextList texts = section.texts().get(0);
    assertEquals(1L, texts.answered());
    assertTrue(
        section.withheld("covid19-impact.consequences").isPresent(), "one text is never published");
  }

  @Test
  void nobodyAnsweringGivesUndefinedStatistics() {
    SectionResult section = section(true, true, List.of(row(), row()));
    for (String key :
        List.of(
            "covid19-impact.yes_rate.future_practice",
            "covid19-impact.yes_rate.obligated_to_work",
            "covid19-impact.worries.finances",
            "covid19-impact.future_changes.telemedicine",
            "covid19-impact.share.hours_change.same",
            "covid19-impact.share.quality_of_life.better",
            "covid19-impact.quality_of_life_x_mbi-2.burnout.p_value")) {
      assertTrue(Double.isNaN(value(section, key)), key);
      assertEquals(0L, statistic(section, key).basis(), key);
    }
  }

  @Test
  void answersTheValidatorWouldRejectAreNotCounted() {
    // fed straight to the engine, bypassing validation: an unknown code is ignored, not an error
    SectionResult section =
        edition(true, false)
            .sectionOfAnswers(
                "covid19-impact",
                List.of(
                    new Answers(
                        Map.of(
                            "covid19-impact.hours_change",
                            new AnswerValue.Choice("much-more"),
                            "covid19-impact.worries",
                            new AnswerValue.Choices(List.of("boredom")),
                            "covid19-impact.future_practice",
                            new AnswerValue.Choice("maybe"),
                            "mini-z.burnout",
                            new AnswerValue.Scale(4))),
                    new Answers(
                        Map.of(
                            "covid19-impact.hours_change",
                            new AnswerValue.Choice("same"),
                            "covid19-impact.worries",
                            new AnswerValue.Choices(List.of("finances", "finances"))))));
    proportion(section, "covid19-impact.share.hours_change.same", 1, 1);
    proportion(section, "covid19-impact.worries.finances", 1, 1);
    assertEquals(0L, statistic(section, "covid19-impact.yes_rate.future_practice").basis());
    assertEquals(
        0L, statistic(section, "covid19-impact.hours_change_x_mini-z.burnout.chi2").basis());
  }

  @Test
  void consequencesAreCollectedAsTextsLeavingBlanksOut() {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      rows.add(row("consequences", "  Consequence " + i + "\nsecond line  "));
    }
    rows.add(row("consequences", "   "));
    rows.add(row("hours_change", "same"));
    SectionResult section = section(false, false, rows);
    assertEquals(1, section.texts().size());
    ReportTextList texts = section.texts().get(0);
    assertEquals("covid19-impact.consequences", texts.item());
    assertEquals(11L, texts.answered());
    assertEquals(11, texts.texts().size());
    assertTrue(texts.texts().contains("Consequence 3\nsecond line"));
    assertTrue(section.withheld("covid19-impact.consequences").isEmpty(), "11 texts are published");
  }

  @Test
  void chartsOfWorriesAndFutureChangesAndTablesReferOnlyToOwnStatistics() {
    SectionResult section = section(true, true, SMALL);
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
    assertTrue(
        keys.containsAll(referenced),
        "unknown keys: " + referenced.stream().filter(k -> !keys.contains(k)).toList());
    assertTrue(keys.stream().allMatch(k -> k.startsWith("covid19-impact.")), keys::toString);
    List<ReportChart> charts = section.charts();
    assertTrue(
        charts.stream()
            .anyMatch(
                c ->
                    c.type() == ReportChart.Type.BAR
                        && c.series()
                            .get(0)
                            .statisticKeys()
                            .equals(
                                List.of(
                                    "covid19-impact.worries.loved-ones-sick",
                                    "covid19-impact.worries.self-sick",
                                    "covid19-impact.worries.finances",
                                    "covid19-impact.worries.job-security",
                                    "covid19-impact.worries.childcare",
                                    "covid19-impact.worries.ppe-shortage",
                                    "covid19-impact.worries.other"))));
    assertTrue(
        charts.stream()
            .anyMatch(
                c ->
                    c.type() == ReportChart.Type.BAR
                        && c.series()
                            .get(0)
                            .statisticKeys()
                            .equals(
                                List.of(
                                    "covid19-impact.future_changes.telemedicine",
                                    "covid19-impact.future_changes.ppe",
                                    "covid19-impact.future_changes.fewer-in-person",
                                    "covid19-impact.future_changes.remote-work",
                                    "covid19-impact.future_changes.other"))));
    // one item-by-burnout table per pair (4), with the five hours rows + "All" in ordinal order
    ReportTable hoursByMiniZ =
        section.tables().stream()
            .filter(t -> t.title().startsWith("Change in working hours by Mini-Z burnout"))
            .findFirst()
            .orElseThrow();
    assertEquals(6, hoursByMiniZ.rows().size());
    assertEquals(
        new ReportTable.StatisticRef(
            "covid19-impact.hours_change_x_mini-z.burnout.decreased-a-lot.burned_out",
            ReportTable.Format.COUNT_AND_PERCENT),
        hoursByMiniZ.rows().get(0).get(1));
    assertFalse(section.notes().isEmpty());
  }
}
