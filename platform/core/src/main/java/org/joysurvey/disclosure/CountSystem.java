package org.joysurvey.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joysurvey.spi.ReportTable;
import org.joysurvey.spi.Statistic;
import org.joysurvey.spi.Sum;

/**
 * A section's counts as the unknowns of a linear system: each count a reader could learn (a
 * statistic's numerator or basis) is a cell, and each declared {@link Sum} is an equation {@code
 * total - parts - remainder = 0}. A remainder that is not zero (respondents counted by the total
 * but by no part) is a cell of its own that is never published, and not protected either. A cell is
 * carried by the statistics that print it: the common basis of shares is carried by every share, so
 * it stays public while one of them is.
 */
final class CountSystem {

  /** Two counts this close are equal: counts are integers, their doubles exact. */
  private static final double EPSILON = 1e-6;

  private static final String NUMERATOR = "numerator of ";
  private static final String BASIS = "basis of ";

  /**
   * One count.
   *
   * @param carriers the keys of the statistics that publish it; empty for a remainder
   * @param numerator a statistic's numerator (its figure), as opposed to a basis or a remainder
   */
  record Cell(int id, String name, double value, Set<String> carriers, boolean numerator) {

    boolean isRemainder() {
      return carriers.isEmpty();
    }
  }

  /** One equation: cells and their coefficients (+1 for the total, -1 for each part). */
  record Relation(Sum sum, int[] cells, int[] coefficients) {}

  private final Map<String, Statistic> statistics;
  private final List<Cell> cells = new ArrayList<>();
  private final List<Relation> relations = new ArrayList<>();
  private final Map<String, Integer> cellIds = new HashMap<>();

  /**
   * @throws IllegalArgumentException when a sum names a statistic the section does not have, a
   *     count it has not, shares without one basis, or parts that count more than their total
   */
  CountSystem(List<Statistic> statistics, List<Sum> sums, List<ReportTable> tables) {
    this.statistics = new HashMap<>();
    for (Statistic s : statistics) {
      this.statistics.putIfAbsent(s.key(), s);
    }
    // the shares of one basis make that basis one count, whichever share it is read from
    Map<String, String> sameAs = new HashMap<>();
    sameBasisInAColumn(tables, sameAs);
    for (Sum sum : sums) {
      if (sum.total() == null) {
        String first = name(sum, sum.parts().get(0), Sum.Term.BASIS);
        for (String part : sum.parts()) {
          String other = name(sum, part, Sum.Term.BASIS);
          if (Math.abs(statistic(sum, part).basis() - statistic(sum, sum.parts().get(0)).basis())
              > EPSILON) {
            throw new IllegalArgumentException(
                "declares " + describe(sum) + " but its parts do not share one basis");
          }
          union(sameAs, first, other);
        }
      }
    }
    for (Sum sum : sums) {
      add(sum, sameAs);
    }
  }

  /**
   * Proportions of one basis in one column of a table show the reader one denominator (and tables
   * often print it in a heading): it is one count, public while any of them is.
   */
  private void sameBasisInAColumn(List<ReportTable> tables, Map<String, String> sameAs) {
    for (ReportTable table : tables) {
      for (int column = 0; column < table.columns().size(); column++) {
        Map<Long, String> firstOfBasis = new HashMap<>();
        for (List<ReportTable.Cell> row : table.rows()) {
          if (row.get(column) instanceof ReportTable.StatisticRef ref) {
            Statistic s = statistics.get(ref.key());
            if (s != null && s.kind() == Statistic.Kind.PROPORTION) {
              String first = firstOfBasis.putIfAbsent(s.basis(), s.key());
              if (first != null) {
                union(sameAs, BASIS + first, BASIS + s.key());
              }
            }
          }
        }
      }
    }
  }

  List<Cell> cells() {
    return cells;
  }

  List<Relation> relations() {
    return relations;
  }

  private void add(Sum sum, Map<String, String> sameAs) {
    Map<Integer, Integer> coefficients = new HashMap<>();
    String totalKey = sum.total() == null ? sum.parts().get(0) : sum.total();
    int totalCell = cell(sum, totalKey, sum.totalTerm(), sameAs);
    coefficients.merge(totalCell, 1, Integer::sum);
    double parts = 0;
    for (String part : sum.parts()) {
      int cell = cell(sum, part, sum.partsTerm(), sameAs);
      coefficients.merge(cell, -1, Integer::sum);
      parts += cells.get(cell).value();
    }
    double remainder = cells.get(totalCell).value() - parts;
    if (remainder < -EPSILON) {
      throw new IllegalArgumentException(
          "declares " + describe(sum) + " but its parts count more than its total");
    }
    if (remainder > EPSILON) {
      int id = cells.size();
      cells.add(new Cell(id, "remainder of " + describe(sum), remainder, Set.of(), false));
      coefficients.merge(id, -1, Integer::sum);
    }
    coefficients.values().removeIf(c -> c == 0);
    int[] ids = coefficients.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    int[] coefficient = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      coefficient[i] = coefficients.get(ids[i]);
    }
    relations.add(new Relation(sum, ids, coefficient));
  }

  /** The cell of one count; counts made one by shares share a cell and its carriers. */
  private int cell(Sum sum, String key, Sum.Term term, Map<String, String> sameAs) {
    String root = find(sameAs, name(sum, key, term));
    Integer known = cellIds.get(root);
    if (known != null) {
      return known;
    }
    Set<String> carriers = new LinkedHashSet<>();
    for (String name : new ArrayList<>(sameAs.keySet())) {
      if (find(sameAs, name).equals(root)) {
        carriers.add(keyOf(name));
      }
    }
    carriers.add(keyOf(root));
    Statistic s = statistic(sum, key);
    boolean count = s.kind() == Statistic.Kind.COUNT;
    boolean numerator = root.startsWith(NUMERATOR);
    double value = count ? s.value() : numerator ? s.numerator() : s.basis();
    int id = cells.size();
    cells.add(new Cell(id, root, value, Set.copyOf(carriers), numerator));
    cellIds.put(root, id);
    return id;
  }

  /** The name of a count: a COUNT's numerator and basis are one. */
  private String name(Sum sum, String key, Sum.Term term) {
    Statistic s = statistic(sum, key);
    boolean count = s.kind() == Statistic.Kind.COUNT;
    if (term == Sum.Term.NUMERATOR && !count && s.numerator() == null) {
      throw new IllegalArgumentException(
          "declares " + describe(sum) + " over the numerator of " + key + ", which has none");
    }
    return (term == Sum.Term.NUMERATOR || count ? NUMERATOR : BASIS) + key;
  }

  private static String keyOf(String name) {
    return name.startsWith(NUMERATOR)
        ? name.substring(NUMERATOR.length())
        : name.substring(BASIS.length());
  }

  private static String find(Map<String, String> sameAs, String name) {
    String root = name;
    while (sameAs.containsKey(root) && !sameAs.get(root).equals(root)) {
      root = sameAs.get(root);
    }
    return root;
  }

  private static void union(Map<String, String> sameAs, String a, String b) {
    String ra = find(sameAs, a);
    String rb = find(sameAs, b);
    sameAs.putIfAbsent(ra, ra);
    if (!ra.equals(rb)) {
      sameAs.put(rb, ra);
    }
  }

  private Statistic statistic(Sum sum, String key) {
    Statistic s = statistics.get(key);
    if (s == null) {
      throw new IllegalArgumentException(
          "declares " + describe(sum) + " over " + key + ", which is not one of its statistics");
    }
    return s;
  }

  static String describe(Sum sum) {
    String total =
        sum.total() == null
            ? "their common basis"
            : sum.totalTerm().name().toLowerCase() + " of " + sum.total();
    return "a sum ("
        + sum.partsTerm().name().toLowerCase()
        + "s of "
        + sum.parts()
        + " = "
        + total
        + ")";
  }
}
