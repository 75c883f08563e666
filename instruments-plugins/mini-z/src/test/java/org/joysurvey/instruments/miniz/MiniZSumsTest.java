package org.joysurvey.instruments.miniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.joysurvey.spi.Sum;
import org.joysurvey.testkit.CohortFixture;
import org.joysurvey.testkit.DemographicsStandIn;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.Test;

/**
 * The sums the section declares (SPI 1.4), checked against its own statistics on the cohort-200
 * fixture and on a small hand-built cohort: every sum names statistics of the section, its parts
 * never count more than its total, and the partitions (the five levels, burnout = levels 3-5, a
 * dimension's groups among those who gave it) leave nothing over.
 */
class MiniZSumsTest {

  private static final List<String> LEVELS =
      List.of(
          "mini-z.level_share.1",
          "mini-z.level_share.2",
          "mini-z.level_share.3",
          "mini-z.level_share.4",
          "mini-z.level_share.5");

  private static void everyDeclaredSumAddsUp(SectionResult section) {
    assertFalse(section.sums().isEmpty());
    for (Sum sum : section.sums()) {
      assertTrue(section.remainder(sum) >= 0, () -> sum + " counts more in its parts");
    }
  }

  private static void declared(SectionResult section, Sum sum, long remainder) {
    assertTrue(section.sums().contains(sum), () -> "not declared: " + sum);
    assertEquals(remainder, section.remainder(sum), sum::toString);
  }

  @Test
  void everyDeclaredSumAddsUpOnTheCohort() throws IOException {
    SectionResult section =
        InstrumentTestKit.of(new DemographicsStandIn(), new MiniZ())
            .section(
                "mini-z",
                CohortFixture.rows(
                    "mini-z.",
                    "demographics.age_band",
                    "demographics.gender",
                    "demographics.practice_mode"));
    everyDeclaredSumAddsUp(section);
    declared(section, Sum.shares(LEVELS), 0);
    declared(section, Sum.of("mini-z.burnout_rate", LEVELS.subList(2, 5)), 0);
    // every subgroup sum of the cohort's three dimensions is declared
    long groupSums =
        section.sums().stream().filter(s -> s.parts().get(0).startsWith("mini-z.by.")).count();
    assertEquals(3 * 6, groupSums);
  }

  @Test
  void groupsAddUpToTheOverallRateWithThoseWithoutAGroupLeftOver() {
    // levels 1, 3, 4 with an age band (two groups), level 5 without one
    List<Map<String, String>> rows =
        List.of(
            InstrumentTestKit.row("mini-z.burnout", "1", "demographics.age_band", "36-45"),
            InstrumentTestKit.row("mini-z.burnout", "3", "demographics.age_band", "36-45"),
            InstrumentTestKit.row("mini-z.burnout", "4", "demographics.age_band", "46-55"),
            InstrumentTestKit.row("mini-z.burnout", "5"));
    SectionResult section =
        InstrumentTestKit.of(new DemographicsStandIn(), new MiniZ()).section("mini-z", rows);
    everyDeclaredSumAddsUp(section);
    String a = "mini-z.by.age_band.36-45.";
    String b = "mini-z.by.age_band.46-55.";
    List<Sum> rates =
        Sum.groups("mini-z.burnout_rate", List.of(a + "burnout_rate", b + "burnout_rate"));
    // burned out: 3 in all, 2 in the groups; answered: 4 in all, 3 in the groups
    declared(section, rates.get(0), 1);
    declared(section, rates.get(1), 1);
    List<String> respondents = List.of(a + "share_of_respondents", b + "share_of_respondents");
    List<String> burnedOut = List.of(a + "share_of_burnout", b + "share_of_burnout");
    declared(section, Sum.shares(respondents), 0);
    declared(section, Sum.within("mini-z.burnout_rate", respondents), 1);
    declared(section, Sum.shares(burnedOut), 0);
    declared(section, Sum.of("mini-z.burnout_rate", burnedOut), 1);
    declared(section, Sum.shares(LEVELS), 0);
  }
}
