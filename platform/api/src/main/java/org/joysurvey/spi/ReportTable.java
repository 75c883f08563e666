package org.joysurvey.spi;

import java.util.List;
import java.util.Objects;

/**
 * A table of a report section. Cells are literal text or references to the section's statistics, so
 * that the platform formats and suppresses them in one place.
 */
public record ReportTable(String title, List<String> columns, List<List<Cell>> rows) {

  public ReportTable {
    Objects.requireNonNull(title, "A table needs a title.");
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
    for (List<Cell> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "Table '"
                + title
                + "' has "
                + columns.size()
                + " columns but a row of "
                + row.size()
                + " cells.");
      }
    }
  }

  /** One cell. */
  public sealed interface Cell {
    static Cell text(String text) {
      return new Text(text);
    }

    static Cell statistic(String key, Format format) {
      return new StatisticRef(key, format);
    }
  }

  public record Text(String text) implements Cell {}

  public record StatisticRef(String key, Format format) implements Cell {}

  /** How a referenced statistic is printed. */
  public enum Format {
    /** 33.7% */
    PERCENT,
    /** 191 */
    COUNT,
    /** 191 (33.7%): the numerator and the share of a proportion */
    COUNT_AND_PERCENT,
    /** 0.650 */
    DECIMAL,
    /** p = 0.003, or p &lt; 0.001 */
    P_VALUE
  }
}
