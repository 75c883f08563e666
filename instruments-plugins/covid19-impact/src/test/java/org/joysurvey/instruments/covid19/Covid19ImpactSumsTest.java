package org.joysurvey.instruments.covid19;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.joysurvey.spi.Sum;
import org.joysurvey.testkit.CohortFixture;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.Mbi2StandIn;
import org.joysurvey.testkit.MiniZStandIn;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.Test;

/**
 * The sums the section declares (SPI 1.4), checked against its own statistics on the cohort-200
 * fixture and on a small hand-built cohort: every sum names statistics of the section, its parts
 * never count more than its total, and the partitions (a single item's options, each row of a
 * burnout table, the rows within "All" and the table's respondents) leave nothing over. The
 * multi-choice items declare no shares: a respondent may choose several options.
 */
class Covid19ImpactSumsTest {

  private static final String P = "covid19-impact.";
  private static final List<String> HOURS =
      List.of("decreased-a-lot", "decreased", "same", "increased", "increased-a-lot");
  private static final List<String> QUALITY = List.of("worse", "same", "better");
  private static final List<String> TABLES =
      List.of(
          "hours_change_x_mini-z.burnout",
          "hours_change_x_mbi-2.burnout",
          "quality_of_life_x_mini-z.burnout",
          "quality_of_life_x_mbi-2.burnout");

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

  private static List<String> keys(String prefix, List<String> codes, String suffix) {
    return codes.stream().map(c -> prefix + c + suffix).toList();
  }

  /** Every exact sum of one burnout table of the item with these options. */
  private static void tableAddsUp(SectionResult section, String table, List<String> options) {
    String base = P + table + ".";
    for (String row : concat(options, "all")) {
      List<String> cells = List.of(base + row + ".burned_out", base + row + ".not_burned_out");
      declared(section, Sum.shares(cells), 0);
      declared(section, Sum.of(base + row + ".respondents", cells), 0);
    }
    for (String column : List.of(".burned_out", ".not_burned_out")) {
      for (Sum sum : Sum.groups(base + "all" + column, keys(base, options, column))) {
        declared(section, sum, 0);
      }
    }
    List<String> rowTotals = keys(base, options, ".respondents");
    declared(section, Sum.of(base + "all.respondents", rowTotals), 0);
    declared(section, Sum.of(base + "n", rowTotals), 0);
  }

  private static List<String> concat(List<String> list, String last) {
    List<String> all = new java.util.ArrayList<>(list);
    all.add(last);
    return all;
  }

  @Test
  void everyDeclaredSumAddsUpOnTheCohort() throws IOException {
    SectionResult section =
        InstrumentTestKit.of(new MiniZStandIn(), new Mbi2StandIn(), new Covid19Impact())
            .section("covid19-impact", CohortFixture.rows("covid19-impact.", "mini-z.", "mbi-2."));
    everyDeclaredSumAddsUp(section);
    declared(section, Sum.shares(keys(P + "share.hours_change.", HOURS, "")), 0);
    declared(section, Sum.shares(keys(P + "share.quality_of_life.", QUALITY, "")), 0);
    for (String table : TABLES) {
      tableAddsUp(section, table, table.startsWith("hours") ? HOURS : QUALITY);
    }
    // a table's row is among those who chose the option
    assertTrue(
        section
            .sums()
            .contains(
                Sum.of(
                    P + "share.hours_change.same",
                    List.of(P + "hours_change_x_mini-z.burnout.same.respondents"))));
    assertTrue(
        section.sums().stream()
            .flatMap(s -> s.parts().stream())
            .noneMatch(k -> k.startsWith(P + "worries.") || k.startsWith(P + "future_changes.")));
  }

  @Test
  void aRowWithoutKnownBurnoutIsInTheItemsSharesOnly() {
    List<Map<String, String>> rows =
        List.of(
            InstrumentTestKit.row(P + "quality_of_life", "worse", "mini-z.burnout", "4"),
            InstrumentTestKit.row(P + "quality_of_life", "worse", "mini-z.burnout", "1"),
            InstrumentTestKit.row(P + "quality_of_life", "better", "mini-z.burnout", "2"),
            InstrumentTestKit.row(P + "quality_of_life", "worse"));
    SectionResult section =
        InstrumentTestKit.of(new MiniZStandIn(), new Covid19Impact())
            .section("covid19-impact", rows);
    everyDeclaredSumAddsUp(section);
    tableAddsUp(section, "quality_of_life_x_mini-z.burnout", QUALITY);
    declared(
        section,
        Sum.of(
            P + "share.quality_of_life.worse",
            List.of(P + "quality_of_life_x_mini-z.burnout.worse.respondents")),
        1);
    declared(section, Sum.shares(keys(P + "share.quality_of_life.", QUALITY, "")), 0);
  }
}
