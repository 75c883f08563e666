package org.joysurvey.instruments.demographics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.joysurvey.spi.Sum;
import org.joysurvey.testkit.CohortFixture;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.Test;

/**
 * The sums the section declares (SPI 1.4), checked against its own statistics on the cohort-200
 * fixture and on a small hand-built cohort: every sum names statistics of the section, its parts
 * never count more than its total, and the partitions (an item's options, those tested against the
 * invited population) leave nothing over.
 */
class DemographicsSumsTest {

  private static final List<String> GENDERS =
      List.of(
          "demographics.share.gender.male",
          "demographics.share.gender.female",
          "demographics.share.gender.nonbinary",
          "demographics.share.gender.self-describe",
          "demographics.share.gender.prefer-not");

  private static final List<String> AGE_BANDS =
      List.of("under-25", "25-35", "36-45", "46-55", "56-65", "65+");

  private static void everyDeclaredSumAddsUp(SectionResult section) {
    assertFalse(section.sums().isEmpty());
    for (Sum sum : section.sums()) {
      assertTrue(section.remainder(sum) >= 0, () -> sum + " counts more in its parts");
    }
  }

  private static void declaredAndExact(SectionResult section, Sum sum) {
    assertTrue(section.sums().contains(sum), () -> "not declared: " + sum);
    assertEquals(0, section.remainder(sum), sum::toString);
  }

  @Test
  void everyDeclaredSumAddsUpOnTheCohort() throws IOException {
    SectionResult section =
        InstrumentTestKit.of(new Demographics())
            .withSetting(
                "demographics.population.age_band",
                "25-35:0.12,36-45:0.32,46-55:0.31,56-65:0.18,65+:0.07")
            .section("demographics", CohortFixture.rows("demographics."));
    everyDeclaredSumAddsUp(section);
    declaredAndExact(section, Sum.shares(GENDERS));
    declaredAndExact(section, Sum.of("demographics.answered.gender", GENDERS));
    List<String> tested =
        AGE_BANDS.subList(1, 6).stream().map(a -> "demographics.fit.age_band.sample." + a).toList();
    declaredAndExact(section, Sum.shares(tested));
    declaredAndExact(section, Sum.of("demographics.fit.age_band.n", tested));
    // those who answered: those tested and those in the band the population does not list
    declaredAndExact(
        section,
        Sum.of(
            "demographics.answered.age_band",
            List.of("demographics.fit.age_band.n", "demographics.share.age_band.under-25")));
    // one shares sum and one count sum per item, three more for the test
    assertEquals(4 * 2 + 3, section.sums().size());
  }

  @Test
  void anAnswerOutsideThePopulationIsInTheAnsweredCountNotInTheTest() {
    List<Map<String, String>> rows =
        List.of(
            InstrumentTestKit.row("demographics.age_band", "under-25"),
            InstrumentTestKit.row("demographics.age_band", "36-45"),
            InstrumentTestKit.row("demographics.age_band", "36-45"),
            InstrumentTestKit.row("demographics.gender", "female"));
    SectionResult section =
        InstrumentTestKit.of(new Demographics())
            .withSetting("demographics.population.age_band", "36-45:0.5,46-55:0.5")
            .section("demographics", rows);
    everyDeclaredSumAddsUp(section);
    Sum tested =
        Sum.of(
            "demographics.fit.age_band.n",
            List.of(
                "demographics.fit.age_band.sample.36-45",
                "demographics.fit.age_band.sample.46-55"));
    declaredAndExact(section, tested);
    declaredAndExact(
        section,
        Sum.of(
            "demographics.answered.age_band",
            List.of(
                "demographics.fit.age_band.n",
                "demographics.share.age_band.under-25",
                "demographics.share.age_band.25-35",
                "demographics.share.age_band.56-65",
                "demographics.share.age_band.65+")));
    declaredAndExact(section, Sum.shares(GENDERS));
    assertEquals(1, section.statistic("demographics.answered.gender").numerator());
  }
}
