package org.joysurvey.web.pages;

import java.util.Locale;
import java.util.Optional;
import org.joysurvey.report.Suppression;
import org.joysurvey.spi.ReportTable.Format;
import org.joysurvey.spi.Statistic;

/** How statistics read in a report meant for distribution: suppressed ones never show a number. */
final class StatisticFormat {

  static final String SUPPRESSED = "suppressed";

  private StatisticFormat() {}

  static String format(Statistic statistic, Format format, Optional<Suppression> suppression) {
    if (suppression.isPresent()) {
      return SUPPRESSED;
    }
    if (!statistic.isDefined()) {
      return "n/a";
    }
    double v = statistic.value();
    return switch (format) {
      case PERCENT -> percent(v);
      case COUNT -> Long.toString(statistic.numerator() != null ? statistic.numerator() : Math.round(v));
      case COUNT_AND_PERCENT -> (statistic.numerator() != null ? statistic.numerator() : "?") + " (" + percent(v) + ")";
      case DECIMAL -> String.format(Locale.ROOT, "%.3f", v);
      case P_VALUE -> v < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", v);
    };
  }

  /** The natural format of a statistic on its own. */
  static Format natural(Statistic statistic) {
    if (statistic.key().endsWith("p_value")) {
      return Format.P_VALUE;
    }
    return switch (statistic.kind()) {
      case PROPORTION -> Format.PERCENT;
      case COUNT -> Format.COUNT;
      case VALUE -> statistic.numerator() != null && statistic.key().contains("_ci_") ? Format.PERCENT : Format.DECIMAL;
    };
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
