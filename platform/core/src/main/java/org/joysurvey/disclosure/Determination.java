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
    // sums that share no hidden cell are independent: solve each group of linked sums on its own
    int[] parent = new int[Math.max(hidden.length(), 1)];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    List<CountSystem.Relation> involved = new ArrayList<>();
    for (CountSystem.Relation relation : relations) {
      int first = -1;
      for (int cell : relation.cells()) {
        if (hidden.get(cell)) {
          if (first < 0) {
            first = cell;
          } else {
            parent[root(parent, cell)] = root(parent, first);
          }
        }
      }
      if (first >= 0) {
        involved.add(relation);
      }
    }
    java.util.Map<Integer, List<CountSystem.Relation>> byComponent = new java.util.HashMap<>();
    for (CountSystem.Relation relation : involved) {
      int cell =
          java.util.Arrays.stream(relation.cells()).filter(hidden::get).findFirst().getAsInt();
      byComponent.computeIfAbsent(root(parent, cell), c -> new ArrayList<>()).add(relation);
    }
    BitSet determined = new BitSet();
    for (List<CountSystem.Relation> component : byComponent.values()) {
      determined.or(determinedIn(component, hidden));
    }
    return determined;
  }

  private static int root(int[] parent, int cell) {
    while (parent[cell] != cell) {
      parent[cell] = parent[parent[cell]];
      cell = parent[cell];
    }
    return cell;
  }

  /** The determined hidden cells of relations that are all linked through hidden cells. */
  private static BitSet determinedIn(List<CountSystem.Relation> relations, BitSet all) {
    BitSet hidden = new BitSet();
    for (CountSystem.Relation relation : relations) {
      for (int cell : relation.cells()) {
        if (all.get(cell)) {
          hidden.set(cell);
        }
      }
    }
    int[] column = new int[hidden.length()];
    int[] cellOf = new int[hidden.cardinality()];
    int columns = 0;
    for (int c = hidden.nextSetBit(0); c >= 0; c = hidden.nextSetBit(c + 1)) {
      column[c] = columns;
      cellOf[columns++] = c;
    }
    double[][] m = new double[relations.size()][columns];
    for (int r = 0; r < relations.size(); r++) {
      CountSystem.Relation relation = relations.get(r);
      for (int i = 0; i < relation.cells().length; i++) {
        int cell = relation.cells()[i];
        if (hidden.get(cell)) {
          m[r][column[cell]] += relation.coefficients()[i];
        }
      }
    }
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
