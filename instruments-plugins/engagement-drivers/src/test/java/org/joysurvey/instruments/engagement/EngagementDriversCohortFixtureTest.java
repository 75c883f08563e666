package org.joysurvey.instruments.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.joysurvey.spi.Statistic;
import org.joysurvey.testkit.CohortFixture;
import org.joysurvey.testkit.DemographicsStandIn;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engagement-drivers statistics of the shared cohort-200 fixture against the values SciPy
 * computed (expected.json), with the demographics instrument represented by {@link
 * DemographicsStandIn}; the subgroup figures against a tally of the CSV cells. Rows are read
 * through the platform's own validator (the specialty column is left out: it is no subgroup
 * dimension).
 */
class EngagementDriversCohortFixtureTest {

  /** The spec's categories, written out again so that the test does not read them from the code. */
  private static final Map<String, String> CATEGORY =
      Map.ofEntries(
          Map.entry("culture_values", "culture"),
          Map.entry("culture_leadership", "culture"),
          Map.entry("workload_manageable", "workload"),
          Map.entry("compensation_fair", "workload"),
          Map.entry("efficiency_resources", "efficiency"),
          Map.entry("efficiency_ehr", "efficiency"),
          Map.entry("meaning_work", "meaning"),
          Map.entry("meaning_time", "meaning"),
          Map.entry("control_flexibility", "control"),
          Map.entry("social_support", "social"),
          Map.entry("worklife_integration", "worklife"));

  private static List<Map<String, String>> rows;
  private static Map<String, Double> expected;
  private static SectionResult section;

  @BeforeAll
  static void runTheCohort() throws IOException {
    rows =
        CohortFixture.rows(
            "engagement-drivers.",
            "demographics.age_band",
            "demographics.gender",
            "demographics.practice_mode");
    expected = CohortFixture.expected();
    section =
        InstrumentTestKit.of(new DemographicsStandIn(), new EngagementDrivers())
            .section("engagement-drivers", rows);
  }

  @Test
  void everyResponseIsRead() {
    assertEquals(expected.get("_responses"), (double) rows.size(), 0.0);
    assertEquals(
        11, rows.get(0).keySet().stream().filter(k -> k.startsWith("engagement-drivers.")).count());
  }

  @Test
  void everyEngagementDriversStatisticOfExpectedJsonMatches() {
    Map<String, Statistic> statistics = section.statisticsByKey();
    List<String> keys =
        expected.keySet().stream()
            .filter(k -> k.startsWith("engagement-drivers."))
            .sorted()
            .toList();
    assertEquals(18, keys.size(), "11 items and 7 categories: " + keys);
    for (String key : keys) {
      Statistic statistic = statistics.get(key);
      assertNotNull(statistic, key + " is missing from the report");
      assertEquals(expected.get(key), statistic.value(), 1e-9, key);
    }
  }

  /** {positive answers, answers} by key, tallied straight from the CSV cells. */
  private static Map<String, long[]> tally() {
    Map<String, long[]> tally = new TreeMap<>();
    for (Map<String, String> row : rows) {
      for (Map.Entry<String, String> entry : CATEGORY.entrySet()) {
        String cell = row.get("engagement-drivers." + entry.getKey()).strip();
        if (cell.isEmpty()) {
          continue;
        }
        boolean positive = Integer.parseInt(cell) >= 4;
        add(tally, "engagement-drivers.positive." + entry.getValue(), positive);
        for (String dimension : List.of("age_band", "gender", "practice_mode")) {
          String group = row.get("demographics." + dimension).strip();
          if (!group.isEmpty()) {
            add(
                tally,
                "engagement-drivers.by."
                    + dimension
                    + "."
                    + group
                    + ".positive."
                    + entry.getValue(),
                positive);
          }
        }
      }
    }
    return tally;
  }

  private static void add(Map<String, long[]> tally, String key, boolean positive) {
    long[] c = tally.computeIfAbsent(key, k -> new long[2]);
    c[0] += positive ? 1 : 0;
    c[1]++;
  }

  @Test
  void categoryBasesCountAnswers() {
    Map<String, long[]> tally = tally();
    for (String category :
        List.of("culture", "workload", "efficiency", "meaning", "control", "social", "worklife")) {
      String key = "engagement-drivers.positive." + category;
      assertEquals(
          expected.get(key),
          (double) tally.get(key)[0] / tally.get(key)[1],
          1e-12,
          "the tally itself: " + key);
      assertEquals(tally.get(key)[1], section.statisticsByKey().get(key).basis(), key);
      assertEquals(tally.get(key)[0], section.statisticsByKey().get(key).numerator(), key);
    }
  }

  @Test
  void subgroupFiguresMatchATallyOfTheCells() {
    Map<String, long[]> tally = tally();
    Map<String, Statistic> statistics = section.statisticsByKey();
    int checked = 0;
    for (Map.Entry<String, long[]> entry : tally.entrySet()) {
      if (!entry.getKey().startsWith("engagement-drivers.by.")) {
        continue;
      }
      Statistic statistic = statistics.get(entry.getKey());
      assertNotNull(statistic, entry.getKey());
      assertEquals(
          (double) entry.getValue()[0] / entry.getValue()[1],
          statistic.value(),
          1e-12,
          entry.getKey());
      assertEquals(entry.getValue()[1], statistic.basis(), entry.getKey());
      checked++;
    }
    // every subgroup figure of the section is in the tally (or has no answers)
    for (Statistic statistic : section.section().statistics()) {
      if (statistic.key().startsWith("engagement-drivers.by.")
          && statistic.key().contains(".positive.")) {
        assertTrue(tally.containsKey(statistic.key()) || statistic.basis() == 0, statistic.key());
      }
    }
    // 5 age bands + 4 genders + 5 practice modes occur in the cohort, 7 categories each
    assertEquals((5 + 4 + 5) * 7, checked);
  }
}
