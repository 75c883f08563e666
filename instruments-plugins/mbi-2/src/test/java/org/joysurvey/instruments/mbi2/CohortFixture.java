package org.joysurvey.instruments.mbi2;

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
 * The cohort-200 fixture (shared/fixtures/cohort-200, a sibling of the repository root, or its copy):
 * responses.csv read with commons-csv directly, expected.json (statistics computed with SciPy).
 */
final class CohortFixture {

  private static final String DIR = "shared/fixtures/cohort-200";

  private CohortFixture() {}

  /**
   * The fixture directory: {@code <joy.fixtures.dir>/cohort-200} when that system property is set,
   * otherwise found by walking up from the working directory (the module directory) to a directory
   * holding {@code shared/fixtures/cohort-200} (the project's shared fixtures, a sibling of the
   * repository) or {@code test-fixtures/cohort-200} (the repository's own copy).
   */
  static Path directory() {
    String property = System.getProperty("joy.fixtures.dir");
    if (property != null && !property.isBlank()) {
      Path candidate = Paths.get(property).resolve("cohort-200");
      if (isFixture(candidate)) {
        return candidate;
      }
    }
    Path start = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      for (String relative : List.of(DIR, "test-fixtures/cohort-200")) {
        Path candidate = dir.resolve(relative);
        if (isFixture(candidate)) {
          return candidate;
        }
      }
    }
    return fail("The fixture cohort-200/{responses.csv,expected.json} was not found: not under the system property"
        + " joy.fixtures.dir (" + property + "), nor as " + DIR + " or test-fixtures/cohort-200 in " + start
        + " or any directory above it (expected at ../../../" + DIR + " from a plugin module).");
  }

  private static boolean isFixture(Path dir) {
    return Files.isRegularFile(dir.resolve("responses.csv")) && Files.isRegularFile(dir.resolve("expected.json"));
  }

  /** Every data row of responses.csv, keeping only the columns whose name starts with one of {@code prefixes}. */
  static List<Map<String, String>> rows(String... prefixes) throws IOException {
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
  static Map<String, Double> expected() throws IOException {
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
