package org.joysurvey.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joysurvey.disclosure.Suppression;
import org.joysurvey.publication.PublicReport;
import org.joysurvey.report.Comparison;
import org.joysurvey.report.EditionReport;
import org.joysurvey.report.SectionReport;
import org.joysurvey.spi.ReportChart;
import org.joysurvey.spi.ReportTable;
import org.joysurvey.spi.ReportTextList;
import org.joysurvey.spi.Statistic;

/**
 * A report's sections as they are shown, computed once for the report page and the document: the
 * same figures, formatted the same way, so that the PDF holds exactly what the page shows.
 */
public final class PresentedReport {

  private PresentedReport() {}

  /**
   * The sections of {@code report}; {@code publicView} is the publication's (whose withheld figures
   * are not in the sections: they are listed after the others, as "suppressed", under their
   * labels), or {@code null} for a live report.
   */
  public static List<PresentedSection> sections(EditionReport report, PublicReport publicView) {
    List<PresentedSection> views = new ArrayList<>();
    for (SectionReport s : report.report().sections()) {
      views.add(
          s.isFailed()
              ? new PresentedSection(
                  s.instrument(),
                  s.instrument(),
                  s.error(),
                  List.of(),
                  List.of(),
                  List.of(),
                  List.of(),
                  List.of(),
                  false)
              : section(s, report, publicView));
    }
    return views;
  }

  private static PresentedSection section(
      SectionReport s, EditionReport report, PublicReport publicView) {
    Map<String, Statistic> byKey = s.statisticsByKey();
    List<PresentedSection.Line> lines = new ArrayList<>();
    boolean compared = false;
    for (Statistic st : s.section().statistics()) {
      Optional<Suppression> suppression = s.suppression(st.key());
      Optional<Comparison> comparison = report.comparison(st.key());
      compared |= comparison.isPresent();
      lines.add(
          new PresentedSection.Line(
              st.key(),
              st.label(),
              StatisticFormat.format(st, StatisticFormat.natural(st), suppression),
              // a withheld figure's denominator is not published either
              publicView != null && suppression.isPresent() ? null : st.basis(),
              suppression.map(Suppression::reason).orElse(null),
              comparison.map(StatisticFormat::previous).orElse(""),
              comparison.map(c -> StatisticFormat.change(c, suppression)).orElse(""),
              comparison.map(StatisticFormat::source).orElse("")));
    }
    if (publicView != null) {
      for (Suppression sup : s.suppressed()) {
        String label = publicView.withheldStatistics().get(sup.key());
        if (label != null && !byKey.containsKey(sup.key())) {
          lines.add(
              new PresentedSection.Line(
                  sup.key(), label, StatisticFormat.SUPPRESSED, null, sup.reason(), "", "", ""));
        }
      }
    }
    List<PresentedSection.Table> tables = new ArrayList<>();
    for (ReportTable t : s.section().tables()) {
      List<List<String>> rows = new ArrayList<>();
      for (List<ReportTable.Cell> row : t.rows()) {
        List<String> cells = new ArrayList<>();
        for (ReportTable.Cell cell : row) {
          if (cell instanceof ReportTable.Text text) {
            cells.add(text.text());
          } else if (cell instanceof ReportTable.StatisticRef ref) {
            Statistic st = byKey.get(ref.key());
            cells.add(
                st == null
                    ? withheld(s, ref.key())
                    : StatisticFormat.format(st, ref.format(), s.suppression(ref.key())));
          }
        }
        rows.add(cells);
      }
      tables.add(new PresentedSection.Table(t.title(), t.columns(), rows));
    }
    List<ChartData> charts = new ArrayList<>();
    for (ReportChart c : s.section().charts()) {
      charts.add(ChartData.of(c, s, report));
    }
    List<PresentedSection.Texts> texts = new ArrayList<>();
    if (publicView != null) {
      // a withheld list is not in the publication: its title and the reason are
      for (Suppression sup : s.suppressed()) {
        String title = publicView.withheldTexts().get(sup.key());
        if (title != null) {
          texts.add(new PresentedSection.Texts(title, 0, List.of(), sup.reason()));
        }
      }
    }
    for (ReportTextList list : s.section().texts()) {
      Optional<Suppression> suppression = s.suppression(list.item());
      texts.add(
          new PresentedSection.Texts(
              list.title(),
              list.answered(),
              suppression.isPresent() ? List.of() : list.texts(),
              suppression.map(Suppression::reason).orElse(null)));
    }
    return new PresentedSection(
        s.instrument(),
        s.section().title(),
        null,
        lines,
        tables,
        charts,
        texts,
        s.section().notes(),
        compared);
  }

  /**
   * A cell of a statistic the section does not have: "suppressed" when it was withheld (a
   * publication leaves withheld figures out), otherwise empty.
   */
  static String withheld(SectionReport s, String key) {
    return s.suppression(key).isPresent() ? StatisticFormat.SUPPRESSED : "";
  }
}
