package org.joysurvey.instruments.telemedicine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.joysurvey.spi.Statistic;
import org.joysurvey.testkit.CohortFixture;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The telemedicine statistics of the shared cohort-200 fixture against the values SciPy computed
 * (expected.json).
 */
class TelemedicineCohortFixtureTest {

  private static List<Map<String, String>> rows;
  private static Map<String, Double> expected;
  private static SectionResult section;

  @BeforeAll
  static void runTheCohort() throws IOException {
    rows = CohortFixture.rows("telemedicine.");
    expected = CohortFixture.expected();
    section =
        InstrumentTestKit.of(new Telemedicine())
            .section("telemedicine", rows); // no row answers a hidden item
  }

  @Test
  void everyResponseIsRead() {
    assertEquals(expected.get("_responses"), (double) rows.size(), 0.0);
  }

  @Test
  void everyTelemedicineStatisticOfExpectedJsonMatches() {
    Map<String, Statistic> statistics = section.statisticsByKey();
    List<String> keys =
        expected.keySet().stream().filter(k -> k.startsWith("telemedicine.")).sorted().toList();
    assertEquals(
        List.of(
            "telemedicine.agree.attracts_patients",
            "telemedicine.agree.improves_access",
            "telemedicine.agree.improves_care",
            "telemedicine.agree.improves_efficiency",
            "telemedicine.agree.improves_worklife",
            "telemedicine.agree.user_friendly",
            "telemedicine.ehr_integrated_rate",
            "telemedicine.uses_rate"),
        keys);
    for (String key : keys) {
      Statistic statistic = statistics.get(key);
      assertNotNull(statistic, key + " is missing from the report");
      assertEquals(expected.get(key), statistic.value(), 1e-9, key);
    }
  }

  @Test
  void followUpDenominatorsAreUsersWhoAnswered() {
    // tallied from the cells: users, and users who answered the EHR question
    long users =
        rows.stream().filter(r -> r.get("telemedicine.uses").strip().equals("yes")).count();
    long ehrAnswered =
        rows.stream().filter(r -> !r.get("telemedicine.ehr_integrated").isBlank()).count();
    long accessAnswered =
        rows.stream().filter(r -> !r.get("telemedicine.improves_access").isBlank()).count();
    assertEquals(
        ehrAnswered, section.statisticsByKey().get("telemedicine.ehr_integrated_rate").basis());
    assertEquals(
        accessAnswered,
        section.statisticsByKey().get("telemedicine.agree.improves_access").basis());
    assertEquals(users, section.statisticsByKey().get("telemedicine.uses_rate").numerator());
    assertEquals(
        true,
        accessAnswered < users,
        "some users skipped the statement: " + accessAnswered + " of " + users);
  }
}
