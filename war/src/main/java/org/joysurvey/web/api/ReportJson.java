package org.joysurvey.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.joysurvey.report.Comparison;
import org.joysurvey.report.EditionReport;
import org.joysurvey.report.SectionReport;
import org.joysurvey.report.Suppression;
import org.joysurvey.spi.ReportChart;
import org.joysurvey.spi.ReportTable;
import org.joysurvey.spi.ReportTextList;
import org.joysurvey.spi.Statistic;

/**
 * The report as JSON for analysts: exact statistics (undefined ones as {@code null}), each one's
 * denominator, the keys that may not be published ({@code suppressed}, with the reason), and each
 * proportion's comparison with an earlier year ({@code comparison}).
 */
final class ReportJson {

  private ReportJson() {}

  static JsonObject of(EditionReport report) {
    JsonArrayBuilder sections = Json.createArrayBuilder();
    for (SectionReport section : report.report().sections()) {
      sections.add(section(section, report));
    }
    JsonArrayBuilder missing = Json.createArrayBuilder();
    report.missingInstruments().forEach(missing::add);
    return Json.createObjectBuilder()
        .add("edition", EditionsResource.toJson(report.edition()))
        .add("responses", report.report().responses())
        .add("suppressionThreshold", report.report().suppressionThreshold())
        .add("missingInstruments", missing)
        .add("sections", sections)
        .build();
  }

  private static JsonObjectBuilder section(SectionReport s, EditionReport report) {
    JsonObjectBuilder o = Json.createObjectBuilder().add("instrument", s.instrument()).add("version", s.instrumentVersion());
    if (s.isFailed()) {
      return o.add("title", s.instrument()).add("error", s.error()).add("statistics", Json.createObjectBuilder());
    }
    JsonObjectBuilder statistics = Json.createObjectBuilder();
    JsonObjectBuilder denominators = Json.createObjectBuilder();
    JsonObjectBuilder labels = Json.createObjectBuilder();
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
    JsonArrayBuilder suppressed = Json.createArrayBuilder();
    for (Suppression sup : s.suppressed()) {
      suppressed.add(Json.createObjectBuilder().add("key", sup.key()).add("reason", sup.reason()));
    }
    JsonArrayBuilder tables = Json.createArrayBuilder();
    for (ReportTable t : s.section().tables()) {
      JsonArrayBuilder columns = Json.createArrayBuilder();
      t.columns().forEach(columns::add);
      JsonArrayBuilder rows = Json.createArrayBuilder();
      for (var row : t.rows()) {
        JsonArrayBuilder cells = Json.createArrayBuilder();
        for (ReportTable.Cell cell : row) {
          if (cell instanceof ReportTable.Text text) {
            cells.add(Json.createObjectBuilder().add("text", text.text()));
          } else if (cell instanceof ReportTable.StatisticRef ref) {
            cells.add(Json.createObjectBuilder().add("statistic", ref.key()).add("format", ref.format().name().toLowerCase()));
          }
        }
        rows.add(cells);
      }
      tables.add(Json.createObjectBuilder().add("title", t.title()).add("columns", columns).add("rows", rows));
    }
    JsonArrayBuilder charts = Json.createArrayBuilder();
    for (ReportChart c : s.section().charts()) {
      JsonArrayBuilder chartLabels = Json.createArrayBuilder();
      c.labels().forEach(chartLabels::add);
      JsonArrayBuilder series = Json.createArrayBuilder();
      for (ReportChart.Series se : c.series()) {
        JsonArrayBuilder keys = Json.createArrayBuilder();
        se.statisticKeys().forEach(keys::add);
        series.add(Json.createObjectBuilder().add("label", se.label()).add("statistics", keys));
      }
      charts.add(Json.createObjectBuilder().add("title", c.title()).add("type", c.type().name().toLowerCase())
          .add("labels", chartLabels).add("series", series));
    }
    JsonArrayBuilder texts = Json.createArrayBuilder();
    for (ReportTextList list : s.section().texts()) {
      JsonArrayBuilder entries = Json.createArrayBuilder();
      list.texts().forEach(entries::add);
      texts.add(Json.createObjectBuilder().add("title", list.title()).add("item", list.item())
          .add("answered", list.answered()).add("texts", entries));
    }
    JsonArrayBuilder notes = Json.createArrayBuilder();
    s.section().notes().forEach(notes::add);
    JsonObjectBuilder comparisons = Json.createObjectBuilder();
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
    JsonObjectBuilder o = Json.createObjectBuilder().add("year", c.year());
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
