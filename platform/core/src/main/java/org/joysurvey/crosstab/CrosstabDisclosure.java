package org.joysurvey.crosstab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joysurvey.disclosure.DisclosureRule;
import org.joysurvey.disclosure.Suppression;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.Statistic;
import org.joysurvey.spi.Sum;

/**
 * A cross-tabulation as the disclosure rule reads a report section: every cell, row total, column
 * total and the grand total a count, and the sums a reader sees on the page (the cells of a row
 * make up its total, the cells of a column theirs, the rows and the columns each the grand total).
 * The report's own {@link DisclosureRule} then decides what to withhold, small cells and the cells
 * that would give them away, so that the explorer and the report follow one rule.
 */
public final class CrosstabDisclosure {

  /** The grand total's key. */
  public static final String TOTAL = "crosstab.total";

  private CrosstabDisclosure() {}

  public static String cell(int row, int column) {
    return "crosstab.cell." + row + "." + column;
  }

  public static String row(int row) {
    return "crosstab.row." + row;
  }

  public static String column(int column) {
    return "crosstab.column." + column;
  }

  /** The table of {@code counts} (rows first) as a section of counts and their sums. */
  public static ReportSection section(long[][] counts) {
    int rows = counts.length;
    int columns = rows == 0 ? 0 : counts[0].length;
    ReportSection.Builder section = ReportSection.builder("Cross-tabulation");
    long[] columnTotals = new long[columns];
    long total = 0;
    List<String> rowKeys = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      long rowTotal = 0;
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        section.statistic(Statistic.count(cell(r, c), null, counts[r][c]));
        cells.add(cell(r, c));
        rowTotal += counts[r][c];
        columnTotals[c] += counts[r][c];
      }
      section.statistic(Statistic.count(row(r), null, rowTotal));
      section.sum(Sum.of(row(r), cells));
      rowKeys.add(row(r));
      total += rowTotal;
    }
    List<String> columnKeys = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      List<String> cells = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        cells.add(cell(r, c));
      }
      section.statistic(Statistic.count(column(c), null, columnTotals[c]));
      section.sum(Sum.of(column(c), cells));
      columnKeys.add(column(c));
    }
    section.statistic(Statistic.count(TOTAL, null, total));
    if (rows > 0) {
      section.sum(Sum.of(TOTAL, rowKeys));
    }
    if (columns > 0) {
      section.sum(Sum.of(TOTAL, columnKeys));
    }
    return section.build();
  }

  /**
   * What of the table the rule withholds at threshold {@code k}: the key of each withheld count and
   * why, "fewer than 5 respondents" or "withheld to protect another cell": never the count it
   * withholds.
   */
  public static Map<String, String> withheld(long[][] counts, int k) {
    Map<String, String> withheld = new LinkedHashMap<>();
    for (Suppression s : new DisclosureRule(k).withhold(section(counts))) {
      withheld.put(s.key(), s.protectsAnother() ? s.reason() : small(k));
    }
    return withheld;
  }

  /** The reason of a count withheld for being small, without the count. */
  public static String small(int k) {
    return "fewer than " + k + " respondents";
  }
}
