package org.joysurvey.analysis;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.joysurvey.interchange.SpreadsheetCells;
import org.joysurvey.interchange.statfiles.Variable;

/** The codebook as CSV (columns after REDCap's data dictionary) and as a Frictionless schema. */
final class CodebookFiles {

  static final List<String> CSV_HEADER =
      List.of(
          "column",
          "kind",
          "instrument",
          "instrument_version",
          "field_type",
          "field_label",
          "wording_source",
          "wording_version",
          "choices",
          "stata_spss_codes",
          "min",
          "max",
          "required",
          "shown_if",
          "derived_rule",
          "missing",
          "stata_spss_variables");

  private CodebookFiles() {}

  /** One row per CSV column; choices as {@code code, label | code, label}. */
  static void csv(Codebook codebook, Writer out) throws IOException {
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      printer.printRecord(CSV_HEADER);
      for (Column c : codebook.columns()) {
        printer.printRecord(
            c.name(),
            c.kind().code(),
            c.instrument(),
            c.instrumentVersion(),
            c.type(),
            SpreadsheetCells.neutralise(c.label()),
            c.wordingSource(),
            c.kind() == Column.Kind.ITEM ? Integer.toString(c.wordingVersion()) : "",
            SpreadsheetCells.neutralise(
                c.choices().stream()
                    .map(o -> o.code() + ", " + o.label())
                    .collect(Collectors.joining(" | "))),
            c.choices().stream()
                .map(o -> o.code() + "=" + o.value())
                .collect(Collectors.joining(" | ")),
            c.min() == null ? "" : c.min().toPlainString(),
            c.max() == null ? "" : c.max().toPlainString(),
            c.kind() == Column.Kind.ITEM ? (c.required() ? "y" : "n") : "",
            c.shownIf(),
            c.rule(),
            c.missing(),
            c.variableNames());
      }
    }
  }

  /**
   * A Frictionless Table Schema (https://datapackage.org/standard/table-schema/) of the CSV export:
   * one field per column, with its type, title, categories and constraints, and the codebook's
   * other facts as extra properties of the field.
   */
  static void json(Codebook codebook, String title, Writer out) {
    JsonArrayBuilder fields = Json.createArrayBuilder();
    for (Column c : codebook.columns()) {
      JsonObjectBuilder field = Json.createObjectBuilder().add("name", c.name());
      field.add("title", c.label());
      field.add("description", "missing: " + c.missing());
      JsonObjectBuilder constraints = Json.createObjectBuilder();
      switch (c.type()) {
        case "date" -> field.add("type", "date");
        case "likert", "integer", "boolean" -> field.add("type", "integer");
        case "number", "decimal" -> field.add("type", "number");
        case "multi", "ranked" ->
            field.add("type", "list").add("delimiter", ";").add("itemType", "string");
        default -> field.add("type", "string");
      }
      if (!c.choices().isEmpty()) {
        JsonArrayBuilder categories = Json.createArrayBuilder();
        JsonArrayBuilder allowed = Json.createArrayBuilder();
        boolean numeric = c.type().equals("likert") || c.type().equals("boolean");
        for (Column.Choice o : c.choices()) {
          JsonObjectBuilder category = Json.createObjectBuilder();
          if (numeric) {
            category.add("value", Integer.parseInt(o.code()));
            allowed.add(Integer.parseInt(o.code()));
          } else {
            category.add("value", o.code());
            allowed.add(o.code());
          }
          categories.add(category.add("label", o.label()));
        }
        field.add("categories", categories);
        if (c.type().equals("multi") || c.type().equals("ranked")) {
          field.add("itemEnum", allowed); // each element of the list is one of the codes
        } else {
          constraints.add("enum", allowed);
        }
      }
      if (c.min() != null) {
        constraints.add("minimum", c.min());
      }
      if (c.max() != null) {
        constraints.add("maximum", c.max());
      }
      JsonObjectBuilder built = constraints;
      field.add("constraints", built);
      field.add("kind", c.kind().code());
      if (!c.instrument().isEmpty()) {
        field.add("instrument", c.instrument()).add("instrumentVersion", c.instrumentVersion());
      }
      if (c.kind() == Column.Kind.ITEM) {
        field.add("fieldType", c.type());
        field.add("wordingSource", c.wordingSource()).add("wordingVersion", c.wordingVersion());
        field.add("required", c.required());
        if (!c.shownIf().isEmpty()) {
          field.add("shownIf", c.shownIf());
        }
      }
      if (!c.rule().isEmpty()) {
        field.add("derivedRule", c.rule());
      }
      JsonArrayBuilder variables = Json.createArrayBuilder();
      for (Variable v : c.variables()) {
        variables.add(Json.createObjectBuilder().add("name", v.name()).add("label", v.label()));
      }
      field.add("statVariables", variables);
      if (!c.choices().isEmpty()) {
        JsonObjectBuilder codes = Json.createObjectBuilder();
        c.choices().forEach(o -> codes.add(o.code(), o.value()));
        field.add("statCodes", codes);
      }
      fields.add(field);
    }
    JsonWriterFactory writers =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
    try (var writer = writers.createWriter(out)) {
      writer.writeObject(
          Json.createObjectBuilder()
              .add("$schema", "https://datapackage.org/profiles/2.0/tableschema.json")
              .add("title", title)
              .add("fields", fields)
              .add("missingValues", Json.createArrayBuilder().add(""))
              .build());
    }
  }
}
