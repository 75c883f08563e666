package org.joysurvey.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.ReportTable;
import org.joysurvey.spi.Statistic;
import org.joysurvey.spi.Sum;

/**
 * Plays the reader who tries to recompute what a section withholds from what it publishes. It
 * writes every linear relation it knows between the section's counts, moves the published counts to
 * the right-hand side, and asks, by the rank of the constraint matrix (singular value
 * decomposition), whether the unit vector of a withheld count lies in its row space: then that
 * count is determined.
 *
 * <p>It knows the sums the section declares and, so that a missing declaration is caught too, the
 * relations it finds on the page itself: in one column of a table, proportions with a common basis
 * whose numerators add up to that basis (the options of an item), or the last of which is the sum
 * of the run just above it (a "positive (4-6)" line). It shares no code with the platform's rule.
 */
public final class DisclosureAuditor {

  private final ReportSection section;
  private final Set<String> withheld;
  private final int threshold;
  private final Map<String, Statistic> statistics = new LinkedHashMap<>();
  private final Map<String, Integer> variables = new LinkedHashMap<>();
  private final List<Double> values = new ArrayList<>();
  private final List<Map<Integer, Double>> equations = new ArrayList<>();

  /** The common basis of shares is published as long as any one share is. */
  private final Map<String, List<String>> shareBases = new HashMap<>();

  private DisclosureAuditor(ReportSection section, Set<String> withheld, int threshold) {
    this.section = section;
    this.withheld = Set.copyOf(withheld);
    this.threshold = threshold;
    section.statistics().forEach(s -> statistics.putIfAbsent(s.key(), s));
  }

  /** What of the section that the kit computed a reader can recompute despite its withholding. */
  public static List<String> recomputable(SectionResult result) {
    return recomputable(result.section(), result.withheld().keySet(), result.threshold());
  }

  /**
   * What a reader can recompute of {@code section} when the statistics {@code withheld} are not
   * published: each finding names the withheld count and says how small it is.
   */
  public static List<String> recomputable(
      ReportSection section, Set<String> withheld, int threshold) {
    return new DisclosureAuditor(section, withheld, threshold).audit();
  }

  private List<String> audit() {
    for (Sum sum : section.sums()) {
      declared(sum);
    }
    for (ReportTable table : section.tables()) {
      foundOnThePage(table);
    }
    List<String> findings = new ArrayList<>();
    List<Integer> unknown = new ArrayList<>();
    Map<Integer, String> names = new HashMap<>();
    variables.forEach(
        (name, v) -> {
          if (isUnknown(name)) {
            unknown.add(v);
            names.put(v, name);
          }
        });
    if (!unknown.isEmpty() && !equations.isEmpty()) {
      RealMatrix a = restricted(unknown);
      int rank = rank(a);
      for (int j = 0; j < unknown.size(); j++) {
        String name = names.get(unknown.get(j));
        double value = values.get(unknown.get(j));
        // a remainder ("R", "S": counted by a total, by no part) is no published figure
        boolean matters = name.startsWith("N ") || (name.startsWith("B ") && value < threshold);
        if (!matters) {
          continue;
        }
        RealMatrix withUnit = new Array2DRowRealMatrix(a.getRowDimension() + 1, unknown.size());
        withUnit.setSubMatrix(a.getData(), 0, 0);
        withUnit.setEntry(a.getRowDimension(), j, 1);
        if (rank(withUnit) == rank) {
          findings.add(name + " = " + Math.round(value) + " follows from the published counts");
        }
      }
    }
    confidenceBoundsOfWithheld(findings);
    return findings;
  }

  private boolean isUnknown(String name) {
    if (name.startsWith("R ") || name.startsWith("S ")) {
      return true;
    }
    String key = name.substring(2);
    if (name.startsWith("B ") && isShareBasis(key)) {
      return false;
    }
    return withheld.contains(key);
  }

  private boolean isShareBasis(String key) {
    List<String> group = shareBases.get(key);
    return group != null && group.stream().anyMatch(k -> !withheld.contains(k));
  }

  private void declared(Sum sum) {
    Map<Integer, Double> equation = new HashMap<>();
    double total;
    if (sum.total() == null) {
      String first = sum.parts().get(0);
      total = add(equation, "B", first, 1);
      shareBases.computeIfAbsent(first, k -> new ArrayList<>()).addAll(sum.parts());
      for (String part : sum.parts()) {
        shareBases.computeIfAbsent(part, k -> new ArrayList<>()).addAll(sum.parts());
        Map<Integer, Double> same = new HashMap<>();
        add(same, "B", part, 1);
        add(same, "B", first, -1);
        equations.add(same);
      }
    } else {
      total = add(equation, term(sum.totalTerm()), sum.total(), 1);
    }
    double parts = 0;
    for (String part : sum.parts()) {
      parts += add(equation, term(sum.partsTerm()), part, -1);
    }
    remainder(equation, total - parts, sum.toString(), sum.partsTerm() == Sum.Term.NUMERATOR);
    equations.add(equation);
  }

  /**
   * Relations a reader finds in one column of a table: proportions of one basis that make it up,
   * and lines that are the sum of a run of others.
   */
  private void foundOnThePage(ReportTable table) {
    for (int column = 0; column < table.columns().size(); column++) {
      Map<Long, List<String>> byBasis = new LinkedHashMap<>();
      for (List<ReportTable.Cell> row : table.rows()) {
        if (row.get(column) instanceof ReportTable.StatisticRef ref) {
          Statistic s = statistics.get(ref.key());
          if (s != null && s.kind() == Statistic.Kind.PROPORTION && s.numerator() != null) {
            byBasis.computeIfAbsent(s.basis(), b -> new ArrayList<>()).add(s.key());
          }
        }
      }
      for (var group : byBasis.entrySet()) {
        // the reader sees one denominator for the whole column group
        for (String key : group.getValue()) {
          shareBases.computeIfAbsent(key, k -> new ArrayList<>()).addAll(group.getValue());
        }
        runs(group.getKey(), group.getValue());
      }
    }
  }

  private void runs(long basis, List<String> keys) {
    for (int from = 0; from < keys.size(); from++) {
      long sum = 0;
      for (int to = from; to < keys.size(); to++) {
        sum += statistics.get(keys.get(to)).numerator();
        if (to == from || nextToAZero(keys, from, to)) {
          continue;
        }
        List<String> run = keys.subList(from, to + 1);
        if (sum == basis && basis > 0) {
          Map<Integer, Double> equation = new HashMap<>();
          add(equation, "B", run.get(0), 1);
          run.forEach(k -> add(equation, "N", k, -1));
          equations.add(equation);
        }
        // a line that sums the ones just above it stands last ("Positive (4-6)" under 4, 5, 6)
        String last = keys.get(keys.size() - 1);
        if (to == keys.size() - 2) {
          String other = last;
          if (statistics.get(other).numerator() == sum && sum > 0) {
            Map<Integer, Double> equation = new HashMap<>();
            add(equation, "N", other, 1);
            run.forEach(k -> add(equation, "N", k, -1));
            equations.add(equation);
          }
        }
      }
    }
  }

  /**
   * A run next to a zero adds up to the same as the run with it: only the longer is a relation a
   * reader can know, the shorter holds by chance.
   */
  private boolean nextToAZero(List<String> keys, int from, int to) {
    return (from > 0 && statistics.get(keys.get(from - 1)).numerator() == 0)
        || (to < keys.size() - 1 && statistics.get(keys.get(to + 1)).numerator() == 0);
  }

  private static String term(Sum.Term term) {
    return term == Sum.Term.NUMERATOR ? "N" : "B";
  }

  /** Adds {@code coefficient} times a count to an equation; returns the count. */
  private double add(Map<Integer, Double> equation, String term, String key, double coefficient) {
    Statistic s = statistics.get(key);
    if (s == null) {
      throw new AssertionError("a sum names " + key + ", which is not a statistic of the section");
    }
    boolean count = s.kind() == Statistic.Kind.COUNT;
    String name = (count ? "N" : term) + " " + key;
    double value =
        count
            ? s.value()
            : term.equals("N") ? (s.numerator() == null ? Double.NaN : s.numerator()) : s.basis();
    if (Double.isNaN(value)) {
      throw new AssertionError("a sum names the numerator of " + key + ", which has none");
    }
    int v = variable(name, value);
    equation.merge(v, coefficient, Double::sum);
    return value;
  }

  private void remainder(
      Map<Integer, Double> equation, double remainder, String of, boolean ofAnswers) {
    if (remainder < -1e-9) {
      throw new AssertionError("the parts of " + of + " count more than its total");
    }
    if (remainder > 1e-9) {
      equation.put(variable((ofAnswers ? "R " : "S ") + of, remainder), -1.0);
    }
  }

  private int variable(String name, double value) {
    return variables.computeIfAbsent(
        name,
        n -> {
          values.add(value);
          return values.size() - 1;
        });
  }

  private RealMatrix restricted(List<Integer> unknown) {
    RealMatrix a = new Array2DRowRealMatrix(equations.size(), unknown.size());
    for (int r = 0; r < equations.size(); r++) {
      for (int j = 0; j < unknown.size(); j++) {
        a.setEntry(r, j, equations.get(r).getOrDefault(unknown.get(j), 0.0));
      }
    }
    return a;
  }

  private static int rank(RealMatrix m) {
    return new SingularValueDecomposition(m).getRank();
  }

  /** A published value with a withheld proportion's numerator and basis is a bound of it. */
  private void confidenceBoundsOfWithheld(List<String> findings) {
    for (Statistic s : statistics.values()) {
      if (s.kind() != Statistic.Kind.VALUE || s.numerator() == null || withheld.contains(s.key())) {
        continue;
      }
      for (Statistic h : statistics.values()) {
        if (h.kind() == Statistic.Kind.PROPORTION
            && withheld.contains(h.key())
            && s.numerator().equals(h.numerator())
            && s.basis() == h.basis()) {
          findings.add(s.key() + " is published and computed from the counts of " + h.key());
        }
      }
    }
  }
}
