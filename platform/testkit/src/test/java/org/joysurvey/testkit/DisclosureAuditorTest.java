package org.joysurvey.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.joysurvey.disclosure.DisclosureRule;
import org.joysurvey.disclosure.Suppression;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.ReportTable;
import org.joysurvey.spi.ReportTable.Cell;
import org.joysurvey.spi.ReportTable.Format;
import org.joysurvey.spi.Statistic;
import org.joysurvey.spi.Sum;
import org.junit.jupiter.api.Test;

/** The auditor finds what the platform's rule must prevent, and nothing once the rule ran. */
class DisclosureAuditorTest {

  private static final int K = 5;

  /** The demo's case: "6 Strongly agree" hidden under "Positive (4-6): 70", 47 and 19 shown. */
  private static ReportSection scaleItem(boolean declareSums) {
    long[] counts = {40, 30, 20, 47, 19, 4};
    long answered = java.util.Arrays.stream(counts).sum();
    ReportSection.Builder section = ReportSection.builder("item");
    List<String> shares = new ArrayList<>();
    List<List<Cell>> rows = new ArrayList<>();
    for (int v = 1; v <= 6; v++) {
      String key = "x.share." + v;
      section.statistic(Statistic.proportion(key, null, counts[v - 1], answered));
      shares.add(key);
      rows.add(List.of(Cell.text("point " + v), Cell.statistic(key, Format.COUNT_AND_PERCENT)));
    }
    section.statistic(Statistic.proportion("x.positive", null, 70, answered));
    rows.add(
        List.of(
            Cell.text("Positive (4-6)"), Cell.statistic("x.positive", Format.COUNT_AND_PERCENT)));
    section.table(new ReportTable("item", List.of("Answer", "Respondents"), rows));
    if (declareSums) {
      section.sum(Sum.shares(shares)).sum(Sum.of("x.positive", shares.subList(3, 6)));
    }
    return section.build();
  }

  private static Set<String> primaryOnly(ReportSection section) {
    return section.statistics().stream()
        .filter(s -> s.numerator() != null && s.numerator() < K || s.basis() < K)
        .map(Statistic::key)
        .collect(Collectors.toSet());
  }

  private static Set<String> byTheRule(ReportSection section) {
    return new DisclosureRule(K)
        .withhold(section).stream().map(Suppression::key).collect(Collectors.toSet());
  }

  @Test
  void withSmallCellSuppressionAloneTheDemoCellFollowsFromThePositiveLine() {
    List<String> found =
        DisclosureAuditor.recomputable(scaleItem(true), primaryOnly(scaleItem(true)), K);

    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).startsWith("N x.share.6 = 4"), found.toString());
  }

  @Test
  void anUndeclaredPositiveLineIsFoundOnThePageItself() {
    ReportSection undeclared = scaleItem(false);

    List<String> found = DisclosureAuditor.recomputable(undeclared, primaryOnly(undeclared), K);

    assertTrue(found.stream().anyMatch(f -> f.startsWith("N x.share.6 = 4")), found.toString());
  }

  @Test
  void afterThePlatformsRuleNothingOfTheItemFollows() {
    ReportSection section = scaleItem(true);

    assertEquals(List.of(), DisclosureAuditor.recomputable(section, byTheRule(section), K));
  }

  private static ReportSection byGroup(long[] out, long[] of, long allOut, long all) {
    ReportSection.Builder section = ReportSection.builder("by group");
    section.statistic(Statistic.proportion("m.rate", null, allOut, all));
    List<String> groups = new ArrayList<>();
    for (int g = 0; g < out.length; g++) {
      String key = "m.by.g" + g + ".rate";
      section.statistic(Statistic.proportion(key, null, out[g], of[g]));
      section.statistic(Statistic.fromCounts(key + ".ci_high", null, 0.9, out[g], of[g]));
      groups.add(key);
    }
    return section.sums(Sum.groups("m.rate", groups)).build();
  }

  @Test
  void theHiddenGroupFollowsFromTheOverallRateAndTheOtherGroups() {
    ReportSection section = byGroup(new long[] {3, 20, 17}, new long[] {8, 50, 42}, 40, 100);

    List<String> found = DisclosureAuditor.recomputable(section, primaryOnly(section), K);

    assertTrue(found.stream().anyMatch(f -> f.startsWith("N m.by.g0.rate = 3")), found.toString());
    assertEquals(List.of(), DisclosureAuditor.recomputable(section, byTheRule(section), K));
  }

  @Test
  void aRemainderIsNoFigureButHidesTheCellItIsSummedWith() {
    // 2 burned out without a group follow from 42 - 40, and are no figure of the page
    ReportSection all = byGroup(new long[] {20, 20}, new long[] {50, 51}, 42, 104);
    assertEquals(List.of(), DisclosureAuditor.recomputable(all, Set.of(), K));
    // with a group of 3 hidden, 45 - 40 is its 3 and those 2 together: neither follows
    ReportSection hidden = byGroup(new long[] {3, 20, 20}, new long[] {8, 50, 51}, 45, 112);
    assertEquals(
        List.of(),
        DisclosureAuditor.recomputable(hidden, Set.of("m.by.g0.rate", "m.by.g0.rate.ci_high"), K));
  }

  @Test
  void aPublishedBoundOfAWithheldProportionGivesItAway() {
    ReportSection section = byGroup(new long[] {3, 20, 17}, new long[] {8, 50, 42}, 40, 100);
    Set<String> withoutTheBound = new java.util.HashSet<>(byTheRule(section));
    withoutTheBound.remove("m.by.g2.rate.ci_high");

    List<String> found = DisclosureAuditor.recomputable(section, withoutTheBound, K);

    assertEquals(
        List.of("m.by.g2.rate.ci_high is published and computed from the counts of m.by.g2.rate"),
        found);
  }

  @Test
  void twoHiddenCellsOfATableWithMarginsStillFollowAndFourDoNot() {
    ReportSection.Builder s = ReportSection.builder("2x2");
    String[] cell = {"t.a", "t.b", "t.c", "t.d"};
    long[] n = {3, 30, 40, 50};
    for (int i = 0; i < 4; i++) {
      s.statistic(Statistic.count(cell[i], null, n[i]));
    }
    ReportSection section =
        s.statistic(Statistic.count("t.row1", null, 33))
            .statistic(Statistic.count("t.row2", null, 90))
            .statistic(Statistic.count("t.col1", null, 43))
            .statistic(Statistic.count("t.col2", null, 80))
            .sum(Sum.of("t.row1", List.of("t.a", "t.b")))
            .sum(Sum.of("t.row2", List.of("t.c", "t.d")))
            .sum(Sum.of("t.col1", List.of("t.a", "t.c")))
            .sum(Sum.of("t.col2", List.of("t.b", "t.d")))
            .build();

    assertEquals(2, DisclosureAuditor.recomputable(section, Set.of("t.a", "t.b"), K).size());
    assertEquals(List.of(), DisclosureAuditor.recomputable(section, byTheRule(section), K));
  }
}
