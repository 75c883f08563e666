package org.joysurvey.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joysurvey.disclosure.Suppression;
import org.joysurvey.document.ChartData;
import org.joysurvey.document.StatisticFormat;
import org.joysurvey.edition.EditionStatus;
import org.joysurvey.edition.EditionView;
import org.joysurvey.report.Comparison;
import org.joysurvey.report.EditionReport;
import org.joysurvey.report.Report;
import org.joysurvey.report.SectionReport;
import org.joysurvey.spi.ReportChart;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.Statistic;
import org.junit.jupiter.api.Test;

/** How the page shows earlier years: the key-figure cells and the "2020 vs 2018" datasets. */
class ReportViewComparisonTest {

  private static final EditionView EDITION_2020 =
      new EditionView(
          9,
          2020,
          "Survey 2020",
          EditionStatus.OPEN,
          List.of("x"),
          Map.of(),
          5,
          80,
          0,
          org.joysurvey.edition.AccessMode.INVITATION);

  private static Comparison comparison(
      String key,
      int year,
      double previous,
      Long numerator,
      Long denominator,
      double z,
      double p,
      Suppression suppressed) {
    return new Comparison(
        key, year, "edition 3", previous, numerator, denominator, 1.5, z, p, suppressed);
  }

  @Test
  void earlierFiguresAndChangesAreFormattedAndSuppressed() {
    Comparison tested =
        new Comparison(
            "x.a", 2018, "edition 3", 0.3, 18L, 60L, 15.000000000000002, 1.8, 0.0711, null);
    assertEquals("30.0% (2018)", StatisticFormat.previous(tested));
    assertEquals("+15.0 points, p = 0.071", StatisticFormat.change(tested, Optional.empty()));
    assertEquals(
        "suppressed",
        StatisticFormat.change(tested, Optional.of(new Suppression("x.a", "too few"))),
        "a change reveals the current figure too");
    Comparison down =
        new Comparison("x.a", 2018, "edition 3", 0.3, 18L, 60L, -7.5, -3.9, 0.00009, null);
    assertEquals("-7.5 points, p < 0.001", StatisticFormat.change(down, Optional.empty()));

    Comparison untested =
        new Comparison(
            "x.a", 2019, "national survey", 0.1, null, null, 2.5, Double.NaN, Double.NaN, null);
    assertEquals("+2.5 points", StatisticFormat.change(untested, Optional.empty()));
    assertTrue(
        StatisticFormat.source(untested).contains("not tested"), StatisticFormat.source(untested));

    Comparison hidden =
        comparison(
            "x.a",
            2018,
            0.05,
            3L,
            60L,
            0.6,
            0.55,
            new Suppression("x.a", "counts fewer than 5 respondents"));
    assertEquals("suppressed (counts fewer than 5 respondents)", StatisticFormat.previous(hidden));
    assertEquals("suppressed", StatisticFormat.change(hidden, Optional.empty()));
    assertTrue(
        !StatisticFormat.source(hidden).contains("3 of 60"), "no counts of a suppressed figure");
  }

  @Test
  void barChartsGetOneDatasetPerEarlierYearBesideThisOne() {
    List<String> keys = List.of("x.s1", "x.s2", "x.s3");
    ReportSection section =
        ReportSection.builder("X")
            .statistic(Statistic.proportion("x.s1", null, 40, 80))
            .statistic(Statistic.proportion("x.s2", null, 30, 80))
            .statistic(Statistic.proportion("x.s3", null, 10, 80))
            .chart(
                new ReportChart(
                    "Shares",
                    ReportChart.Type.BAR,
                    List.of("A", "B", "C"),
                    List.of(new ReportChart.Series("Respondents", keys))))
            .build();
    SectionReport s = new SectionReport("x", "1", section, List.of(), null);
    Map<String, Comparison> comparisons =
        Map.of(
            "x.s1", comparison("x.s1", 2018, 0.35, 21L, 60L, 1, 0.3, null),
            "x.s2", comparison("x.s2", 2019, 0.123456, null, null, Double.NaN, Double.NaN, null),
            "x.s3",
                comparison("x.s3", 2018, 0.05, 3L, 60L, 1, 0.3, new Suppression("x.s3", "few")));
    EditionReport report =
        new EditionReport(EDITION_2020, List.of(), new Report(80, 5, List.of(s)), comparisons);

    JsonObject chart =
        parse(ReportView.chartJson(ChartData.of(section.charts().get(0), s, report)));
    JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
    assertEquals(3, datasets.size());
    assertEquals("2020", datasets.getJsonObject(0).getString("label"));
    assertEquals("[50.0,37.5,12.5]", datasets.getJsonObject(0).getJsonArray("data").toString());
    assertEquals("2019", datasets.getJsonObject(1).getString("label"));
    assertEquals("[null,12.3,null]", datasets.getJsonObject(1).getJsonArray("data").toString());
    assertEquals("2018", datasets.getJsonObject(2).getString("label"));
    assertEquals(
        "[35.0,null,null]",
        datasets.getJsonObject(2).getJsonArray("data").toString(),
        "the suppressed 2018 point is left out");

    JsonObject plain =
        parse(
            ReportView.chartJson(
                ChartData.of(
                    section.charts().get(0),
                    s,
                    new EditionReport(EDITION_2020, List.of(), new Report(80, 5, List.of(s))))));
    JsonArray one = plain.getJsonObject("data").getJsonArray("datasets");
    assertEquals(1, one.size());
    assertEquals(
        "Respondents",
        one.getJsonObject(0).getString("label"),
        "without comparisons nothing changes");
  }

  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
