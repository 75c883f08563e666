package org.joysurvey.instruments.miniz;

import org.joysurvey.testkit.CohortFixture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joysurvey.report.Report;
import org.joysurvey.report.ReportEngine;
import org.joysurvey.report.SectionReport;
import org.joysurvey.report.SmallCellRule;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.Statistic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Mini-Z statistics of the shared cohort-200 fixture against the values SciPy computed (expected.json). */
class MiniZCohortFixtureTest {

  private static List<Map<String, String>> rows;
  private static Map<String, Double> expected;
  private static Report report;
  private static SectionReport section;

  @BeforeAll
  static void runTheCohort() throws IOException {
    rows = CohortFixture.rows("mini-z.");
    expected = CohortFixture.expected();
    ReportEngine engine = new ReportEngine(List.of(new MiniZ()), Map.of(), new SmallCellRule(5));
    MiniZ miniZ = new MiniZ();
    for (Map<String, String> row : rows) {
      Map<String, AnswerValue> values = new HashMap<>();
      row.forEach((code, cell) -> {
        if (!cell.isBlank()) {
          values.put(code, new AnswerValue.Scale(Integer.parseInt(cell.strip())));
        }
      });
      Answers answers = new Answers(values);
      // scoring on its own agrees with the spec's rule for every respondent
      if (answers.isAnswered("mini-z.burnout")) {
        int level = answers.scale("mini-z.burnout").getAsInt();
        assertEquals(level >= 3, miniZ.score(answers, org.joysurvey.spi.Settings.NONE).flag("mini-z.burnout").orElseThrow());
      }
      engine.accept(answers);
    }
    report = engine.finish();
    section = report.sections().get(0);
  }

  @Test
  void everyResponseIsCounted() {
    assertEquals(expected.get("_responses"), (double) rows.size(), 0.0);
    assertEquals(rows.size(), report.responses());
    assertFalse(section.isFailed(), section.error());
  }

  @Test
  void everyMiniZStatisticOfExpectedJsonMatches() {
    Map<String, Statistic> statistics = section.statisticsByKey();
    List<String> keys = expected.keySet().stream().filter(k -> k.startsWith("mini-z.")).sorted().toList();
    // the spec's keys: burnout_rate and level_share.1..5
    assertEquals(List.of("mini-z.burnout_rate", "mini-z.level_share.1", "mini-z.level_share.2", "mini-z.level_share.3",
        "mini-z.level_share.4", "mini-z.level_share.5"), keys);
    for (String key : keys) {
      Statistic statistic = statistics.get(key);
      assertNotNull(statistic, key + " is missing from the report");
      assertEquals(expected.get(key), statistic.value(), 1e-9, key);
    }
  }

  @Test
  void burnoutIntervalIsWilsonOfTheTalliedCounts() {
    // tallied straight from the CSV cells
    long answered = 0;
    long burnedOut = 0;
    for (Map<String, String> row : rows) {
      String cell = row.get("mini-z.burnout").strip();
      if (!cell.isEmpty()) {
        answered++;
        if (Integer.parseInt(cell) >= 3) {
          burnedOut++;
        }
      }
    }
    assertEquals(expected.get("mini-z.burnout_rate"), (double) burnedOut / answered, 1e-12, "the tally itself");
    double[] ci = MiniZReportTest.wilson(burnedOut, answered);
    assertEquals(ci[0], section.statisticsByKey().get("mini-z.burnout_rate_ci_low").value(), 1e-9);
    assertEquals(ci[1], section.statisticsByKey().get("mini-z.burnout_rate_ci_high").value(), 1e-9);
    assertEquals(answered, section.statisticsByKey().get("mini-z.burnout_rate").basis());
  }
}
