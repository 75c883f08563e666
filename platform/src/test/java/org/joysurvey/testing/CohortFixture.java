package org.joysurvey.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The cohort-200 fixture (test-fixtures/cohort-200): responses.csv read with commons-csv directly,
 * and expected.json, statistics computed independently with SciPy. Shared with the plugin and WAR
 * tests through the platform's test jar.
 */
public final class CohortFixture {

  private CohortFixture() {}

  /**
   * The fixture directory: {@code <joy.fixtures.dir>/cohort-200} (the parent POM sets the property
   * for Surefire and Failsafe), else {@code test-fixtures/cohort-200} in the working directory or a
   * directory above it (running a test from an IDE).
   */
  public static Path directory() {
    String property = System.getProperty("joy.fixtures.dir");
    if (property != null && !property.isBlank() && isFixture(Paths.get(property, "cohort-200"))) {
      return Paths.get(property, "cohort-200");
    }
    Path start = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (isFixture(dir.resolve("test-fixtures/cohort-200"))) {
        return dir.resolve("test-fixtures/cohort-200");
      }
    }
    return fail("The fixture cohort-200/{responses.csv,expected.json} was found neither under joy.fixtures.dir ("
        + property + ") nor as test-fixtures/cohort-200 in " + start + " or above it.");
  }

  private static boolean isFixture(Path dir) {
    return Files.isRegularFile(dir.resolve("responses.csv")) && Files.isRegularFile(dir.resolve("expected.json"));
  }

  /** Every data row of responses.csv, keeping only the columns whose name starts with one of {@code prefixes}. */
  public static List<Map<String, String>> rows(String... prefixes) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(directory().resolve("responses.csv"), StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      for (CSVRecord record : parser) {
        Map<String, String> row = new LinkedHashMap<>();
        for (Map.Entry<String, String> cell : record.toMap().entrySet()) {
          for (String prefix : prefixes) {
            if (cell.getKey().startsWith(prefix)) {
              row.put(cell.getKey(), cell.getValue());
            }
          }
        }
        rows.add(row);
      }
    }
    return rows;
  }

  /** The numbers of expected.json (a flat object of numbers). */
  public static Map<String, Double> expected() throws IOException {
    String json = Files.readString(directory().resolve("expected.json"), StandardCharsets.UTF_8);
    Map<String, Double> values = new LinkedHashMap<>();
    Matcher m = Pattern.compile("\"([^\"]+)\"\\s*:\\s*(-?[0-9][0-9.eE+-]*)").matcher(json);
    while (m.find()) {
      values.put(m.group(1), Double.parseDouble(m.group(2)));
    }
    if (values.isEmpty()) {
      fail("expected.json holds no numbers");
    }
    return values;
  }
}
