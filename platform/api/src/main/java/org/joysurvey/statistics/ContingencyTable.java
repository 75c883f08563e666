package org.joysurvey.statistics;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.inference.ChiSquareTest;

/**
 * Counts of respondents by two categorical variables, with the tests reports publish. Rows and
 * columns that no respondent falls into are left out of the tests ("over the categories that
 * occur").
 */
public final class ContingencyTable {

  private final long[][] counts;

  /** A table with {@code rows} x {@code columns} cells, all zero. */
  public ContingencyTable(int rows, int columns) {
    counts = new long[rows][columns];
  }

  /**
   * A table of the counts given, rows first (copied).
   *
   * @since 1.5
   */
  public static ContingencyTable of(long[][] counts) {
    int columns = counts.length == 0 ? 0 : counts[0].length;
    ContingencyTable table = new ContingencyTable(counts.length, columns);
    for (int r = 0; r < counts.length; r++) {
      if (counts[r].length != columns) {
        throw new IllegalArgumentException("Every row of a table has " + columns + " columns");
      }
      for (int c = 0; c < columns; c++) {
        if (counts[r][c] < 0) {
          throw new IllegalArgumentException("Counts cannot be negative");
        }
        table.counts[r][c] = counts[r][c];
      }
    }
    return table;
  }

  public void add(int row, int column) {
    counts[row][column]++;
  }

  public long count(int row, int column) {
    return counts[row][column];
  }

  public long total() {
    long n = 0;
    for (long[] row : counts) {
      for (long c : row) {
        n += c;
      }
    }
    return n;
  }

  /** Pearson's chi-square test of independence, without continuity correction. */
  public ChiSquareResult chiSquareTest() {
    long[][] occurring = withoutEmptyRowsAndColumns();
    long n = total();
    if (occurring.length < 2 || occurring[0].length < 2) {
      return ChiSquareResult.undefined(n);
    }
    double chi2 = new ChiSquareTest().chiSquare(occurring);
    int rows = occurring.length;
    int cols = occurring[0].length;
    int df = (rows - 1) * (cols - 1);
    double v = Math.sqrt(chi2 / (n * (Math.min(rows, cols) - 1.0)));
    return new ChiSquareResult(
        chi2, df, ChiSquareTail.upper(chi2, df), v, n, smallestExpected(occurring, n));
  }

  /**
   * The phi coefficient of a 2x2 table: (a d - b c) / sqrt(r1 r2 c1 c2), signed so that agreement
   * along the diagonal is positive. NaN when a margin is empty.
   */
  public double phi() {
    if (counts.length != 2 || counts[0].length != 2) {
      throw new IllegalStateException("phi is defined for 2x2 tables only");
    }
    double a = counts[0][0], b = counts[0][1], c = counts[1][0], d = counts[1][1];
    double denominator = Math.sqrt((a + b) * (c + d) * (a + c) * (b + d));
    return denominator == 0 ? Double.NaN : (a * d - b * c) / denominator;
  }

  /**
   * The counts expected under independence, row total times column total over n, of the rows and
   * columns that occur (those the chi-square test is over), rows first.
   *
   * @since 1.5
   */
  public double[][] expectedCounts() {
    long[][] table = withoutEmptyRowsAndColumns();
    long n = total();
    double[][] expected = new double[table.length][];
    for (int r = 0; r < table.length; r++) {
      expected[r] = new double[table[r].length];
      long rowSum = 0;
      for (long c : table[r]) {
        rowSum += c;
      }
      for (int j = 0; j < table[r].length; j++) {
        long colSum = 0;
        for (long[] row : table) {
          colSum += row[j];
        }
        expected[r][j] = (double) rowSum * colSum / n;
      }
    }
    return expected;
  }

  private long[][] withoutEmptyRowsAndColumns() {
    List<Integer> rows = new ArrayList<>();
    List<Integer> cols = new ArrayList<>();
    for (int r = 0; r < counts.length; r++) {
      long sum = 0;
      for (long c : counts[r]) {
        sum += c;
      }
      if (sum > 0) {
        rows.add(r);
      }
    }
    for (int c = 0; c < (counts.length == 0 ? 0 : counts[0].length); c++) {
      long sum = 0;
      for (long[] row : counts) {
        sum += row[c];
      }
      if (sum > 0) {
        cols.add(c);
      }
    }
    long[][] result = new long[rows.size()][cols.size()];
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < cols.size(); j++) {
        result[i][j] = counts[rows.get(i)][cols.get(j)];
      }
    }
    return result;
  }

  private static double smallestExpected(long[][] table, long n) {
    double smallest = Double.POSITIVE_INFINITY;
    for (long[] row : table) {
      long rowSum = 0;
      for (long c : row) {
        rowSum += c;
      }
      for (int j = 0; j < row.length; j++) {
        long colSum = 0;
        for (long[] r : table) {
          colSum += r[j];
        }
        smallest = Math.min(smallest, (double) rowSum * colSum / n);
      }
    }
    return smallest;
  }
}
