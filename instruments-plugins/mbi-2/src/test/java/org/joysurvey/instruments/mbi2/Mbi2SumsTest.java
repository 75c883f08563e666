package org.joysurvey.instruments.mbi2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
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
 * never count more than its total, and the partitions (an item's seven frequencies, "high" = the
 * threshold's and above, the agreement table within those it rests on) leave nothing over.
 */
class Mbi2SumsTest {

  private static final List<String> CELLS =
      List.of(
          "mbi-2.agreement.both",
          "mbi-2.agreement.mini_z_only",
          "mbi-2.agreement.mbi_only",
          "mbi-2.agreement.neither");

  private static List<String> frequencies(String item, int from) {
    List<String> keys = new ArrayList<>();
    for (int v = from; v <= 6; v++) {
      keys.add("mbi-2." + item + "_share." + v);
    }
    return keys;
  }

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
    for (int threshold : List.of(4, 5)) {
      SectionResult section =
          InstrumentTestKit.of(new MiniZStandIn(), new Mbi2())
              .withSetting("mbi-2.threshold", Integer.toString(threshold))
              .section("mbi-2", CohortFixture.rows("mini-z.", "mbi-2."));
      everyDeclaredSumAddsUp(section);
      for (String item : List.of("ee", "dp")) {
        declared(section, Sum.shares(frequencies(item, 0)), 0);
        declared(section, Sum.of("mbi-2." + item + "_high_rate", frequencies(item, threshold)), 0);
      }
      declared(section, Sum.within("mbi-2.phi_with_mini-z", CELLS), 0);
      assertTrue(section.sums().contains(Sum.within("mbi-2.burnout_rate", CELLS)));
      assertTrue(
          section
              .sums()
              .contains(
                  Sum.of(
                      "mbi-2.burnout_rate",
                      List.of("mbi-2.agreement.both", "mbi-2.agreement.mbi_only"))));
    }
  }

  @Test
  void theAgreementTableIsWithinTheBurnoutRateAndTheHighRatesInsideIt() {
    // high on EE only; high on both; low on both without Mini-Z; EE high with DP skipped
    List<Map<String, String>> rows =
        List.of(
            InstrumentTestKit.row("mbi-2.ee", "5", "mbi-2.dp", "1", "mini-z.burnout", "1"),
            InstrumentTestKit.row("mbi-2.ee", "6", "mbi-2.dp", "6", "mini-z.burnout", "4"),
            InstrumentTestKit.row("mbi-2.ee", "0", "mbi-2.dp", "0"),
            InstrumentTestKit.row("mbi-2.ee", "4"));
    SectionResult section =
        InstrumentTestKit.of(new MiniZStandIn(), new Mbi2()).section("mbi-2", rows);
    everyDeclaredSumAddsUp(section);
    // burned out: 3 of 4 known; 2 of them answered Mini-Z
    declared(section, Sum.within("mbi-2.burnout_rate", CELLS), 2);
    declared(
        section,
        Sum.of("mbi-2.burnout_rate", List.of("mbi-2.agreement.both", "mbi-2.agreement.mbi_only")),
        1);
    // EE high: 3, all burned out; DP high: 1
    declared(section, Sum.of("mbi-2.burnout_rate", List.of("mbi-2.ee_high_rate")), 0);
    declared(section, Sum.of("mbi-2.burnout_rate", List.of("mbi-2.dp_high_rate")), 2);
    declared(section, Sum.within("mbi-2.phi_with_mini-z", CELLS), 0);
  }

  @Test
  void withoutMiniZNoSumNamesTheAgreementTable() {
    SectionResult section =
        InstrumentTestKit.of(new Mbi2())
            .section("mbi-2", List.of(InstrumentTestKit.row("mbi-2.ee", "2", "mbi-2.dp", "3")));
    everyDeclaredSumAddsUp(section);
    assertTrue(
        section.sums().stream()
            .flatMap(s -> s.parts().stream())
            .noneMatch(k -> k.startsWith("mbi-2.agreement.")));
  }
}
