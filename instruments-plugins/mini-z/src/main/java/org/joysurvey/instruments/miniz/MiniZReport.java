package org.joysurvey.instruments.miniz;

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
import org.joysurvey.statistics.Interval;
import org.joysurvey.statistics.WilsonInterval;

/** Counts the five Mini-Z levels; everything else follows from those counts. */
final class MiniZReport implements SectionBuilder {

  static final String BURNOUT_RATE = "mini-z.burnout_rate";
  static final String CI_LOW = "mini-z.burnout_rate_ci_low";
  static final String CI_HIGH = "mini-z.burnout_rate_ci_high";
  static final String LEVEL_SHARE = "mini-z.level_share.";

  private final long[] levelCounts = new long[6];

  @Override
  public void accept(ScoredResponse response) {
    response.derived().integer(MiniZ.LEVEL).ifPresent(level -> levelCounts[level]++);
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
    ReportSection.Builder section = ReportSection.builder("Burnout (Mini-Z)")
        .statistic(Statistic.proportion(BURNOUT_RATE, "Burnout rate (level 3 or above)", burnedOut, answered))
        .statistic(Statistic.fromCounts(CI_LOW, "Burnout rate, 95% Wilson interval, lower bound", ci.low(), burnedOut, answered))
        .statistic(Statistic.fromCounts(CI_HIGH, "Burnout rate, 95% Wilson interval, upper bound", ci.high(), burnedOut, answered));
    List<String> labels = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<List<Cell>> rows = new ArrayList<>();
    for (int level = 1; level <= 5; level++) {
      String key = LEVEL_SHARE + level;
      String label = "Level " + level + (level >= MiniZ.BURNOUT_LEVEL ? " (burnout)" : "");
      section.statistic(Statistic.proportion(key, label + " share", levelCounts[level], answered));
      labels.add(label);
      keys.add(key);
      rows.add(List.of(Cell.text(Integer.toString(level)), Cell.text(MiniZ.LEVEL_LABELS.get(level - 1)),
          Cell.statistic(key, Format.COUNT_AND_PERCENT)));
    }
    rows.add(List.of(Cell.text("3-5"), Cell.text("Burnout"), Cell.statistic(BURNOUT_RATE, Format.COUNT_AND_PERCENT)));
    return section
        .table(new ReportTable("Mini-Z levels (of " + answered + " who answered)", List.of("Level", "Description", "Respondents"), rows))
        .chart(new ReportChart("Mini-Z levels, % of those who answered", ReportChart.Type.BAR, labels,
            List.of(new ReportChart.Series("Respondents", keys))))
        .note("Burnout = level 3 or above. The interval is the 95% Wilson score interval.")
        .build();
  }
}
