package org.joysurvey.instruments.miniz;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.joysurvey.spi.ReportChart;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.ReportTable;
import org.joysurvey.spi.ReportTable.Cell;
import org.joysurvey.spi.ReportTable.Format;
import org.joysurvey.spi.ScoredResponse;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.Statistic;
import org.joysurvey.spi.Subgroups;
import org.joysurvey.spi.Sum;
import org.joysurvey.statistics.GroupedCounts;
import org.joysurvey.statistics.Interval;
import org.joysurvey.statistics.WilsonInterval;

/**
 * Counts the five Mini-Z levels and, for each subgroup dimension of the edition (the demographics
 * instrument's, when it is there), respondents and burned-out respondents per group; everything
 * else follows from those counts.
 */
final class MiniZReport implements SectionBuilder {

  static final String BURNOUT_RATE = "mini-z.burnout_rate";
  static final String CI_LOW = "mini-z.burnout_rate_ci_low";
  static final String CI_HIGH = "mini-z.burnout_rate_ci_high";
  static final String LEVEL_SHARE = "mini-z.level_share.";

  static final String BY = "mini-z.by.";

  private final long[] levelCounts = new long[6];

  /** The edition's subgroup dimensions, in the context's order; empty when it has none. */
  private final List<Subgroups.Dimension> dimensions;

  /** Per dimension, in the same order: respondents and burned-out respondents by group. */
  private final GroupedCounts[] byDimension;

  /** The external benchmark rate in (0, 1), or NaN when none (or an unreadable one) was entered. */
  private final double benchmarkRate;

  private final String benchmarkSource;
  private final String benchmarkProblem;

  static final String BENCHMARK = "mini-z.benchmark.";

  MiniZReport(Subgroups subgroups, String benchmarkRate, String benchmarkSource) {
    double rate = Double.NaN;
    String problem = null;
    String text = benchmarkRate == null ? "" : benchmarkRate.strip();
    if (!text.isEmpty()) {
      try {
        rate =
            text.endsWith("%")
                ? Double.parseDouble(text.substring(0, text.length() - 1).strip()) / 100
                : Double.parseDouble(text);
        if (!(rate > 0 && rate < 1)) {
          problem = "'" + text + "' is not a rate between 0 and 1 (or 0% and 100%), both excluded";
          rate = Double.NaN;
        }
      } catch (NumberFormatException e) {
        problem = "'" + text + "' is not a number such as 0.42 or 42%";
      }
    }
    this.benchmarkRate = rate;
    this.benchmarkSource =
        benchmarkSource == null || benchmarkSource.isBlank()
            ? "the entered benchmark"
            : benchmarkSource.strip();
    this.benchmarkProblem = problem;
    this.dimensions = subgroups.dimensions();
    this.byDimension = new GroupedCounts[dimensions.size()];
    for (int d = 0; d < byDimension.length; d++) {
      byDimension[d] = new GroupedCounts();
    }
  }

  @Override
  public void accept(ScoredResponse response) {
    OptionalInt level = response.derived().integer(MiniZ.LEVEL);
    if (level.isEmpty() || level.getAsInt() < 1 || level.getAsInt() > 5) {
      return;
    }
    levelCounts[level.getAsInt()]++;
    boolean burnedOut = level.getAsInt() >= MiniZ.BURNOUT_LEVEL;
    for (int d = 0; d < byDimension.length; d++) {
      GroupedCounts counts = byDimension[d];
      dimensions.get(d).groupOf(response).ifPresent(group -> counts.add(group, burnedOut));
    }
  }

  /**
   * The edition's burnout rate against an external rate entered as a setting: the difference in
   * points and a one-sample z-test, z = (p - p0) / sqrt(p0 (1 - p0) / n), two-sided.
   */
  private void benchmark(ReportSection.Builder section, long burnedOut, long answered) {
    if (benchmarkProblem != null) {
      section.note(
          "The external benchmark (setting mini-z."
              + MiniZ.BENCHMARK_RATE
              + ") could not be read: "
              + benchmarkProblem
              + ".");
      return;
    }
    if (Double.isNaN(benchmarkRate)) {
      return;
    }
    double share = answered == 0 ? Double.NaN : (double) burnedOut / answered;
    double z =
        answered == 0
            ? Double.NaN
            : (share - benchmarkRate) / Math.sqrt(benchmarkRate * (1 - benchmarkRate) / answered);
    double p =
        Double.isNaN(z)
            ? Double.NaN
            : 2 * new NormalDistribution().cumulativeProbability(-Math.abs(z));
    section
        .statistic(
            Statistic.value(
                BENCHMARK + "rate",
                "Benchmark burnout rate (" + benchmarkSource + ")",
                benchmarkRate,
                answered))
        .statistic(
            Statistic.fromCounts(
                BENCHMARK + "difference_points",
                "Difference from the benchmark, points",
                (share - benchmarkRate) * 100,
                burnedOut,
                answered))
        .statistic(
            Statistic.fromCounts(
                BENCHMARK + "z", "One-sample z against the benchmark", z, burnedOut, answered))
        .statistic(
            Statistic.fromCounts(
                BENCHMARK + "p_value",
                "p-value against the benchmark (two-sided)",
                p,
                burnedOut,
                answered))
        .table(
            new ReportTable(
                "Burnout compared with " + benchmarkSource,
                List.of("", "Burnout rate"),
                List.of(
                    List.of(
                        Cell.text("This edition"), Cell.statistic(BURNOUT_RATE, Format.PERCENT)),
                    List.of(
                        Cell.text(benchmarkSource),
                        Cell.text(
                            String.format(java.util.Locale.ROOT, "%.1f%%", benchmarkRate * 100))),
                    List.of(
                        Cell.text("Difference, points"),
                        Cell.statistic(BENCHMARK + "difference_points", Format.DECIMAL)),
                    List.of(
                        Cell.text("One-sample z-test"),
                        Cell.statistic(BENCHMARK + "p_value", Format.P_VALUE)))))
        .note(
            "Benchmark: "
                + benchmarkSource
                + ". The test treats the benchmark as a known rate (one-sample z-test).");
  }

  @Override
  public ReportSection build() {
    long answered = 0;
    long burnedOut = 0;
    for (int level = 1; level <= 5; level++) {
      answered += levelCounts[level];
      if (level >= MiniZ.BURNOUT_LEVEL) {
        burnedOut += levelCounts[level];
      }
    }
    Interval ci = WilsonInterval.of95(burnedOut, answered);
    ReportSection.Builder section =
        ReportSection.builder("Burnout (Mini-Z)")
            .statistic(
                Statistic.proportion(
                    BURNOUT_RATE, "Burnout rate (level 3 or above)", burnedOut, answered))
            .statistic(
                Statistic.fromCounts(
                    CI_LOW,
                    "Burnout rate, 95% Wilson interval, lower bound",
                    ci.low(),
                    burnedOut,
                    answered))
            .statistic(
                Statistic.fromCounts(
                    CI_HIGH,
                    "Burnout rate, 95% Wilson interval, upper bound",
                    ci.high(),
                    burnedOut,
                    answered));
    List<String> labels = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<List<Cell>> rows = new ArrayList<>();
    for (int level = 1; level <= 5; level++) {
      String key = LEVEL_SHARE + level;
      String label = "Level " + level + (level >= MiniZ.BURNOUT_LEVEL ? " (burnout)" : "");
      section.statistic(Statistic.proportion(key, label + " share", levelCounts[level], answered));
      labels.add(label);
      keys.add(key);
      rows.add(
          List.of(
              Cell.text(Integer.toString(level)),
              Cell.text(MiniZ.LEVEL_LABELS.get(level - 1)),
              Cell.statistic(key, Format.COUNT_AND_PERCENT)));
    }
    // every respondent who answered is at one level; burnout is levels 3 to 5
    section
        .sum(Sum.shares(keys))
        .sum(Sum.of(BURNOUT_RATE, keys.subList(MiniZ.BURNOUT_LEVEL - 1, keys.size())));
    rows.add(
        List.of(
            Cell.text("3-5"),
            Cell.text("Burnout"),
            Cell.statistic(BURNOUT_RATE, Format.COUNT_AND_PERCENT)));
    section
        .table(
            new ReportTable(
                "Mini-Z levels (of " + answered + " who answered)",
                List.of("Level", "Description", "Respondents"),
                rows))
        .chart(
            new ReportChart(
                "Mini-Z levels, % of those who answered",
                ReportChart.Type.BAR, labels, List.of(new ReportChart.Series("Respondents", keys))))
        .note("Burnout = level 3 or above. The interval is the 95% Wilson score interval.");
    benchmark(section, burnedOut, answered);
    if (!dimensions.isEmpty()) {
      for (int d = 0; d < byDimension.length; d++) {
        subgroups(section, dimensions.get(d), byDimension[d]);
      }
      section.note(
          "Subgroups: respondents who answered Mini-Z and the demographic item. A group's share of"
              + " the burned-out above its share of respondents means burnout is over-represented"
              + " in that group.");
    }
    return section.build();
  }

  /**
   * One dimension: per group, the burnout rate within it, its share of all respondents and its
   * share of all burned-out respondents (both among those with the dimension known).
   */
  private static void subgroups(
      ReportSection.Builder section, Subgroups.Dimension dimension, GroupedCounts counts) {
    String title = dimension.title();
    long respondents = counts.respondents();
    long burnedOut = counts.cases();
    List<List<Cell>> rows = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<String> respondentKeys = new ArrayList<>();
    List<String> burnoutKeys = new ArrayList<>();
    List<String> rateKeys = new ArrayList<>();
    for (String group : ordered(dimension, counts.groups())) {
      String base = BY + dimension.name() + "." + group + ".";
      section
          .statistic(
              Statistic.proportion(
                  base + "burnout_rate",
                  title + " " + group + ": burnout rate",
                  counts.cases(group),
                  counts.respondents(group)))
          .statistic(
              Statistic.proportion(
                  base + "share_of_respondents",
                  title + " " + group + ": share of respondents",
                  counts.respondents(group),
                  respondents))
          .statistic(
              Statistic.proportion(
                  base + "share_of_burnout",
                  title + " " + group + ": share of the burned-out",
                  counts.cases(group),
                  burnedOut));
      rows.add(
          List.of(
              Cell.text(group),
              Cell.statistic(base + "share_of_respondents", Format.COUNT_AND_PERCENT),
              Cell.statistic(base + "share_of_burnout", Format.COUNT_AND_PERCENT),
              Cell.statistic(base + "burnout_rate", Format.PERCENT)));
      labels.add(group);
      respondentKeys.add(base + "share_of_respondents");
      burnoutKeys.add(base + "share_of_burnout");
      rateKeys.add(base + "burnout_rate");
    }
    if (!rows.isEmpty()) {
      // each respondent with the dimension known is in one group; the others are in the
      // overall figures only
      section
          .sums(Sum.groups(BURNOUT_RATE, rateKeys))
          .sum(Sum.shares(respondentKeys))
          .sum(Sum.within(BURNOUT_RATE, respondentKeys))
          .sum(Sum.shares(burnoutKeys))
          .sum(Sum.of(BURNOUT_RATE, burnoutKeys));
    }
    if (rows.isEmpty()) {
      section.note("Burnout by " + title.toLowerCase() + ": no respondent answered both items.");
      return;
    }
    section
        .table(
            new ReportTable(
                "Burnout by "
                    + title.toLowerCase()
                    + " ("
                    + respondents
                    + " respondents, "
                    + burnedOut
                    + " burned out)",
                List.of(
                    title,
                    "Respondents (share)",
                    "Burned out (share of all burned-out)",
                    "Burnout rate in the group"),
                rows))
        .chart(
            new ReportChart(
                "Burnout by "
                    + title.toLowerCase()
                    + ": share of respondents and of the burned-out",
                ReportChart.Type.BAR,
                labels,
                List.of(
                    new ReportChart.Series("Share of respondents", respondentKeys),
                    new ReportChart.Series("Share of the burned-out", burnoutKeys))));
  }

  /** The groups in the dimension's order (the declaring item's options), then any others. */
  static List<String> ordered(Subgroups.Dimension dimension, Set<String> groups) {
    List<String> ordered = new ArrayList<>();
    for (String group : dimension.codes()) {
      if (groups.contains(group)) {
        ordered.add(group);
      }
    }
    for (String group : groups) {
      if (!ordered.contains(group)) {
        ordered.add(group);
      }
    }
    return ordered;
  }
}
