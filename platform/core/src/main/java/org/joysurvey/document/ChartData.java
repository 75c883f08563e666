package org.joysurvey.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.joysurvey.report.Comparison;
import org.joysurvey.report.EditionReport;
import org.joysurvey.report.SectionReport;
import org.joysurvey.spi.ReportChart;
import org.joysurvey.spi.ReportTable;
import org.joysurvey.spi.Statistic;

/**
 * A chart of a section resolved against the report: each point's value or its absence, and the
 * earlier years beside this one. The report page turns it into a Chart.js configuration, the
 * document into SVG ({@link ChartSvg}); both read the same points.
 *
 * @param percent the points are shares, drawn as percentages
 * @param years "2020 vs 2018" when earlier years are shown beside this one, otherwise {@code null}
 * @param venn for a three-set Venn diagram, its set names and the seven region figures
 */
public record ChartData(
    String title,
    ReportChart.Type type,
    List<String> labels,
    List<Dataset> datasets,
    boolean percent,
    String years,
    Venn venn) {

  public ChartData {
    labels = List.copyOf(labels);
    datasets = List.copyOf(datasets);
  }

  /**
   * One series of bars (or a pie's slices).
   *
   * @param values one per label: the drawn value (a percentage for a share, rounded to 0.1), or
   *     {@code null} where the point is suppressed, undefined or not compared
   * @param shown one per label: the point as text ("33.7%", "suppressed", "n/a")
   * @param series the index of the plugin's series it belongs to
   * @param earlier 0 for this edition, 1 for the most recent earlier year, 2 for the one before
   */
  public record Dataset(
      String label, List<Double> values, List<String> shown, int series, int earlier) {
    public Dataset {
      values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
      shown = List.copyOf(shown);
    }
  }

  /**
   * Three overlapping sets A, B, C and the seven region figures in the order A only, B only, C
   * only, A+B, A+C, B+C, A+B+C ("suppressed" where a cell is too small).
   */
  public record Venn(List<String> sets, List<String> regions) {
    public Venn {
      sets = List.copyOf(sets);
      regions = List.copyOf(regions);
    }
  }

  /** Resolves {@code chart} of section {@code s} of {@code report}. */
  public static ChartData of(ReportChart chart, SectionReport s, EditionReport report) {
    Map<String, Statistic> byKey = s.statisticsByKey();
    if (chart.type() == ReportChart.Type.VENN3) {
      List<String> regions = new ArrayList<>();
      for (String key : chart.series().get(0).statisticKeys()) {
        Statistic st = byKey.get(key);
        regions.add(
            st == null
                ? PresentedReport.withheld(s, key)
                : StatisticFormat.format(st, ReportTable.Format.COUNT, s.suppression(key)));
      }
      return new ChartData(
          chart.title(),
          chart.type(),
          chart.labels(),
          List.of(),
          false,
          null,
          new Venn(chart.labels(), regions));
    }
    List<Integer> years =
        chart.type() == ReportChart.Type.PIE ? List.of() : comparedYears(chart, report);
    boolean single = chart.series().size() == 1;
    boolean percent = true;
    List<Dataset> datasets = new ArrayList<>();
    int i = 0;
    for (ReportChart.Series series : chart.series()) {
      List<Double> values = new ArrayList<>();
      List<String> shown = new ArrayList<>();
      for (String key : series.statisticKeys()) {
        Statistic st = byKey.get(key);
        if (st != null && st.kind() != Statistic.Kind.PROPORTION) {
          percent = false;
        }
        if (st == null || !st.isDefined() || s.suppression(key).isPresent()) {
          values.add(null);
          shown.add(
              st == null || s.suppression(key).isPresent()
                  ? PresentedReport.withheld(s, key)
                  : "n/a");
        } else {
          boolean share = st.kind() == Statistic.Kind.PROPORTION;
          double value = share ? st.value() * 100 : st.value();
          values.add(Math.round(value * 10) / 10.0);
          shown.add(
              StatisticFormat.format(
                  st,
                  share ? ReportTable.Format.PERCENT : ReportTable.Format.COUNT,
                  Optional.empty()));
        }
      }
      String label =
          years.isEmpty()
              ? series.label()
              : single
                  ? Integer.toString(report.edition().year())
                  : series.label() + " " + report.edition().year();
      datasets.add(new Dataset(label, values, shown, i, 0));
      for (int j = 0; j < years.size(); j++) {
        int year = years.get(j);
        List<Double> earlier = new ArrayList<>();
        List<String> earlierShown = new ArrayList<>();
        for (String key : series.statisticKeys()) {
          Optional<Comparison> c = report.comparison(key).filter(x -> x.year() == year);
          if (c.isEmpty() || c.get().suppressed() != null || Double.isNaN(c.get().previous())) {
            earlier.add(null);
            earlierShown.add(
                c.isPresent() && c.get().suppressed() != null ? StatisticFormat.SUPPRESSED : "n/a");
          } else {
            earlier.add(Math.round(c.get().previous() * 1000) / 10.0);
            earlierShown.add(StatisticFormat.percent(c.get().previous()));
          }
        }
        datasets.add(
            new Dataset(
                single ? Integer.toString(year) : series.label() + " " + year,
                earlier,
                earlierShown,
                i,
                j + 1));
      }
      i++;
    }
    String compared =
        years.isEmpty()
            ? null
            : report.edition().year()
                + " vs "
                + years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    return new ChartData(
        chart.title(), chart.type(), chart.labels(), datasets, percent, compared, null);
  }

  /** The earlier years that some point of the chart is compared with, most recent first. */
  private static List<Integer> comparedYears(ReportChart chart, EditionReport report) {
    return chart.series().stream()
        .flatMap(series -> series.statisticKeys().stream())
        .map(report::comparison)
        .flatMap(Optional::stream)
        .map(Comparison::year)
        .distinct()
        .sorted(Comparator.reverseOrder())
        .toList();
  }

  /**
   * What the chart shows, in words, for a reader who cannot see it (the PDF's alternate text, the
   * page's aria label): every point of every series, withheld ones said to be withheld.
   */
  public String description() {
    StringBuilder text = new StringBuilder(title).append('.');
    if (venn != null) {
      String[] regions = {
        "only " + venn.sets().get(0),
        "only " + venn.sets().get(1),
        "only " + venn.sets().get(2),
        venn.sets().get(0) + " and " + venn.sets().get(1),
        venn.sets().get(0) + " and " + venn.sets().get(2),
        venn.sets().get(1) + " and " + venn.sets().get(2),
        "all three"
      };
      text.append(" Respondents in each region:");
      for (int r = 0; r < regions.length; r++) {
        text.append(r == 0 ? " " : "; ")
            .append(regions[r])
            .append(' ')
            .append(venn.regions().get(r));
      }
      return text.append('.').toString();
    }
    for (Dataset d : datasets) {
      text.append(' ').append(d.label()).append(':');
      for (int p = 0; p < labels.size(); p++) {
        text.append(p == 0 ? " " : "; ").append(labels.get(p)).append(' ').append(d.shown().get(p));
      }
      text.append('.');
    }
    return text.toString();
  }
}
