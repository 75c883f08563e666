package org.joysurvey.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** The 200-response cohort with statistics computed independently (SciPy), see test-fixtures/. */
final class Fixtures {

  private Fixtures() {}

  static Path dir() {
    String dir = System.getProperty("joy.fixtures.dir");
    if (dir == null) {
      throw new IllegalStateException("the system property joy.fixtures.dir is not set (see the parent pom)");
    }
    return Path.of(dir, "cohort-200");
  }

  /** The cohort's rows, only the columns of the given instruments, as CSV text. */
  static String cohortCsv(String... instruments) {
    try (CSVParser parser = CSVParser.parse(dir().resolve("responses.csv"), StandardCharsets.UTF_8,
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      List<String> columns = new ArrayList<>();
      for (String name : parser.getHeaderNames()) {
        for (String instrument : instruments) {
          if (name.startsWith(instrument + ".")) {
            columns.add(name);
          }
        }
      }
      StringWriter out = new StringWriter();
      try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
        printer.printRecord(columns);
        for (CSVRecord record : parser) {
          List<String> cells = new ArrayList<>();
          for (String column : columns) {
            cells.add(record.get(column));
          }
          printer.printRecord(cells);
        }
      }
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cohort's rows as maps of column to cell. */
  static List<Map<String, String>> cohortRows() {
    try (CSVParser parser = CSVParser.parse(dir().resolve("responses.csv"), StandardCharsets.UTF_8,
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return parser.getRecords().stream().map(CSVRecord::toMap).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonObject expected() {
    try (var reader = Json.createReader(Files.newBufferedReader(dir().resolve("expected.json")))) {
      return reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
