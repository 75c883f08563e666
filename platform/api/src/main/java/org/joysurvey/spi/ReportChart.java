package org.joysurvey.spi;

import java.util.List;
import java.util.Objects;

/**
 * A chart of a report section, as data: category labels and one or more series whose points are
 * references to the section's statistics (proportions are drawn as percentages). The platform draws
 * it, leaving out suppressed points.
 */
public record ReportChart(String title, Type type, List<String> labels, List<Series> series) {

  public enum Type {
    BAR,
    HORIZONTAL_BAR,
    PIE,
    /**
     * Three overlapping sets: {@code labels} are the three set names A, B, C; one series of seven
     * counts, the regions in the order A only, B only, C only, A+B, A+C, B+C, A+B+C.
     *
     * @since 1.1
     */
    VENN3
  }

  public ReportChart {
    Objects.requireNonNull(title, "A chart needs a title.");
    Objects.requireNonNull(type, "Chart '" + title + "' needs a type.");
    labels = List.copyOf(labels);
    series = List.copyOf(series);
    if (type == Type.VENN3) {
      if (labels.size() != 3 || series.size() != 1 || series.get(0).statisticKeys().size() != 7) {
        throw new IllegalArgumentException(
            "Venn chart '" + title + "' needs 3 set labels and one series of 7 regions.");
      }
    }
    for (Series s : type == Type.VENN3 ? List.<Series>of() : series) {
      if (s.statisticKeys().size() != labels.size()) {
        throw new IllegalArgumentException(
            "Chart '"
                + title
                + "': series '"
                + s.label()
                + "' has "
                + s.statisticKeys().size()
                + " points for "
                + labels.size()
                + " labels.");
      }
    }
  }

  /** One series: a label and one statistic key per category label. */
  public record Series(String label, List<String> statisticKeys) {
    public Series {
      statisticKeys = List.copyOf(statisticKeys);
    }
  }
}
