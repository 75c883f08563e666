package org.joysurvey.instruments.wellness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.joysurvey.spi.Sum;
import org.joysurvey.testkit.CohortFixture;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.MiniZStandIn;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.Test;

/**
 * The sums the section declares (SPI 1.4), checked against its own statistics on the cohort-200
 * fixture and on a small hand-built cohort: every sum names statistics of the section, its parts
 * never count more than its total, and the Venn regions make up each service's users exactly.
 */
class WellnessServicesSumsTest {

  private static final String P = "wellness-services.";
  private static final String SELF = P + "venn.self-pay";
  private static final String EMPLOYER = P + "venn.employer";
  private static final String SOCIETY = P + "venn.society";
  private static final String SELF_EMPLOYER = P + "venn.employer+self-pay";
  private static final String SELF_SOCIETY = P + "venn.self-pay+society";
  private static final String EMPLOYER_SOCIETY = P + "venn.employer+society";
  private static final String ALL_THREE = P + "venn.employer+self-pay+society";
  private static final List<String> REGIONS =
      List.of(SELF, EMPLOYER, SOCIETY, SELF_EMPLOYER, SELF_SOCIETY, EMPLOYER_SOCIETY, ALL_THREE);

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

  private static void regionsMakeUpTheRates(SectionResult section) {
    declared(
        section,
        Sum.of(P + "rate.self-pay", List.of(SELF, SELF_EMPLOYER, SELF_SOCIETY, ALL_THREE)),
        0);
    declared(
        section,
        Sum.of(P + "rate.employer", List.of(EMPLOYER, SELF_EMPLOYER, EMPLOYER_SOCIETY, ALL_THREE)),
        0);
    declared(
        section,
        Sum.of(P + "rate.society", List.of(SOCIETY, SELF_SOCIETY, EMPLOYER_SOCIETY, ALL_THREE)),
        0);
    declared(section, Sum.of(P + "any_rate", REGIONS), 0);
    declared(section, Sum.shares(List.of(P + "any_rate", P + "rate.none")), 0);
  }

  @Test
  void everyDeclaredSumAddsUpOnTheCohort() throws IOException {
    SectionResult section =
        InstrumentTestKit.of(new MiniZStandIn(), new WellnessServices())
            .section("wellness-services", CohortFixture.rows("wellness-services.", "mini-z."));
    everyDeclaredSumAddsUp(section);
    regionsMakeUpTheRates(section);
    // those who chose none are outside the circles
    declared(
        section,
        Sum.within(P + "any_rate", REGIONS),
        section.statistic(P + "rate.none").numerator());
    for (String code : List.of("self-pay", "employer", "society", "none")) {
      assertTrue(
          section
              .sums()
              .containsAll(
                  Sum.groups(
                      P + "rate." + code,
                      List.of(P + "among_burnout." + code, P + "among_not_burnout." + code))));
    }
  }

  @Test
  void respondentsWithoutMiniZAreInTheOverallRatesOnly() {
    List<Map<String, String>> rows =
        List.of(
            InstrumentTestKit.row(P + "used", "self-pay;employer", "mini-z.burnout", "4"),
            InstrumentTestKit.row(P + "used", "society", "mini-z.burnout", "1"),
            InstrumentTestKit.row(P + "used", "none", "mini-z.burnout", "2"),
            InstrumentTestKit.row(P + "used", "employer"));
    SectionResult section =
        InstrumentTestKit.of(new MiniZStandIn(), new WellnessServices())
            .section("wellness-services", rows);
    everyDeclaredSumAddsUp(section);
    regionsMakeUpTheRates(section);
    declared(section, Sum.within(P + "any_rate", REGIONS), 1);
    List<Sum> employer =
        Sum.groups(
            P + "rate.employer",
            List.of(P + "among_burnout.employer", P + "among_not_burnout.employer"));
    // employer users: 2, 1 with Mini-Z; answered: 4, 3 with Mini-Z
    declared(section, employer.get(0), 1);
    declared(section, employer.get(1), 1);
    declared(section, Sum.shares(List.of(P + "among_burnout.any", P + "among_burnout.none")), 0);
    declared(
        section, Sum.shares(List.of(P + "among_not_burnout.any", P + "among_not_burnout.none")), 0);
  }
}
