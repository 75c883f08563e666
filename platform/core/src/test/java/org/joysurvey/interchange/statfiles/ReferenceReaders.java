package org.joysurvey.interchange.statfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The readers the field uses, run on a written file: ReadStat (Debian's {@code readstat} and {@code
 * extract_metadata}, the library behind R's haven) and pandas ({@code /usr/bin/python3}, Debian's
 * {@code python3-pandas}), and for {@code .sav} files also GNU PSPP (Debian's {@code pspp}), whose
 * documentation is the format's specification. {@code .ci/run} installs them.
 */
public final class ReferenceReaders {

  private ReferenceReaders() {}

  /** The data as ReadStat converts it to CSV: the header, then one record per row. */
  public static List<CSVRecord> readstatCsv(Path file) throws IOException {
    Path csv = file.resolveSibling(file.getFileName() + ".readstat.csv");
    run(List.of("readstat", file.toString(), csv.toString()));
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
      return new ArrayList<>(parser.getRecords());
    }
  }

  /** The metadata ReadStat reads (variables, their labels and value labels) as JSON. */
  public static JsonObject readstatMetadata(Path file) throws IOException {
    Path json = file.resolveSibling(file.getFileName() + ".metadata.json");
    run(List.of("extract_metadata", file.toString(), json.toString()));
    try (JsonReader reader = Json.createReader(Files.newBufferedReader(json))) {
      return reader.readObject();
    }
  }

  /** What {@code readstat <file>} prints about the file (format, row count, encoding ...). */
  public static String readstatSummary(Path file) throws IOException {
    return run(List.of("readstat", file.toString()));
  }

  /**
   * Runs a Python script with pandas imported as {@code pd} and the file's path as {@code path};
   * returns what it prints.
   */
  public static String pandas(Path file, String script) throws IOException {
    Path program = file.resolveSibling(file.getFileName() + ".py");
    Files.writeString(
        program,
        "import json, sys\nimport pandas as pd\npath = sys.argv[1]\n" + script + "\n",
        StandardCharsets.UTF_8);
    return run(List.of("/usr/bin/python3", program.toString(), file.toString()));
  }

  /** The data as PSPP converts it to CSV ({@code pspp-convert}): dates and numbers formatted. */
  public static List<CSVRecord> psppCsv(Path file) throws IOException {
    Path csv = file.resolveSibling(file.getFileName() + ".pspp.csv");
    run(List.of("pspp-convert", file.toString(), csv.toString()));
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
      return new ArrayList<>(parser.getRecords());
    }
  }

  /**
   * The dictionary as PSPP's {@code DISPLAY DICTIONARY} shows it, as CSV: a "Variables" table
   * (name, position, label, measurement level, role, width, alignment, print and write formats) and
   * a "Value Labels" table.
   */
  public static String psppDictionary(Path file) throws IOException {
    Path syntax = file.resolveSibling(file.getFileName() + ".sps");
    Path out = file.resolveSibling(file.getFileName() + ".dictionary.csv");
    Files.writeString(
        syntax, "GET FILE=\"" + file + "\".\nDISPLAY DICTIONARY.\n", StandardCharsets.UTF_8);
    run(List.of("pspp", "-O", "format=csv", "-o", out.toString(), syntax.toString()));
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  static String run(List<String> command) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(command + " did not finish");
      }
      assertEquals(0, process.exitValue(), () -> command + " failed:\n" + output);
      return output;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
