package org.joysurvey.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.joysurvey.testkit.CohortFixture;

/** The 200-response cohort (test-fixtures/cohort-200) as the integration tests send it. */
final class Fixtures {

  private Fixtures() {}

  /** The cohort's rows, only the columns of the given instruments, as interchange CSV text. */
  static String cohortCsv(String... instruments) {
    List<String> prefixes = java.util.Arrays.stream(instruments).map(i -> i + ".").toList();
    List<Map<String, String>> rows = cohortRows(prefixes.toArray(String[]::new));
    List<String> columns = new ArrayList<>(rows.get(0).keySet());
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      printer.printRecord(columns);
      for (Map<String, String> row : rows) {
        printer.printRecord(columns.stream().map(row::get).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The cohort's rows as maps of column to cell (only the columns starting with a prefix). */
  static List<Map<String, String>> cohortRows(String... prefixes) {
    try {
      return CohortFixture.rows(prefixes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** expected.json: every statistic of the cohort, computed independently with SciPy. */
  static Map<String, Double> expected() {
    try {
      return CohortFixture.expected();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
