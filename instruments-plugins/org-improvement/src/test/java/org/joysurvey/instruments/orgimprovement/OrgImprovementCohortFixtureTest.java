package org.joysurvey.instruments.orgimprovement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joysurvey.spi.ReportTextList;
import org.joysurvey.spi.Statistic;
import org.joysurvey.testkit.CohortFixture;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The org-improvement statistics of the shared cohort-200 fixture against the values SciPy computed
 * (expected.json).
 */
class OrgImprovementCohortFixtureTest {

  private static List<Map<String, String>> rows;
  private static Map<String, Double> expected;
  private static SectionResult section;

  @BeforeAll
  static void runTheCohort() throws IOException {
    rows = CohortFixture.rows("org-improvement.");
    expected = CohortFixture.expected();
    // every row passes the platform's validation
    section = InstrumentTestKit.of(new OrgImprovement()).section("org-improvement", rows);
  }

  @Test
  void everyResponseIsRead() {
    assertEquals(expected.get("_responses"), (double) rows.size(), 0.0);
  }

  @Test
  void everyOrgImprovementStatisticOfExpectedJsonMatches() {
    Map<String, Statistic> statistics = section.statisticsByKey();
    List<String> keys =
        expected.keySet().stream().filter(k -> k.startsWith("org-improvement.")).sorted().toList();
    // 7 EHR options + 6 work-life options
    assertEquals(13, keys.size(), keys::toString);
    for (String key : keys) {
      Statistic statistic = statistics.get(key);
      assertNotNull(statistic, key + " is missing from the report");
      assertEquals(expected.get(key), statistic.value(), 1e-9, key);
    }
  }

  @Test
  void meanRanksMatchATallyOfTheCsvCells() {
    // the mean ranks are not in expected.json: tally them from the cells (position in the ';' list,
    // from 1)
    for (String item : List.of("worklife_top3", "ehr_top5")) {
      Map<String, long[]> tally = new HashMap<>(); // option -> {respondents, sum of ranks}
      long answered = 0;
      for (Map<String, String> row : rows) {
        String cell = row.get("org-improvement." + item).strip();
        if (cell.isEmpty()) {
          continue;
        }
        answered++;
        String[] ranked = cell.split(";");
        for (int i = 0; i < ranked.length; i++) {
          long[] t = tally.computeIfAbsent(ranked[i].strip(), o -> new long[2]);
          t[0]++;
          t[1] += i + 1;
        }
      }
      for (Map.Entry<String, long[]> e : tally.entrySet()) {
        String key = "org-improvement." + item + "_mean_rank." + e.getKey();
        Statistic mean = section.statisticsByKey().get(key);
        assertNotNull(mean, key);
        assertEquals((double) e.getValue()[1] / e.getValue()[0], mean.value(), 1e-12, key);
        assertEquals(e.getValue()[0], mean.basis(), key);
        // and the share key agrees with the tally and with expected.json
        String share = "org-improvement." + item + "." + e.getKey();
        assertEquals(
            (double) e.getValue()[0] / answered, expected.get(share), 1e-12, "tally of " + share);
        assertEquals(answered, section.statisticsByKey().get(share).basis(), share);
      }
    }
  }

  @Test
  void otherTextsAreCountedAsWritten() {
    long worklife =
        rows.stream().filter(r -> !r.get("org-improvement.worklife_other").isBlank()).count();
    long ehr = rows.stream().filter(r -> !r.get("org-improvement.ehr_other").isBlank()).count();
    List<ReportTextList> texts = section.texts();
    assertEquals(worklife, texts.get(0).answered());
    assertEquals(ehr, texts.get(1).answered());
  }
}
