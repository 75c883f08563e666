package org.joysurvey.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which unknowns of a linear system are determined by it. With the published cells moved to the
 * right-hand side, the hidden cells {@code x} satisfy {@code A x = b}; cell {@code j} is determined
 * exactly when the unit vector {@code e_j} lies in the row space of {@code A}. In reduced row
 * echelon form that is: column {@code j} is a pivot column and its row has no entry in a free
 * column.
 */
final class Determination {

  /** Below this an eliminated entry is zero: coefficients are small integers. */
  private static final double ZERO = 1e-9;

  private Determination() {}

  /**
   * @param hidden the hidden cells
   * @return the hidden cells whose value follows from the relations and the published cells
   */
  static BitSet determined(List<CountSystem.Relation> relations, BitSet hidden) {
    int[] column = new int[hidden.length()];
    int[] cellOf = new int[hidden.cardinality()];
    int columns = 0;
    for (int c = hidden.nextSetBit(0); c >= 0; c = hidden.nextSetBit(c + 1)) {
      column[c] = columns;
      cellOf[columns++] = c;
    }
    List<double[]> rows = new ArrayList<>();
    for (CountSystem.Relation relation : relations) {
      double[] row = null;
      for (int i = 0; i < relation.cells().length; i++) {
        int cell = relation.cells()[i];
        if (hidden.get(cell)) {
          if (row == null) {
            row = new double[columns];
          }
          row[column[cell]] += relation.coefficients()[i];
        }
      }
      if (row != null) {
        rows.add(row);
      }
    }
    double[][] m = rows.toArray(new double[0][]);
    int[] pivotColumn = reduce(m, columns);
    BitSet determined = new BitSet();
    for (int r = 0; r < pivotColumn.length; r++) {
      if (pivotColumn[r] < 0) {
        continue;
      }
      boolean alone = true;
      for (int c = 0; c < columns && alone; c++) {
        alone = c == pivotColumn[r] || Math.abs(m[r][c]) < ZERO;
      }
      if (alone) {
        determined.set(cellOf[pivotColumn[r]]);
      }
    }
    return determined;
  }

  /**
   * Gauss-Jordan elimination with partial pivoting, in place.
   *
   * @return for each row, its pivot column, or -1 for a row that became zero
   */
  private static int[] reduce(double[][] m, int columns) {
    int[] pivotColumn = new int[m.length];
    java.util.Arrays.fill(pivotColumn, -1);
    int row = 0;
    for (int c = 0; c < columns && row < m.length; c++) {
      int best = row;
      for (int r = row + 1; r < m.length; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[best][c])) {
          best = r;
        }
      }
      if (Math.abs(m[best][c]) < ZERO) {
        continue;
      }
      double[] swap = m[row];
      m[row] = m[best];
      m[best] = swap;
      double pivot = m[row][c];
      for (int k = 0; k < columns; k++) {
        m[row][k] /= pivot;
      }
      for (int r = 0; r < m.length; r++) {
        if (r != row && Math.abs(m[r][c]) >= ZERO) {
          double factor = m[r][c];
          for (int k = 0; k < columns; k++) {
            m[r][k] -= factor * m[row][k];
          }
          m[r][c] = 0;
        }
      }
      pivotColumn[row++] = c;
    }
    return pivotColumn;
  }
}
