package org.joysurvey.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.Statistic;
import org.joysurvey.spi.Sum;
import org.junit.jupiter.api.Test;

class DisclosureRuleTest {

  private static final DisclosureRule RULE = new DisclosureRule(5);

  /** The demo's item: 6 "strongly agree" under a published positive line. */
  private static ReportSection scaleItem(long... counts) {
    long answered = java.util.Arrays.stream(counts).sum();
    ReportSection.Builder section = ReportSection.builder("item");
    List<String> shares = new ArrayList<>();
    for (int v = 1; v <= counts.length; v++) {
      section.statistic(Statistic.proportion("x.share." + v, null, counts[v - 1], answered));
      shares.add("x.share." + v);
    }
    section.statistic(
        Statistic.proportion("x.positive", null, counts[3] + counts[4] + counts[5], answered));
    return section.sum(Sum.shares(shares)).sum(Sum.of("x.positive", shares.subList(3, 6))).build();
  }

  private static Map<String, String> withheld(ReportSection section) {
    return RULE.withhold(section).stream()
        .collect(
            Collectors.toMap(
                Suppression::key, Suppression::reason, (a, b) -> a, LinkedHashMap::new));
  }

  @Test
  void aCellThatTheLineWouldGiveAwayTakesTheNextSmallestOfTheLineWithIt() {
    Map<String, String> withheld = withheld(scaleItem(20, 30, 40, 47, 19, 4));

    assertEquals(List.of("x.share.5", "x.share.6"), List.copyOf(withheld.keySet()));
    assertEquals(Suppression.PROTECTS_ANOTHER, withheld.get("x.share.5"));
    assertEquals("counts fewer than 5 respondents", withheld.get("x.share.6"));
  }

  @Test
  void withoutDeclaredSumsOnlyTheSmallCellsAreWithheld() {
    ReportSection declared = scaleItem(20, 30, 40, 47, 19, 4);
    ReportSection undeclared =
        new ReportSection(
            "item",
            declared.statistics(),
            declared.tables(),
            declared.charts(),
            declared.texts(),
            declared.notes());

    assertEquals(List.of("x.share.6"), List.copyOf(withheld(undeclared).keySet()));
  }

  @Test
  void twoSmallCellsOfOneLineProtectEachOtherWhenNoOtherSumGivesThemAway() {
    // points 1 and 2 are small; the positive line does not touch them
    Map<String, String> withheld = withheld(scaleItem(3, 2, 40, 47, 19, 30));

    assertEquals(List.of("x.share.1", "x.share.2"), List.copyOf(withheld.keySet()));
  }

  @Test
  void aLineWithNothingWithheldWithholdsNothing() {
    assertEquals(Map.of(), withheld(scaleItem(20, 30, 40, 47, 19, 14)));
  }

  private static ReportSection byGroup(
      long[] burnedOut, long[] respondents, long allOut, long all) {
    ReportSection.Builder section = ReportSection.builder("by group");
    section.statistic(Statistic.proportion("m.rate", null, allOut, all));
    List<String> groups = new ArrayList<>();
    for (int g = 0; g < burnedOut.length; g++) {
      String key = "m.by.g" + g + ".rate";
      section.statistic(Statistic.proportion(key, null, burnedOut[g], respondents[g]));
      section.statistic(
          Statistic.fromCounts(key + ".ci_low", null, 0.1, burnedOut[g], respondents[g]));
      groups.add(key);
    }
    return section.sums(Sum.groups("m.rate", groups)).build();
  }

  @Test
  void theHiddenGroupOfASubgroupTableTakesTheSmallestOtherGroupAndItsBounds() {
    Map<String, String> withheld =
        withheld(byGroup(new long[] {3, 20, 17}, new long[] {8, 50, 42}, 40, 100));

    assertEquals(
        List.of("m.by.g0.rate", "m.by.g0.rate.ci_low", "m.by.g2.rate", "m.by.g2.rate.ci_low"),
        List.copyOf(withheld.keySet()));
    assertEquals(Suppression.PROTECTS_ANOTHER, withheld.get("m.by.g2.rate"));
    assertTrue(withheld.get("m.by.g2.rate.ci_low").contains("m.by.g2.rate"));
  }

  @Test
  void aSmallRemainderOfRespondentsWithoutAGroupIsNoFigureAndNeedsNothingWithheld() {
    // 42 - 40: 2 burned-out respondents gave no group; whoever they are, nobody can be placed there
    assertEquals(Map.of(), withheld(byGroup(new long[] {20, 20}, new long[] {50, 51}, 42, 104)));
  }

  @Test
  void aRemainderStillHidesTheGroupItJoins() {
    // the hidden group's 3 and the 2 without a group are known together only: 45 - 40
    Map<String, String> withheld =
        withheld(byGroup(new long[] {3, 20, 20}, new long[] {8, 50, 51}, 45, 112));

    assertEquals(List.of("m.by.g0.rate", "m.by.g0.rate.ci_low"), List.copyOf(withheld.keySet()));
  }

  @Test
  void aLargeRemainderNeedsNothingWithheld() {
    assertEquals(Map.of(), withheld(byGroup(new long[] {20, 20}, new long[] {50, 50}, 52, 130)));
  }

  /**
   * A 2x2 table with its margins and total: one small cell needs three more, since with two or
   * three the margins still pin each one down.
   */
  @Test
  void aContingencyTableWithMarginsHidesARectangle() {
    ReportSection.Builder s = ReportSection.builder("2x2");
    String[] cell = {"t.a", "t.b", "t.c", "t.d"};
    long[] n = {3, 30, 40, 50};
    for (int i = 0; i < 4; i++) {
      s.statistic(Statistic.count(cell[i], null, n[i]));
    }
    s.statistic(Statistic.count("t.row1", null, 33))
        .statistic(Statistic.count("t.row2", null, 90))
        .statistic(Statistic.count("t.col1", null, 43))
        .statistic(Statistic.count("t.col2", null, 80))
        .statistic(Statistic.count("t.all", null, 123))
        .sum(Sum.of("t.row1", List.of("t.a", "t.b")))
        .sum(Sum.of("t.row2", List.of("t.c", "t.d")))
        .sum(Sum.of("t.col1", List.of("t.a", "t.c")))
        .sum(Sum.of("t.col2", List.of("t.b", "t.d")))
        .sum(Sum.of("t.all", List.of("t.row1", "t.row2")));

    Map<String, String> withheld = withheld(s.build());

    assertEquals(List.of("t.a", "t.b", "t.c", "t.d"), List.copyOf(withheld.keySet()));
  }

  @Test
  void vennRegionsInsideAServiceRateAreProtectedAgainstTheRate() {
    ReportSection.Builder s = ReportSection.builder("venn");
    String[] regions = {"v.a", "v.b", "v.c", "v.ab", "v.ac", "v.bc", "v.abc"};
    long[] n = {30, 25, 20, 12, 2, 9, 8};
    for (int i = 0; i < regions.length; i++) {
      s.statistic(Statistic.count(regions[i], null, n[i]));
    }
    long all = 150;
    s.statistic(Statistic.proportion("v.rate.a", null, 30 + 12 + 2 + 8, all))
        .statistic(Statistic.proportion("v.rate.b", null, 25 + 12 + 9 + 8, all))
        .statistic(Statistic.proportion("v.rate.c", null, 20 + 2 + 9 + 8, all))
        .sum(Sum.of("v.rate.a", List.of("v.a", "v.ab", "v.ac", "v.abc")))
        .sum(Sum.of("v.rate.b", List.of("v.b", "v.ab", "v.bc", "v.abc")))
        .sum(Sum.of("v.rate.c", List.of("v.c", "v.ac", "v.bc", "v.abc")))
        .sum(Sum.within("v.rate.a", List.of(regions)));

    Map<String, String> withheld = withheld(s.build());

    assertTrue(withheld.containsKey("v.ac"));
    assertTrue(withheld.size() >= 2, "more than the small region: " + withheld);
  }

  @Test
  void aSumWhosePartsCountMoreThanItsTotalIsRefused() {
    ReportSection section =
        ReportSection.builder("wrong")
            .statistic(Statistic.count("w.total", null, 10))
            .statistic(Statistic.count("w.part", null, 11))
            .sum(Sum.of("w.total", List.of("w.part")))
            .build();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RULE.withhold(section));
    assertTrue(e.getMessage().contains("count more than its total"), e.getMessage());
  }

  @Test
  void aSumOverAnUnknownStatisticIsRefused() {
    ReportSection section =
        ReportSection.builder("wrong")
            .statistic(Statistic.count("w.total", null, 10))
            .sum(Sum.of("w.total", List.of("w.missing")))
            .build();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RULE.withhold(section));
    assertTrue(e.getMessage().contains("w.missing"), e.getMessage());
  }

  /**
   * covid19-impact's crosstab of hours against burnout: five rows of two shares with their row
   * counts, columns against the all-row. Two small cells of one column need only their row
   * partners, a rectangle of four, not the whole table.
   */
  @Test
  void twoSmallCellsOfOneColumnTakeOnlyTheirRowPartners() {
    long[] burned = {20, 15, 10, 4, 2};
    long[] rows = {92, 81, 49, 30, 27};
    ReportSection.Builder s = ReportSection.builder("crosstab");
    List<String> burnedKeys = new ArrayList<>();
    List<String> otherKeys = new ArrayList<>();
    List<String> rowKeys = new ArrayList<>();
    for (int r = 0; r < rows.length; r++) {
      String row = "c.r" + r;
      s.statistic(Statistic.proportion(row + ".burned_out", null, burned[r], rows[r]))
          .statistic(
              Statistic.proportion(row + ".not_burned_out", null, rows[r] - burned[r], rows[r]))
          .statistic(Statistic.count(row + ".respondents", null, rows[r]))
          .sum(Sum.shares(List.of(row + ".burned_out", row + ".not_burned_out")))
          .sum(Sum.of(row + ".respondents", List.of(row + ".burned_out", row + ".not_burned_out")));
      burnedKeys.add(row + ".burned_out");
      otherKeys.add(row + ".not_burned_out");
      rowKeys.add(row + ".respondents");
    }
    long allBurned = java.util.Arrays.stream(burned).sum();
    long all = java.util.Arrays.stream(rows).sum();
    s.statistic(Statistic.proportion("c.all.burned_out", null, allBurned, all))
        .statistic(Statistic.proportion("c.all.not_burned_out", null, all - allBurned, all))
        .statistic(Statistic.count("c.all.respondents", null, all))
        .sums(Sum.groups("c.all.burned_out", burnedKeys))
        .sums(Sum.groups("c.all.not_burned_out", otherKeys))
        .sum(Sum.of("c.all.respondents", rowKeys));

    Map<String, String> withheld = withheld(s.build());

    assertEquals(
        List.of("c.r3.burned_out", "c.r3.not_burned_out", "c.r4.burned_out", "c.r4.not_burned_out"),
        List.copyOf(withheld.keySet()));
  }
}
