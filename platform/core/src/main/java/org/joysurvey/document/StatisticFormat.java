package org.joysurvey.document;

import java.util.Locale;
import java.util.Optional;
import org.joysurvey.disclosure.Suppression;
import org.joysurvey.report.Comparison;
import org.joysurvey.spi.ReportTable.Format;
import org.joysurvey.spi.Statistic;

/**
 * How statistics read wherever a report is shown (the report page, the PDF, the print page):
 * suppressed ones never show a number.
 */
public final class StatisticFormat {

  public static final String SUPPRESSED = "suppressed";

  private StatisticFormat() {}

  public static String format(
      Statistic statistic, Format format, Optional<Suppression> suppression) {
    if (suppression.isPresent()) {
      return SUPPRESSED;
    }
    if (!statistic.isDefined()) {
      return "n/a";
    }
    double v = statistic.value();
    return switch (format) {
      case PERCENT -> percent(v);
      case COUNT ->
          Long.toString(statistic.numerator() != null ? statistic.numerator() : Math.round(v));
      case COUNT_AND_PERCENT ->
          (statistic.numerator() != null ? statistic.numerator() : "?") + " (" + percent(v) + ")";
      case DECIMAL -> String.format(Locale.ROOT, "%.3f", v);
      case P_VALUE -> pValue(v);
    };
  }

  /** The natural format of a statistic on its own. */
  public static Format natural(Statistic statistic) {
    if (statistic.key().endsWith("p_value")) {
      return Format.P_VALUE;
    }
    return switch (statistic.kind()) {
      case PROPORTION -> Format.PERCENT;
      case COUNT -> Format.COUNT;
      case VALUE ->
          statistic.numerator() != null && statistic.key().contains("_ci_")
              ? Format.PERCENT
              : Format.DECIMAL;
    };
  }

  /** The earlier figure of a comparison: "31.1% (2018)", or "suppressed" with the reason. */
  public static String previous(Comparison c) {
    if (c.suppressed() != null) {
      return SUPPRESSED + " (" + c.suppressed().reason() + ")";
    }
    if (Double.isNaN(c.previous())) {
      return "n/a (" + c.year() + ")";
    }
    return percent(c.previous()) + " (" + c.year() + ")";
  }

  /**
   * The change since the earlier year: "+2.6 points, p = 0.399". It reveals both figures, so it is
   * suppressed when either is. Without the earlier year's counts there is no test.
   */
  public static String change(Comparison c, Optional<Suppression> current) {
    if (current.isPresent() || c.suppressed() != null) {
      return SUPPRESSED;
    }
    if (Double.isNaN(c.differencePoints())) {
      return "n/a";
    }
    String points = String.format(Locale.ROOT, "%+.1f points", c.differencePoints());
    return c.isTested() ? points + ", " + pValue(c.pValue()) : points;
  }

  /** Where the earlier figure comes from, and why a change may lack a test. */
  public static String source(Comparison c) {
    String from =
        c.source().startsWith("edition ") ? "the " + c.year() + " edition's responses" : c.source();
    if (c.suppressed() != null) {
      return "Compared with " + from + " (" + c.year() + ").";
    }
    if (c.denominator() == null) {
      return "Compared with "
          + from
          + " ("
          + c.year()
          + "), published without its number of respondents,"
          + " so the change is not tested.";
    }
    return "Compared with "
        + from
        + " ("
        + c.year()
        + ", "
        + c.numerator()
        + " of "
        + c.denominator()
        + "); two-proportion z-test.";
  }

  public static String pValue(double p) {
    return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
  }

  public static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
