package org.joysurvey.crosstab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.joysurvey.report.ReportGroup;
import org.joysurvey.statistics.ChiSquareResult;
import org.joysurvey.statistics.ContingencyTable;
import org.joysurvey.statistics.FisherExactTest;

/**
 * One cross-tabulation as it may be shown: the respondents who answered both variables, by row and
 * column, with row and column percentages, and the tests of independence. What the disclosure rule
 * withholds ({@link CrosstabDisclosure}) carries only its reason here, never its count, and a
 * percentage is given only when its count and its total are both shown.
 *
 * @param group the group the table is restricted to, or {@code null} for everyone
 * @param threshold k, the edition's suppression threshold
 * @param cells by row, then column, in the variables' category order
 * @param rowTotals each row's respondents; its column percentage is its share of the table
 * @param columnTotals each column's respondents; its row percentage is its share of the table
 * @param total the respondents counted: those who answered both
 * @param warnings what the reader should know before reading the tests
 */
public record Crosstab(
    CrosstabVariable rows,
    CrosstabVariable columns,
    ReportGroup group,
    int threshold,
    List<List<Figure>> cells,
    List<Figure> rowTotals,
    List<Figure> columnTotals,
    Figure total,
    Tests tests,
    List<String> warnings) {

  /** Below this expected count the chi-square approximation is doubtful (Cochran). */
  public static final double SMALL_EXPECTED = 5;

  /** Why the tests go when any figure does. */
  public static final String TESTS_WITHHELD =
      "not shown while a figure of the table is withheld: with the totals that are shown, a test"
          + " statistic would let a withheld count be worked out (in a 2x2 table the chi-square"
          + " and the margins give every cell)";

  public Crosstab {
    Objects.requireNonNull(rows, "A cross-tabulation has rows.");
    Objects.requireNonNull(columns, "A cross-tabulation has columns.");
    cells = cells.stream().map(List::copyOf).toList();
    rowTotals = List.copyOf(rowTotals);
    columnTotals = List.copyOf(columnTotals);
    warnings = List.copyOf(warnings);
  }

  /**
   * One count of the table with its percentages (0 to 100), or, when withheld, only why.
   *
   * @param rowPercent of the row's total; {@code null} when withheld or that total is
   * @param columnPercent of the column's total; {@code null} when withheld or that total is
   */
  public record Figure(Long count, Double rowPercent, Double columnPercent, String withheld) {

    static Figure withheld(String reason) {
      return new Figure(null, null, null, reason);
    }

    public boolean isWithheld() {
      return withheld != null;
    }
  }

  /**
   * The tests of independence, over the rows and columns in which someone falls.
   *
   * @param chiSquare Pearson's chi-square without continuity correction, with its degrees of
   *     freedom, p-value and Cramér's V; {@code null} when withheld
   * @param fisher Fisher's exact test when those rows and columns make a 2x2 table, else {@code
   *     null}
   * @param withheld why the tests are not shown, or {@code null}
   */
  public record Tests(ChiSquareResult chiSquare, FisherExactTest fisher, String withheld) {

    public boolean isWithheld() {
      return withheld != null;
    }
  }

  /** Whether any figure of the table is withheld. */
  public boolean hasWithheld() {
    return total.isWithheld()
        || rowTotals.stream().anyMatch(Figure::isWithheld)
        || columnTotals.stream().anyMatch(Figure::isWithheld)
        || cells.stream().flatMap(List::stream).anyMatch(Figure::isWithheld);
  }

  /**
   * The table of {@code counts} (rows first, in the variables' category order) with the disclosure
   * rule at threshold {@code k} applied and the tests computed.
   */
  public static Crosstab of(
      CrosstabVariable rows, CrosstabVariable columns, ReportGroup group, long[][] counts, int k) {
    int r = rows.categories().size();
    int c = columns.categories().size();
    if (counts.length != r || (r > 0 && counts[0].length != c)) {
      throw new IllegalArgumentException(
          "A " + r + " x " + c + " table needs " + r + " rows of " + c + " counts");
    }
    Map<String, String> withheld = CrosstabDisclosure.withheld(counts, k);
    long[] rowSums = new long[r];
    long[] columnSums = new long[c];
    long n = 0;
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        rowSums[i] += counts[i][j];
        columnSums[j] += counts[i][j];
        n += counts[i][j];
      }
    }
    boolean totalShown = !withheld.containsKey(CrosstabDisclosure.TOTAL);
    List<List<Figure>> cells = new ArrayList<>();
    for (int i = 0; i < r; i++) {
      List<Figure> line = new ArrayList<>();
      boolean rowShown = !withheld.containsKey(CrosstabDisclosure.row(i));
      for (int j = 0; j < c; j++) {
        String reason = withheld.get(CrosstabDisclosure.cell(i, j));
        boolean columnShown = !withheld.containsKey(CrosstabDisclosure.column(j));
        line.add(
            reason != null
                ? Figure.withheld(reason)
                : new Figure(
                    counts[i][j],
                    rowShown ? percent(counts[i][j], rowSums[i]) : null,
                    columnShown ? percent(counts[i][j], columnSums[j]) : null,
                    null));
      }
      cells.add(line);
    }
    List<Figure> rowTotals = new ArrayList<>();
    for (int i = 0; i < r; i++) {
      String reason = withheld.get(CrosstabDisclosure.row(i));
      rowTotals.add(
          reason != null
              ? Figure.withheld(reason)
              : new Figure(
                  rowSums[i],
                  percent(rowSums[i], rowSums[i]),
                  totalShown ? percent(rowSums[i], n) : null,
                  null));
    }
    List<Figure> columnTotals = new ArrayList<>();
    for (int j = 0; j < c; j++) {
      String reason = withheld.get(CrosstabDisclosure.column(j));
      columnTotals.add(
          reason != null
              ? Figure.withheld(reason)
              : new Figure(
                  columnSums[j],
                  totalShown ? percent(columnSums[j], n) : null,
                  percent(columnSums[j], columnSums[j]),
                  null));
    }
    Figure total =
        totalShown
            ? new Figure(n, percent(n, n), percent(n, n), null)
            : Figure.withheld(withheld.get(CrosstabDisclosure.TOTAL));
    List<String> warnings = new ArrayList<>();
    Tests tests;
    if (!withheld.isEmpty()) {
      tests = new Tests(null, null, TESTS_WITHHELD);
    } else {
      tests = tests(counts, warnings);
    }
    return new Crosstab(
        rows, columns, group, k, cells, rowTotals, columnTotals, total, tests, warnings);
  }

  private static Tests tests(long[][] counts, List<String> warnings) {
    ContingencyTable table = ContingencyTable.of(counts);
    ChiSquareResult chiSquare = table.chiSquareTest();
    if (!chiSquare.isDefined()) {
      warnings.add(
          "The tests need respondents in at least two rows and two columns; this table has"
              + " fewer.");
      return new Tests(chiSquare, null, null);
    }
    double[][] expected = table.expectedCounts();
    int cells = 0;
    int small = 0;
    double smallest = Double.POSITIVE_INFINITY;
    for (double[] line : expected) {
      for (double e : line) {
        cells++;
        small += e < SMALL_EXPECTED ? 1 : 0;
        smallest = Math.min(smallest, e);
      }
    }
    boolean twoByTwo = expected.length == 2 && expected[0].length == 2;
    FisherExactTest fisher = twoByTwo ? fisher(counts) : null;
    if (small > 0) {
      warnings.add(
          small
              + " of "
              + cells
              + " cells have expected counts below 5 (the smallest is "
              + String.format(Locale.ROOT, "%.1f", smallest)
              + "), so the chi-square p-value is only approximate"
              + (twoByTwo
                  ? "; Fisher's exact test does not rely on large counts: read its p-value."
                  : "; merging sparse categories would give a more reliable test."));
    }
    return new Tests(chiSquare, fisher, null);
  }

  /** Fisher's test of the 2x2 table left when empty rows and columns are dropped. */
  private static FisherExactTest fisher(long[][] counts) {
    List<long[]> rows = new ArrayList<>();
    for (long[] line : counts) {
      if (java.util.Arrays.stream(line).sum() > 0) {
        rows.add(line);
      }
    }
    List<Integer> columns = new ArrayList<>();
    for (int j = 0; j < counts[0].length; j++) {
      long sum = 0;
      for (long[] line : counts) {
        sum += line[j];
      }
      if (sum > 0) {
        columns.add(j);
      }
    }
    int x = columns.get(0);
    int y = columns.get(1);
    return FisherExactTest.of(rows.get(0)[x], rows.get(0)[y], rows.get(1)[x], rows.get(1)[y]);
  }

  private static Double percent(long part, long whole) {
    return whole == 0 ? null : 100.0 * part / whole;
  }
}
