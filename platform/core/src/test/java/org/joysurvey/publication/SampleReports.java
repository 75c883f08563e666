package org.joysurvey.publication;

import java.util.List;
import java.util.Map;
import org.joysurvey.disclosure.Suppression;
import org.joysurvey.edition.AccessMode;
import org.joysurvey.edition.EditionStatus;
import org.joysurvey.edition.EditionView;
import org.joysurvey.report.Comparison;
import org.joysurvey.report.EditionReport;
import org.joysurvey.report.Report;
import org.joysurvey.report.SectionReport;
import org.joysurvey.spi.ReportChart;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.ReportTable;
import org.joysurvey.spi.ReportTextList;
import org.joysurvey.spi.Statistic;

/**
 * A live report with one of everything a report can hold: a proportion withheld (3 of 60, k = 5),
 * an undefined one, a count, a value without numerator, a table, a bar chart, a Venn diagram, a
 * free-text list kept and one withheld, notes, a failed section, and comparisons (tested, untested,
 * with a suppressed earlier figure, of a withheld statistic).
 */
final class SampleReports {

  static final String WITHHELD_REASON = "counts fewer than 5 respondents";

  private SampleReports() {}

  static EditionReport live() {
    ReportSection miniZ =
        ReportSection.builder("Burnout (Mini-Z)")
            .statistic(Statistic.proportion("mini-z.burnout_rate", "Burned out", 18, 60))
            .statistic(Statistic.proportion("mini-z.level_share.5", "Level 5", 3, 60))
            .statistic(Statistic.proportion("mini-z.nobody", "Nobody answered", 0, 0))
            .statistic(Statistic.count("mini-z.respondents", "Respondents", 60))
            .statistic(Statistic.value("mini-z.chi_square", "Chi-square", 3.25, 60))
            .table(
                new ReportTable(
                    "Levels",
                    List.of("Level", "Share"),
                    List.of(
                        List.of(
                            ReportTable.Cell.text("5"),
                            ReportTable.Cell.statistic(
                                "mini-z.level_share.5", ReportTable.Format.COUNT_AND_PERCENT)),
                        List.of(
                            ReportTable.Cell.text("all"),
                            ReportTable.Cell.statistic(
                                "mini-z.burnout_rate", ReportTable.Format.PERCENT)))))
            .chart(
                new ReportChart(
                    "Levels",
                    ReportChart.Type.BAR,
                    List.of("burned out", "5"),
                    List.of(
                        new ReportChart.Series(
                            "share", List.of("mini-z.burnout_rate", "mini-z.level_share.5")))))
            .chart(
                new ReportChart(
                    "Overlap",
                    ReportChart.Type.VENN3,
                    List.of("A", "B", "C"),
                    List.of(
                        new ReportChart.Series(
                            "regions", List.of("a", "b", "c", "ab", "ac", "bc", "abc")))))
            .texts(
                new ReportTextList(
                    "What helps", "mini-z.helps", 12, List.of("Time off", "A \"kind\" word")))
            .texts(new ReportTextList("What hurts", "mini-z.hurts", 2, List.of("My boss", "X")))
            .note("Levels 3 to 5 count as burned out.")
            .build();
    SectionReport section =
        new SectionReport(
            "mini-z",
            "1.2.0",
            miniZ,
            List.of(
                new Suppression("mini-z.level_share.5", WITHHELD_REASON),
                new Suppression("mini-z.hurts", "only 2 respondents wrote a text, fewer than 10")),
            null);
    SectionReport failed = SectionReport.failed("mbi-2", "1.0.0", "division by zero");
    Report report = new Report(60, 5, List.of(section, failed));
    EditionView edition =
        new EditionView(
            7,
            2020,
            "Joy 2020",
            EditionStatus.CLOSED,
            List.of("mini-z", "mbi-2", "telemedicine"),
            Map.of("mini-z.wording.burnout", "How burned out are you?"),
            5,
            60,
            1,
            AccessMode.OPEN_LINK);
    return new EditionReport(
        edition,
        List.of("telemedicine"),
        report,
        Map.of(
            "mini-z.burnout_rate",
            new Comparison(
                "mini-z.burnout_rate", 2018, "edition 3", 0.25, 10L, 40L, 5.0, 0.55, 0.58, null),
            "mini-z.nobody",
            new Comparison(
                "mini-z.nobody",
                2019,
                "2019 national survey",
                0.1,
                null,
                null,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                null),
            "mini-z.respondents",
            new Comparison(
                "mini-z.respondents",
                2018,
                "edition 3",
                0.05,
                2L,
                40L,
                -0.0,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY,
                new Suppression("mini-z.respondents", "counts fewer than 5 respondents")),
            "mini-z.level_share.5",
            new Comparison(
                "mini-z.level_share.5", 2018, "edition 3", 0.2, 8L, 40L, -15, -1.9, 0.06, null)));
  }
}
