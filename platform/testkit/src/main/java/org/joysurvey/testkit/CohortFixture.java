package org.joysurvey.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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
 * The cohort-200 fixture (fixtures/cohort-200 in the kit's resources): responses.csv read with
 * commons-csv directly, and expected.json, statistics computed independently with SciPy. It travels
 * in the instrument test kit, so plugin and WAR tests read the same files from the class path.
 */
public final class CohortFixture {

  private static final String DIR = "/fixtures/cohort-200/";

  private CohortFixture() {}

  private static Reader open(String file) throws IOException {
    InputStream in = CohortFixture.class.getResourceAsStream(DIR + file);
    if (in == null) {
      return fail(
          "The fixture "
              + DIR
              + file
              + " is not on the class path (it is in the instrument test kit).");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /**
   * Every data row of responses.csv, keeping only the columns whose name starts with one of {@code
   * prefixes}.
   */
  public static List<Map<String, String>> rows(String... prefixes) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    try (Reader in = open("responses.csv");
        CSVParser parser =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
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
    java.io.StringWriter text = new java.io.StringWriter();
    try (Reader in = open("expected.json")) {
      in.transferTo(text);
    }
    String json = text.toString();
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
