package org.joysurvey.instruments.mbi2;

import java.util.ArrayList;
import java.util.List;
import org.joysurvey.spi.ReportChart;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.ReportTable;
import org.joysurvey.spi.ReportTable.Cell;
import org.joysurvey.spi.ReportTable.Format;
import org.joysurvey.spi.ScoredResponse;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.Statistic;
import org.joysurvey.spi.Sum;
import org.joysurvey.statistics.ChiSquareResult;
import org.joysurvey.statistics.ContingencyTable;

/**
 * Counts each item's answers, the burnout flag, and the 2x2 table of Mini-Z burnout by MBI burnout
 * (rows and columns: 0 = burned out, 1 = not).
 */
final class Mbi2Report implements SectionBuilder {

  static final String BURNOUT_RATE = "mbi-2.burnout_rate";
  static final String EE_HIGH_RATE = "mbi-2.ee_high_rate";
  static final String DP_HIGH_RATE = "mbi-2.dp_high_rate";
  static final String PHI = "mbi-2.phi_with_mini-z";
  static final String PHI_P = "mbi-2.phi_p_value";
  static final String MINI_Z_BURNOUT = "mini-z.burnout";

  private final int threshold;
  private final boolean withMiniZ;
  private final long[] eeCounts = new long[7];
  private final long[] dpCounts = new long[7];
  private long burnoutKnown;
  private long burnedOut;
  private final ContingencyTable agreement = new ContingencyTable(2, 2);

  Mbi2Report(int threshold, boolean withMiniZ) {
    this.threshold = threshold;
    this.withMiniZ = withMiniZ;
  }

  @Override
  public void accept(ScoredResponse response) {
    response.answers().scale(Mbi2.EE_ITEM).ifPresent(v -> eeCounts[v]++);
    response.answers().scale(Mbi2.DP_ITEM).ifPresent(v -> dpCounts[v]++);
    var burnout = response.derived().flag(Mbi2.BURNOUT);
    if (burnout.isPresent()) {
      burnoutKnown++;
      if (burnout.get()) {
        burnedOut++;
      }
      var miniZ = response.derived().flag(MINI_Z_BURNOUT);
      if (withMiniZ && miniZ.isPresent()) {
        agreement.add(miniZ.get() ? 0 : 1, burnout.get() ? 0 : 1);
      }
    }
  }

  @Override
  public ReportSection build() {
    ReportSection.Builder section =
        ReportSection.builder("Burnout (MBI, two items)")
            .statistic(
                Statistic.proportion(
                    BURNOUT_RATE, "Burnout rate (either item high)", burnedOut, burnoutKnown))
            .statistic(highRate(EE_HIGH_RATE, "Emotional exhaustion high", eeCounts))
            .statistic(highRate(DP_HIGH_RATE, "Depersonalization high", dpCounts));
    distribution(section, "ee", "Emotional exhaustion", eeCounts);
    distribution(section, "dp", "Depersonalization", dpCounts);
    // each answer is one frequency; high is the threshold's and those above it; whoever is high on
    // an item is burned out (but one can be high on both, so the two are not parts of one sum)
    for (String item : List.of("ee", "dp")) {
      String high = item.equals("ee") ? EE_HIGH_RATE : DP_HIGH_RATE;
      List<String> keys = shareKeys(item);
      section
          .sum(Sum.shares(keys))
          .sum(Sum.of(high, keys.subList(threshold, keys.size())))
          .sum(Sum.of(BURNOUT_RATE, List.of(high)));
    }
    section.chart(
        new ReportChart(
            "MBI frequency distributions, % of those who answered",
            ReportChart.Type.BAR,
            Mbi2.FREQUENCIES,
            List.of(
                new ReportChart.Series("Emotional exhaustion", shareKeys("ee")),
                new ReportChart.Series("Depersonalization", shareKeys("dp")))));
    if (withMiniZ) {
      agreement(section);
    }
    return section
        .note(
            "High = answered "
                + Mbi2.FREQUENCIES.get(threshold).toLowerCase()
                + " or more often (threshold "
                + threshold
                + "). Burnout = either item high; a respondent who skipped one item and is not high"
                + " on the other is left out of the burnout rate.")
        .build();
  }

  private Statistic highRate(String key, String label, long[] counts) {
    long answered = 0;
    long high = 0;
    for (int v = 0; v <= 6; v++) {
      answered += counts[v];
      if (v >= threshold) {
        high += counts[v];
      }
    }
    return Statistic.proportion(key, label, high, answered);
  }

  private static List<String> shareKeys(String item) {
    List<String> keys = new ArrayList<>();
    for (int v = 0; v <= 6; v++) {
      keys.add("mbi-2." + item + "_share." + v);
    }
    return keys;
  }

  private static void distribution(
      ReportSection.Builder section, String item, String title, long[] counts) {
    long answered = 0;
    for (long c : counts) {
      answered += c;
    }
    List<List<Cell>> rows = new ArrayList<>();
    List<String> keys = shareKeys(item);
    for (int v = 0; v <= 6; v++) {
      section.statistic(
          Statistic.proportion(
              keys.get(v), title + ": " + Mbi2.FREQUENCIES.get(v), counts[v], answered));
      rows.add(
          List.of(
              Cell.text(v + " " + Mbi2.FREQUENCIES.get(v)),
              Cell.statistic(keys.get(v), Format.COUNT_AND_PERCENT)));
    }
    section.table(
        new ReportTable(
            title + " (of " + answered + " who answered)",
            List.of("Frequency", "Respondents"),
            rows));
  }

  private void agreement(ReportSection.Builder section) {
    long n = agreement.total();
    ChiSquareResult test = agreement.chiSquareTest();
    String both = "mbi-2.agreement.both";
    String miniZOnly = "mbi-2.agreement.mini_z_only";
    String mbiOnly = "mbi-2.agreement.mbi_only";
    String neither = "mbi-2.agreement.neither";
    section
        .statistic(Statistic.value(PHI, "Agreement with Mini-Z burnout (phi)", agreement.phi(), n))
        .statistic(
            Statistic.value(
                PHI_P, "Agreement with Mini-Z, p-value (chi-square, 1 df)", test.pValue(), n))
        .statistic(Statistic.count(both, "Burned out on both", agreement.count(0, 0)))
        .statistic(Statistic.count(miniZOnly, "Burned out on Mini-Z only", agreement.count(0, 1)))
        .statistic(Statistic.count(mbiOnly, "Burned out on MBI only", agreement.count(1, 0)))
        .statistic(Statistic.count(neither, "Burned out on neither", agreement.count(1, 1)))
        .table(
            new ReportTable(
                "Agreement of Mini-Z and MBI burnout (" + n + " answered both)",
                List.of("", "MBI burned out", "MBI not burned out"),
                List.of(
                    List.of(
                        Cell.text("Mini-Z burned out"),
                        Cell.statistic(both, Format.COUNT),
                        Cell.statistic(miniZOnly, Format.COUNT)),
                    List.of(
                        Cell.text("Mini-Z not burned out"),
                        Cell.statistic(mbiOnly, Format.COUNT),
                        Cell.statistic(neither, Format.COUNT)),
                    List.of(
                        Cell.text("phi"),
                        Cell.statistic(PHI, Format.DECIMAL),
                        Cell.statistic(PHI_P, Format.P_VALUE)))));
    // the four cells are those whose burnout is known on both; the MBI burned-out of them are in
    // the burnout rate, which also counts those without a Mini-Z answer
    List<String> cells = List.of(both, miniZOnly, mbiOnly, neither);
    section
        .sum(Sum.within(PHI, cells))
        .sum(Sum.within(PHI_P, cells))
        .sum(Sum.within(BURNOUT_RATE, cells))
        .sum(Sum.of(BURNOUT_RATE, List.of(both, mbiOnly)));
  }
}
