package org.joysurvey.instruments.demographics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.Option;
import org.joysurvey.spi.Statistic;
import org.joysurvey.testkit.CohortFixture;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demographics statistics of the shared cohort-200 fixture against the values SciPy computed
 * (expected.json), each row read through the platform's own validator; and goodness-of-fit tests of
 * the cohort against invited populations, checked against scipy.stats.chisquare.
 */
class DemographicsCohortFixtureTest {

  private static List<Map<String, String>> rows;
  private static Map<String, Double> expected;
  private static SectionResult section;

  @BeforeAll
  static void runTheCohort() throws IOException {
    rows = CohortFixture.rows("demographics.");
    expected = CohortFixture.expected();
    section =
        InstrumentTestKit.of(new Demographics())
            .withSettings(
                Map.of(
                    "demographics.population.age_band",
                    "25-35:0.12,36-45:0.32,46-55:0.31,56-65:0.18,65+:0.07",
                    "demographics.population.gender",
                    "male:0.54,female:0.46",
                    "demographics.population.practice_mode",
                    "small-independent:5,medium-group:10,large-group:83,government:1,fqhc:1",
                    "demographics.population.specialty",
                    ""))
            .section("demographics", rows);
  }

  @Test
  void everyResponseIsRead() {
    assertEquals(expected.get("_responses"), (double) rows.size(), 0.0);
  }

  @Test
  void everyDemographicsStatisticOfExpectedJsonMatches() {
    Map<String, Statistic> statistics = section.statisticsByKey();
    List<String> keys =
        expected.keySet().stream().filter(k -> k.startsWith("demographics.")).sorted().toList();
    assertEquals(22, keys.size(), keys.toString());
    for (String key : keys) {
      Statistic statistic = statistics.get(key);
      assertNotNull(statistic, key + " is missing from the report");
      assertEquals(expected.get(key), statistic.value(), 1e-9, key);
      assertEquals(Statistic.Kind.PROPORTION, statistic.kind(), key);
    }
  }

  @Test
  void optionsExpectedJsonLeavesOutAreTalliedFromTheCells() {
    // expected.json lists the options that occur; every other option's share must match a tally of
    // the CSV
    Map<String, Statistic> statistics = section.statisticsByKey();
    for (Item item : new Demographics().items()) {
      String column = "demographics." + item.code();
      long answered = rows.stream().filter(r -> !r.get(column).isBlank()).count();
      for (Option option : item.options()) {
        long count = rows.stream().filter(r -> r.get(column).strip().equals(option.code())).count();
        String key = "demographics.share." + item.code() + "." + option.code();
        assertEquals((double) count / answered, statistics.get(key).value(), 1e-12, key);
        assertEquals(answered, statistics.get(key).basis(), key);
        if (!expected.containsKey(key)) {
          assertEquals(0L, count, key);
        }
      }
    }
  }

  @Test
  void ageAgainstTheSacramentoDistributionMatchesSciPy() {
    // scipy.stats.chisquare([28, 69, 65, 27, 11], 200 * [0.12, 0.32, 0.31, 0.18, 0.07])
    //   = (4.09531009984639, 0.3932606752870093); df 4, all 200 tested
    Map<String, Statistic> s = section.statisticsByKey();
    assertEquals(4.09531009984639, s.get("demographics.fit.age_band.chi2").value(), 1e-9);
    assertEquals(4.0, s.get("demographics.fit.age_band.df").value(), 0.0);
    assertEquals(0.3932606752870093, s.get("demographics.fit.age_band.p_value").value(), 1e-9);
    assertEquals(200L, s.get("demographics.fit.age_band.p_value").basis());
  }

  @Test
  void genderAgainstFiftyFourPercentMenLeavesOutTheOptionsTheListLacks() {
    // 90 male, 105 female (4 nonbinary and 1 prefer-not left out): n = 195
    // scipy.stats.chisquare([90, 105], [195 * 0.54, 195 * 0.46]) = (4.832775919732444,
    // 0.027923636219512205)
    Map<String, Statistic> s = section.statisticsByKey();
    assertEquals(4.832775919732444, s.get("demographics.fit.gender.chi2").value(), 1e-9);
    assertEquals(1.0, s.get("demographics.fit.gender.df").value(), 0.0);
    assertEquals(0.027923636219512205, s.get("demographics.fit.gender.p_value").value(), 1e-9);
    assertEquals(195L, s.get("demographics.fit.gender.chi2").basis());
    assertTrue(section.notes().stream().anyMatch(n -> n.contains("on gender? No:")));
  }

  @Test
  void practiceModeAgainstCountsMatchesSciPy() {
    // counts 5:10:83:1:1 of 100, academic and other not listed (nobody answered them):
    // scipy.stats.chisquare([15, 9, 170, 4, 2], 200 * [0.05, 0.10, 0.83, 0.01, 0.01]) =
    // (10.646385542168675, 0.03083920511221891)
    Map<String, Statistic> s = section.statisticsByKey();
    assertEquals(10.646385542168675, s.get("demographics.fit.practice_mode.chi2").value(), 1e-9);
    assertEquals(4.0, s.get("demographics.fit.practice_mode.df").value(), 0.0);
    assertEquals(
        0.03083920511221891, s.get("demographics.fit.practice_mode.p_value").value(), 1e-9);
    // expected 2 for government and fqhc: the warning
    assertTrue(
        section.notes().stream()
            .anyMatch(n -> n.startsWith("Practice mode: an expected count is below 5")));
  }

  @Test
  void anEmptyPopulationMeansNoTest() {
    assertTrue(
        section.statisticsByKey().keySet().stream()
            .noneMatch(k -> k.startsWith("demographics.fit.specialty.")));
  }
}
