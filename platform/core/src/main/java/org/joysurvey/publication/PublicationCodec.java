package org.joysurvey.publication;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joysurvey.disclosure.Suppression;
import org.joysurvey.edition.AccessMode;
import org.joysurvey.edition.EditionStatus;
import org.joysurvey.edition.EditionView;
import org.joysurvey.narrative.Narrative;
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
 * Stores a {@link PublicReport} as JSON text and reads it back into the same records, so that a
 * publication is rendered by the code that renders a live report. Every field of the records is
 * kept, exactly: numbers that JSON cannot hold ({@code NaN}, infinities) are written as the strings
 * {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"} (and {@code -0.0} as {@code "-0.0"}).
 * {@code format} numbers the layout, so that a later change of it can still read what was published
 * before. The {@code narrative} and {@code facts} members were added within format 1: a document
 * stored before them reads back without them ({@link Document#narrative} {@link Narrative#EMPTY},
 * {@link Document#facts} {@code null}).
 */
public final class PublicationCodec {

  static final int FORMAT = 1;

  private static final JsonProvider JSON = JsonProvider.provider();

  private PublicationCodec() {}

  /**
   * A stored document: the public report, the narrative and the survey facts.
   *
   * @param facts {@code null} in a document stored before the facts were kept
   */
  public record Document(PublicReport report, Narrative narrative, SurveyFacts facts) {

    public Document {
      narrative = narrative == null ? Narrative.EMPTY : narrative;
    }
  }

  /** The report alone, with no narrative and no facts. */
  public static String encode(PublicReport published) {
    return encode(new Document(published, Narrative.EMPTY, null));
  }

  public static String encode(Document document) {
    PublicReport published = document.report();
    EditionReport r = published.report();
    JsonArrayBuilder sections = JSON.createArrayBuilder();
    for (SectionReport s : r.report().sections()) {
      sections.add(section(s));
    }
    JsonArrayBuilder comparisons = JSON.createArrayBuilder();
    r.comparisons().values().forEach(c -> comparisons.add(comparison(c)));
    JsonObjectBuilder labels = JSON.createObjectBuilder();
    published.withheldStatistics().forEach(labels::add);
    JsonObjectBuilder titles = JSON.createObjectBuilder();
    published.withheldTexts().forEach(titles::add);
    return JSON.createObjectBuilder()
        .add("format", FORMAT)
        .add("edition", edition(r.edition()))
        .add("missingInstruments", strings(r.missingInstruments()))
        .add("responses", r.report().responses())
        .add("suppressionThreshold", r.report().suppressionThreshold())
        .add("sections", sections)
        .add("comparisons", comparisons)
        .add("withheldStatistics", labels)
        .add("withheldTexts", titles)
        .add("narrative", narrative(document.narrative()))
        .add("facts", facts(document.facts()))
        .build()
        .toString();
  }

  /** The public report of a stored document. */
  public static PublicReport decode(String document) {
    return report(read(document));
  }

  /** The whole of a stored document; what a document of before the narrative lacks is empty. */
  public static Document decodeDocument(String document) {
    JsonObject o = read(document);
    return new Document(
        report(o),
        o.containsKey("narrative") && !o.isNull("narrative")
            ? narrative(o.getJsonObject("narrative"))
            : Narrative.EMPTY,
        o.containsKey("facts") && !o.isNull("facts") ? facts(o.getJsonObject("facts")) : null);
  }

  private static JsonObject read(String document) {
    JsonObject o;
    try (JsonReader reader = JSON.createReader(new StringReader(document))) {
      o = reader.readObject();
    }
    return o;
  }

  private static PublicReport report(JsonObject o) {
    if (o.getInt("format") != FORMAT) {
      throw new IllegalArgumentException(
          "A publication document of format " + o.getInt("format") + " cannot be read.");
    }
    List<SectionReport> sections = new ArrayList<>();
    for (JsonValue s : o.getJsonArray("sections")) {
      sections.add(section(s.asJsonObject()));
    }
    Map<String, Comparison> comparisons = new LinkedHashMap<>();
    for (JsonValue c : o.getJsonArray("comparisons")) {
      Comparison comparison = comparison(c.asJsonObject());
      comparisons.put(comparison.key(), comparison);
    }
    Map<String, String> labels = new LinkedHashMap<>();
    o.getJsonObject("withheldStatistics")
        .forEach((k, v) -> labels.put(k, ((JsonString) v).getString()));
    Map<String, String> titles = new LinkedHashMap<>();
    o.getJsonObject("withheldTexts").forEach((k, v) -> titles.put(k, ((JsonString) v).getString()));
    Report report =
        new Report(
            o.getJsonNumber("responses").longValue(), o.getInt("suppressionThreshold"), sections);
    return new PublicReport(
        new EditionReport(
            edition(o.getJsonObject("edition")),
            strings(o.getJsonArray("missingInstruments")),
            report,
            comparisons),
        labels,
        titles);
  }

  private static JsonObjectBuilder narrative(Narrative n) {
    JsonObjectBuilder chapters = JSON.createObjectBuilder();
    n.chapterIntros().forEach(chapters::add);
    return JSON.createObjectBuilder()
        .add("introduction", n.introduction())
        .add("conclusion", n.conclusion())
        .add("recommendations", n.recommendations())
        .add("appendices", n.appendices())
        .add("chapters", chapters);
  }

  private static Narrative narrative(JsonObject o) {
    // JSON-P keeps the members' order, which is the edition's order of the chapters
    Map<String, String> chapters = new LinkedHashMap<>();
    o.getJsonObject("chapters").forEach((k, v) -> chapters.put(k, ((JsonString) v).getString()));
    return new Narrative(
        o.getString("introduction"),
        o.getString("conclusion"),
        o.getString("recommendations"),
        o.getString("appendices"),
        chapters);
  }

  private static JsonValue facts(SurveyFacts f) {
    if (f == null) {
      return JsonValue.NULL;
    }
    JsonObjectBuilder o = JSON.createObjectBuilder();
    nullable(o, "firstResponse", f.firstResponse() == null ? null : f.firstResponse().toString());
    nullable(o, "lastResponse", f.lastResponse() == null ? null : f.lastResponse().toString());
    if (f.invited() == null) {
      o.addNull("invited");
    } else {
      o.add("invited", f.invited());
    }
    nullable(o, "invitedSource", f.invitedSource());
    return o.add("responses", f.responses()).build();
  }

  private static SurveyFacts facts(JsonObject o) {
    String first = text(o, "firstResponse");
    String last = text(o, "lastResponse");
    return new SurveyFacts(
        first == null ? null : LocalDate.parse(first),
        last == null ? null : LocalDate.parse(last),
        o.isNull("invited") ? null : o.getJsonNumber("invited").longValue(),
        text(o, "invitedSource"),
        o.getJsonNumber("responses").longValue());
  }

  private static JsonObjectBuilder edition(EditionView e) {
    JsonObjectBuilder settings = JSON.createObjectBuilder();
    new java.util.TreeMap<>(e.settings()).forEach(settings::add);
    return JSON.createObjectBuilder()
        .add("id", e.id())
        .add("year", e.year())
        .add("title", e.title())
        .add("status", e.status().code())
        .add("instruments", strings(e.instruments()))
        .add("settings", settings)
        .add("suppressionThreshold", e.suppressionThreshold())
        .add("responses", e.responses())
        .add("wordingVersion", e.wordingVersion())
        .add("accessMode", e.accessMode().code());
  }

  private static EditionView edition(JsonObject o) {
    Map<String, String> settings = new LinkedHashMap<>();
    o.getJsonObject("settings").forEach((k, v) -> settings.put(k, ((JsonString) v).getString()));
    return new EditionView(
        o.getJsonNumber("id").longValue(),
        o.getInt("year"),
        o.getString("title"),
        EditionStatus.fromCode(o.getString("status")).orElseThrow(),
        strings(o.getJsonArray("instruments")),
        settings,
        o.getInt("suppressionThreshold"),
        o.getJsonNumber("responses").longValue(),
        o.getInt("wordingVersion"),
        AccessMode.fromCode(o.getString("accessMode")).orElseThrow());
  }

  private static JsonObjectBuilder section(SectionReport s) {
    JsonArrayBuilder suppressed = JSON.createArrayBuilder();
    for (Suppression sup : s.suppressed()) {
      suppressed.add(JSON.createObjectBuilder().add("key", sup.key()).add("reason", sup.reason()));
    }
    JsonObjectBuilder o =
        JSON.createObjectBuilder()
            .add("instrument", s.instrument())
            .add("version", s.instrumentVersion())
            .add("suppressed", suppressed);
    nullable(o, "error", s.error());
    if (s.section() == null) {
      return o.addNull("section");
    }
    ReportSection section = s.section();
    JsonArrayBuilder statistics = JSON.createArrayBuilder();
    for (Statistic st : section.statistics()) {
      JsonObjectBuilder so =
          JSON.createObjectBuilder()
              .add("key", st.key())
              .add("label", st.label())
              .add("kind", st.kind().name())
              .add("basis", st.basis());
      number(so, "value", st.value());
      if (st.numerator() == null) {
        so.addNull("numerator");
      } else {
        so.add("numerator", st.numerator());
      }
      statistics.add(so);
    }
    JsonArrayBuilder tables = JSON.createArrayBuilder();
    for (ReportTable t : section.tables()) {
      JsonArrayBuilder rows = JSON.createArrayBuilder();
      for (List<ReportTable.Cell> row : t.rows()) {
        JsonArrayBuilder cells = JSON.createArrayBuilder();
        for (ReportTable.Cell cell : row) {
          if (cell instanceof ReportTable.Text text) {
            cells.add(JSON.createObjectBuilder().add("text", text.text()));
          } else if (cell instanceof ReportTable.StatisticRef ref) {
            cells.add(
                JSON.createObjectBuilder()
                    .add("statistic", ref.key())
                    .add("format", ref.format().name()));
          }
        }
        rows.add(cells);
      }
      tables.add(
          JSON.createObjectBuilder()
              .add("title", t.title())
              .add("columns", strings(t.columns()))
              .add("rows", rows));
    }
    JsonArrayBuilder charts = JSON.createArrayBuilder();
    for (ReportChart c : section.charts()) {
      JsonArrayBuilder series = JSON.createArrayBuilder();
      for (ReportChart.Series se : c.series()) {
        series.add(
            JSON.createObjectBuilder()
                .add("label", se.label())
                .add("statistics", strings(se.statisticKeys())));
      }
      charts.add(
          JSON.createObjectBuilder()
              .add("title", c.title())
              .add("type", c.type().name())
              .add("labels", strings(c.labels()))
              .add("series", series));
    }
    JsonArrayBuilder texts = JSON.createArrayBuilder();
    for (ReportTextList list : section.texts()) {
      texts.add(
          JSON.createObjectBuilder()
              .add("title", list.title())
              .add("item", list.item())
              .add("answered", list.answered())
              .add("texts", strings(list.texts())));
    }
    return o.add(
        "section",
        JSON.createObjectBuilder()
            .add("title", section.title())
            .add("statistics", statistics)
            .add("tables", tables)
            .add("charts", charts)
            .add("texts", texts)
            .add("notes", strings(section.notes())));
  }

  private static SectionReport section(JsonObject o) {
    List<Suppression> suppressed = new ArrayList<>();
    for (JsonValue v : o.getJsonArray("suppressed")) {
      JsonObject sup = v.asJsonObject();
      suppressed.add(
          new Suppression(sup.getString("key"), Suppression.withoutCount(sup.getString("reason"))));
    }
    String error = text(o, "error");
    if (o.isNull("section")) {
      return new SectionReport(
          o.getString("instrument"), o.getString("version"), null, suppressed, error);
    }
    JsonObject s = o.getJsonObject("section");
    List<Statistic> statistics = new ArrayList<>();
    for (JsonValue v : s.getJsonArray("statistics")) {
      JsonObject st = v.asJsonObject();
      statistics.add(
          new Statistic(
              st.getString("key"),
              st.getString("label"),
              Statistic.Kind.valueOf(st.getString("kind")),
              number(st.get("value")),
              st.isNull("numerator") ? null : st.getJsonNumber("numerator").longValue(),
              st.getJsonNumber("basis").longValue()));
    }
    List<ReportTable> tables = new ArrayList<>();
    for (JsonValue v : s.getJsonArray("tables")) {
      JsonObject t = v.asJsonObject();
      List<List<ReportTable.Cell>> rows = new ArrayList<>();
      for (JsonValue row : t.getJsonArray("rows")) {
        List<ReportTable.Cell> cells = new ArrayList<>();
        for (JsonValue c : row.asJsonArray()) {
          JsonObject cell = c.asJsonObject();
          cells.add(
              cell.containsKey("text")
                  ? ReportTable.Cell.text(cell.getString("text"))
                  : ReportTable.Cell.statistic(
                      cell.getString("statistic"),
                      ReportTable.Format.valueOf(cell.getString("format"))));
        }
        rows.add(cells);
      }
      tables.add(new ReportTable(t.getString("title"), strings(t.getJsonArray("columns")), rows));
    }
    List<ReportChart> charts = new ArrayList<>();
    for (JsonValue v : s.getJsonArray("charts")) {
      JsonObject c = v.asJsonObject();
      List<ReportChart.Series> series = new ArrayList<>();
      for (JsonValue se : c.getJsonArray("series")) {
        JsonObject so = se.asJsonObject();
        series.add(
            new ReportChart.Series(so.getString("label"), strings(so.getJsonArray("statistics"))));
      }
      charts.add(
          new ReportChart(
              c.getString("title"),
              ReportChart.Type.valueOf(c.getString("type")),
              strings(c.getJsonArray("labels")),
              series));
    }
    List<ReportTextList> texts = new ArrayList<>();
    for (JsonValue v : s.getJsonArray("texts")) {
      JsonObject t = v.asJsonObject();
      texts.add(
          new ReportTextList(
              t.getString("title"),
              t.getString("item"),
              t.getJsonNumber("answered").longValue(),
              strings(t.getJsonArray("texts"))));
    }
    ReportSection section =
        new ReportSection(
            s.getString("title"),
            statistics,
            tables,
            charts,
            texts,
            strings(s.getJsonArray("notes")));
    return new SectionReport(
        o.getString("instrument"), o.getString("version"), section, suppressed, error);
  }

  private static JsonObjectBuilder comparison(Comparison c) {
    JsonObjectBuilder o =
        JSON.createObjectBuilder()
            .add("key", c.key())
            .add("year", c.year())
            .add("source", c.source());
    number(o, "previous", c.previous());
    if (c.numerator() == null) {
      o.addNull("numerator");
    } else {
      o.add("numerator", c.numerator());
    }
    if (c.denominator() == null) {
      o.addNull("denominator");
    } else {
      o.add("denominator", c.denominator());
    }
    number(o, "differencePoints", c.differencePoints());
    number(o, "z", c.z());
    number(o, "pValue", c.pValue());
    if (c.suppressed() == null) {
      o.addNull("suppressed");
    } else {
      o.add(
          "suppressed",
          JSON.createObjectBuilder()
              .add("key", c.suppressed().key())
              .add("reason", c.suppressed().reason()));
    }
    return o;
  }

  private static Comparison comparison(JsonObject o) {
    Suppression suppressed = null;
    if (!o.isNull("suppressed")) {
      JsonObject s = o.getJsonObject("suppressed");
      suppressed =
          new Suppression(s.getString("key"), Suppression.withoutCount(s.getString("reason")));
    }
    return new Comparison(
        o.getString("key"),
        o.getInt("year"),
        o.getString("source"),
        number(o.get("previous")),
        o.isNull("numerator") ? null : o.getJsonNumber("numerator").longValue(),
        o.isNull("denominator") ? null : o.getJsonNumber("denominator").longValue(),
        number(o.get("differencePoints")),
        number(o.get("z")),
        number(o.get("pValue")),
        suppressed);
  }

  private static void number(JsonObjectBuilder o, String name, double value) {
    // -0.0 too: a JSON number would come back as 0.0
    if (Double.isNaN(value)
        || Double.isInfinite(value)
        || Double.doubleToRawLongBits(value) == Long.MIN_VALUE) {
      o.add(name, Double.toString(value));
    } else {
      o.add(name, value);
    }
  }

  private static double number(JsonValue value) {
    return value instanceof JsonString s
        ? Double.parseDouble(s.getString())
        : ((JsonNumber) value).doubleValue();
  }

  private static void nullable(JsonObjectBuilder o, String name, String value) {
    if (value == null) {
      o.addNull(name);
    } else {
      o.add(name, value);
    }
  }

  private static String text(JsonObject o, String name) {
    return o.isNull(name) ? null : o.getString(name);
  }

  private static JsonArrayBuilder strings(List<String> values) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
