package org.joysurvey.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.joysurvey.report.Comparison;
import org.joysurvey.report.EditionReport;
import org.joysurvey.report.SectionReport;
import org.joysurvey.spi.KeyFinding;
import org.joysurvey.spi.Statistic;

/**
 * The key findings of a report: each instrument's templates ({@link KeyFinding}) filled in with its
 * figures and their change against the earlier year. A finding whose figure is withheld, undefined
 * or missing is left out: a sentence never says what the tables may not.
 */
public final class KeyFindings {

  /** A finding: its sentence and the instrument it comes from. */
  public record Finding(String instrument, String statisticKey, String sentence) {}

  private KeyFindings() {}

  /**
   * The findings of {@code report} (the public view: withheld figures are absent), in report order;
   * {@code templates} by instrument id.
   */
  public static List<Finding> of(EditionReport report, Map<String, List<KeyFinding>> templates) {
    List<Finding> findings = new ArrayList<>();
    for (SectionReport s : report.report().sections()) {
      if (s.isFailed()) {
        continue;
      }
      Map<String, Statistic> byKey = s.statisticsByKey();
      for (KeyFinding template : templates.getOrDefault(s.instrument(), List.of())) {
        Statistic st = byKey.get(template.statisticKey());
        if (st == null || !st.isDefined() || s.suppression(st.key()).isPresent()) {
          continue;
        }
        String value = StatisticFormat.format(st, StatisticFormat.natural(st), Optional.empty());
        String count = st.numerator() == null ? value : Long.toString(st.numerator());
        String change = report.comparison(st.key()).map(KeyFindings::change).orElse("");
        findings.add(
            new Finding(
                s.instrument(),
                st.key(),
                template.fill(value, count, Long.toString(st.basis()), change)));
      }
    }
    return findings;
  }

  /**
   * The clause a template's {@code {change}} becomes: ", down 2.0 points from 2018 (p = 0.410, not
   * a significant change)"; empty when the earlier figure is withheld or undefined.
   */
  static String change(Comparison c) {
    if (c.suppressed() != null || Double.isNaN(c.differencePoints())) {
      return "";
    }
    double points = Math.round(c.differencePoints() * 10) / 10.0;
    String clause =
        points == 0
            ? ", the same as in " + c.year()
            : String.format(
                Locale.ROOT,
                ", %s %.1f points from %d",
                points > 0 ? "up" : "down",
                Math.abs(points),
                c.year());
    if (!c.isTested()) {
      return clause + " (the earlier figure has no counts to test the change)";
    }
    return clause
        + " ("
        + StatisticFormat.pValue(c.pValue())
        + (c.pValue() < 0.05 ? ", a significant change" : ", not a significant change")
        + ")";
  }
}
