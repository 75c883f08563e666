package org.joysurvey.instruments.miniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Statistic;
import org.joysurvey.testkit.CohortFixture;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Mini-Z statistics of the shared cohort-200 fixture against the values SciPy computed
 * (expected.json).
 */
class MiniZCohortFixtureTest {

  private static final InstrumentTestKit KIT = InstrumentTestKit.of(new MiniZ());

  private static List<Map<String, String>> rows;
  private static Map<String, Double> expected;
  private static SectionResult section;

  @BeforeAll
  static void runTheCohort() throws IOException {
    rows = CohortFixture.rows("mini-z.");
    expected = CohortFixture.expected();
    List<Answers> answers = new ArrayList<>();
    for (Map<String, String> row : rows) {
      Map<String, AnswerValue> values = new HashMap<>();
      row.forEach(
          (code, cell) -> {
            if (!cell.isBlank()) {
              values.put(code, new AnswerValue.Scale(Integer.parseInt(cell.strip())));
            }
          });
      answers.add(new Answers(values));
    }
    section = KIT.sectionOfAnswers("mini-z", answers);
  }

  @Test
  void everyResponseIsCounted() {
    assertEquals(expected.get("_responses"), (double) rows.size(), 0.0);
    assertEquals(rows.size(), section.responses());
  }

  @Test
  void scoringAgreesWithTheSpecsRuleForEveryRespondent() {
    for (Map<String, String> row : rows) {
      String cell = row.get("mini-z.burnout").strip();
      DerivedVariables derived = KIT.score(row);
      if (cell.isEmpty()) {
        assertTrue(derived.flag("mini-z.burnout").isEmpty(), row::toString);
      } else {
        assertEquals(
            Integer.parseInt(cell) >= 3,
            derived.flag("mini-z.burnout").orElseThrow(),
            row::toString);
      }
    }
  }

  @Test
  void everyMiniZStatisticOfExpectedJsonMatches() {
    Map<String, Statistic> statistics = section.statisticsByKey();
    List<String> keys =
        expected.keySet().stream().filter(k -> k.startsWith("mini-z.")).sorted().toList();
    // the spec's keys: burnout_rate and level_share.1..5
    assertEquals(
        List.of(
            "mini-z.burnout_rate",
            "mini-z.level_share.1",
            "mini-z.level_share.2",
            "mini-z.level_share.3",
            "mini-z.level_share.4",
            "mini-z.level_share.5"),
        keys);
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
    assertEquals(
        expected.get("mini-z.burnout_rate"),
        (double) burnedOut / answered,
        1e-12,
        "the tally itself");
    double[] ci = MiniZReportTest.wilson(burnedOut, answered);
    assertEquals(ci[0], section.statisticsByKey().get("mini-z.burnout_rate_ci_low").value(), 1e-9);
    assertEquals(ci[1], section.statisticsByKey().get("mini-z.burnout_rate_ci_high").value(), 1e-9);
    assertEquals(answered, section.statisticsByKey().get("mini-z.burnout_rate").basis());
  }
}
