package org.joysurvey.web.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import org.joysurvey.disclosure.Suppression;
import org.joysurvey.report.Comparison;
import org.joysurvey.report.EditionReport;
import org.joysurvey.report.SectionReport;
import org.joysurvey.spi.ReportChart;
import org.joysurvey.spi.ReportTable;
import org.joysurvey.spi.ReportTextList;
import org.joysurvey.spi.Statistic;

/**
 * The report as JSON for analysts: exact statistics (undefined ones as {@code null}), each one's
 * denominator, the keys that may not be published ({@code suppressed}, with the reason), and each
 * proportion's comparison with an earlier year ({@code comparison}). A published report is written
 * by the same code: its public view has no withheld statistic, text list or comparison left to
 * write, and its {@code suppressed} lists say what is missing and why.
 */
final class ReportJson {

  /**
   * One provider for the whole report: {@code Json.create*} looks the provider up on every call.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  private ReportJson() {}

  static JsonObject of(EditionReport report) {
    JsonArrayBuilder sections = JSON.createArrayBuilder();
    for (SectionReport section : report.report().sections()) {
      sections.add(section(section, report));
    }
    JsonArrayBuilder missing = JSON.createArrayBuilder();
    report.missingInstruments().forEach(missing::add);
    JsonObjectBuilder o =
        JSON.createObjectBuilder().add("edition", EditionsResource.toJson(report.edition()));
    if (report.group() != null) {
      o.add("group", report.group().toString());
    }
    return o.add("responses", report.report().responses())
        .add("suppressionThreshold", report.report().suppressionThreshold())
        .add("missingInstruments", missing)
        .add("sections", sections)
        .build();
  }

  private static JsonObjectBuilder section(SectionReport s, EditionReport report) {
    JsonObjectBuilder o =
        JSON.createObjectBuilder()
            .add("instrument", s.instrument())
            .add("version", s.instrumentVersion());
    if (s.isFailed()) {
      return o.add("title", s.instrument())
          .add("error", s.error())
          .add("statistics", JSON.createObjectBuilder());
    }
    JsonObjectBuilder statistics = JSON.createObjectBuilder();
    JsonObjectBuilder denominators = JSON.createObjectBuilder();
    JsonObjectBuilder labels = JSON.createObjectBuilder();
    for (Statistic st : s.section().statistics()) {
      if (st.isDefined()) {
        if (st.kind() == Statistic.Kind.COUNT) {
          statistics.add(st.key(), (long) st.value());
        } else {
          statistics.add(st.key(), st.value());
        }
      } else {
        statistics.addNull(st.key());
      }
      denominators.add(st.key(), st.basis());
      labels.add(st.key(), st.label());
    }
    JsonArrayBuilder suppressed = JSON.createArrayBuilder();
    for (Suppression sup : s.suppressed()) {
      suppressed.add(JSON.createObjectBuilder().add("key", sup.key()).add("reason", sup.reason()));
    }
    JsonArrayBuilder tables = JSON.createArrayBuilder();
    for (ReportTable t : s.section().tables()) {
      JsonArrayBuilder columns = JSON.createArrayBuilder();
      t.columns().forEach(columns::add);
      JsonArrayBuilder rows = JSON.createArrayBuilder();
      for (var row : t.rows()) {
        JsonArrayBuilder cells = JSON.createArrayBuilder();
        for (ReportTable.Cell cell : row) {
          if (cell instanceof ReportTable.Text text) {
            cells.add(JSON.createObjectBuilder().add("text", text.text()));
          } else if (cell instanceof ReportTable.StatisticRef ref) {
            cells.add(
                JSON.createObjectBuilder()
                    .add("statistic", ref.key())
                    .add("format", ref.format().name().toLowerCase()));
          }
        }
        rows.add(cells);
      }
      tables.add(
          JSON.createObjectBuilder()
              .add("title", t.title())
              .add("columns", columns)
              .add("rows", rows));
    }
    JsonArrayBuilder charts = JSON.createArrayBuilder();
    for (ReportChart c : s.section().charts()) {
      JsonArrayBuilder chartLabels = JSON.createArrayBuilder();
      c.labels().forEach(chartLabels::add);
      JsonArrayBuilder series = JSON.createArrayBuilder();
      for (ReportChart.Series se : c.series()) {
        JsonArrayBuilder keys = JSON.createArrayBuilder();
        se.statisticKeys().forEach(keys::add);
        series.add(JSON.createObjectBuilder().add("label", se.label()).add("statistics", keys));
      }
      charts.add(
          JSON.createObjectBuilder()
              .add("title", c.title())
              .add("type", c.type().name().toLowerCase())
              .add("labels", chartLabels)
              .add("series", series));
    }
    JsonArrayBuilder texts = JSON.createArrayBuilder();
    for (ReportTextList list : s.section().texts()) {
      JsonArrayBuilder entries = JSON.createArrayBuilder();
      list.texts().forEach(entries::add);
      texts.add(
          JSON.createObjectBuilder()
              .add("title", list.title())
              .add("item", list.item())
              .add("answered", list.answered())
              .add("texts", entries));
    }
    JsonArrayBuilder notes = JSON.createArrayBuilder();
    s.section().notes().forEach(notes::add);
    JsonObjectBuilder comparisons = JSON.createObjectBuilder();
    for (Statistic st : s.section().statistics()) {
      report.comparison(st.key()).ifPresent(c -> comparisons.add(st.key(), comparison(c)));
    }
    return o.add("title", s.section().title())
        .add("statistics", statistics)
        .add("denominators", denominators)
        .add("labels", labels)
        .add("suppressed", suppressed)
        .add("tables", tables)
        .add("charts", charts)
        .add("texts", texts)
        .add("notes", notes)
        .add("comparison", comparisons);
  }

  /** One statistic against an earlier year; undefined numbers are {@code null}. */
  private static JsonObjectBuilder comparison(Comparison c) {
    JsonObjectBuilder o = JSON.createObjectBuilder().add("year", c.year());
    number(o, "previous", c.previous());
    if (c.denominator() != null) {
      o.add("numerator", c.numerator()).add("denominator", c.denominator());
    } else {
      o.addNull("numerator").addNull("denominator");
    }
    number(o, "difference_points", c.differencePoints());
    number(o, "z", c.z());
    number(o, "p_value", c.pValue());
    o.add("source", c.source());
    if (c.suppressed() != null) {
      o.add("suppressed", c.suppressed().reason());
    } else {
      o.addNull("suppressed");
    }
    return o;
  }

  private static void number(JsonObjectBuilder o, String name, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      o.addNull(name);
    } else {
      o.add(name, value);
    }
  }
}
