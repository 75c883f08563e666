package org.joysurvey.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.ReportTextList;
import org.joysurvey.spi.Statistic;

/**
 * What of a report section may not be published.
 *
 * <ol>
 *   <li>Primary suppression ({@link SmallCellRule}): a figure whose numerator or basis counts fewer
 *       than k respondents; a free-text list that fewer than max(10, k) wrote.
 *   <li>Complementary suppression: while a withheld count (a withheld figure's numerator, a basis
 *       below k) follows from the published counts through the section's declared {@link
 *       org.joysurvey.spi.Sum}s, the smallest published count of the sum that gives it away is
 *       withheld as well, "to protect another cell"; repeated until no withheld count is
 *       determined. Determined means exactly computable by linear algebra over all the sums at once
 *       ({@link Determination}), so that chains of sums (a line and its column, a rate and its Venn
 *       regions) are covered too.
 *   <li>A figure computed from the counts of a withheld proportion (a confidence bound: same
 *       numerator and basis) is withheld with it.
 * </ol>
 *
 * Plugins declare sums; the rule, the same for every plugin, lives here alone.
 */
public record DisclosureRule(SmallCellRule cells) {

  public DisclosureRule(int threshold) {
    this(new SmallCellRule(threshold));
  }

  public int threshold() {
    return cells.threshold();
  }

  /**
   * The figures and text lists of {@code section} that must be withheld, in the section's order.
   *
   * @throws IllegalArgumentException when the section declares a sum that does not hold (the
   *     plugin's fault: its section cannot be published safely)
   */
  public List<Suppression> withhold(ReportSection section) {
    Map<String, Suppression> withheld = new LinkedHashMap<>();
    for (Statistic statistic : section.statistics()) {
      cells.check(statistic).ifPresent(s -> withheld.putIfAbsent(s.key(), s));
    }
    if (!section.sums().isEmpty()) {
      complement(new CountSystem(section.statistics(), section.sums(), section.tables()), withheld);
    }
    withholdComputedFromWithheld(section.statistics(), withheld);
    List<Suppression> result = new ArrayList<>();
    for (Statistic statistic : section.statistics()) {
      Suppression s = withheld.remove(statistic.key());
      if (s != null) {
        result.add(s);
      }
    }
    for (ReportTextList texts : section.texts()) {
      cells.check(texts).ifPresent(result::add);
    }
    return result;
  }

  private void complement(CountSystem system, Map<String, Suppression> withheld) {
    List<CountSystem.Cell> all = system.cells();
    List<CountSystem.Relation> relations = system.relations();
    BitSet exposed = exposed(all, relations, withheld);
    while (!exposed.isEmpty()) {
      Optional<CountSystem.Cell> cover = cover(exposed, all, relations, withheld);
      if (cover.isEmpty()) {
        // no published count is left in a sum that gives one away: nothing more would help
        return;
      }
      for (String key : cover.get().carriers()) {
        withheld.putIfAbsent(key, Suppression.protectingAnother(key));
      }
      exposed = exposed(all, relations, withheld);
    }
  }

  /** The hidden counts that must stay hidden and that the published ones determine. */
  private BitSet exposed(
      List<CountSystem.Cell> all,
      List<CountSystem.Relation> relations,
      Map<String, Suppression> withheld) {
    BitSet hidden = hidden(all, withheld);
    BitSet exposed = Determination.determined(relations, hidden);
    exposed.stream().filter(c -> !mustStayHidden(all.get(c))).forEach(exposed::clear);
    return exposed;
  }

  private static BitSet hidden(List<CountSystem.Cell> all, Map<String, Suppression> withheld) {
    BitSet hidden = new BitSet(all.size());
    for (CountSystem.Cell cell : all) {
      if (cell.carriers().stream().allMatch(withheld::containsKey)) {
        hidden.set(cell.id());
      }
    }
    return hidden;
  }

  /**
   * A hidden count that must not be computable: a withheld figure's numerator, or a withheld basis
   * below k. A remainder (respondents a total counts and no part does: mostly those who skipped the
   * question that defines the parts) is no published figure and is not protected; protecting it
   * withheld whole subgroup tables of every survey with a few skipped demographic questions.
   */
  private boolean mustStayHidden(CountSystem.Cell cell) {
    if (cell.isRemainder()) {
      return false;
    }
    return cell.numerator() || cell.value() < threshold();
  }

  /**
   * The published count to withhold next. Candidates are the published counts of the sums that give
   * a count away, then, if none of those helps, of the sums joined to them through hidden counts,
   * and so on outwards. Of the candidates of the nearest ring that helps, the one that leaves the
   * fewest counts exposed wins; then a part before a total (the cells of a line before its margin),
   * a count one statistic prints before a shared basis, one above zero before a zero, and the
   * smallest ("the next-smallest cell of the same line"). When no ring helps on its own, the best
   * of the first ring is withheld and the search starts again.
   */
  private Optional<CountSystem.Cell> cover(
      BitSet exposed,
      List<CountSystem.Cell> all,
      List<CountSystem.Relation> relations,
      Map<String, Suppression> withheld) {
    BitSet hidden = hidden(all, withheld);
    Comparator<CountSystem.Cell> preference = preference(relations);
    int before = exposed.cardinality();
    BitSet reached = (BitSet) exposed.clone();
    BitSet usedRelations = new BitSet();
    CountSystem.Cell fallback = null;
    while (true) {
      BitSet candidates = new BitSet();
      BitSet next = new BitSet();
      for (int r = 0; r < relations.size(); r++) {
        CountSystem.Relation relation = relations.get(r);
        if (usedRelations.get(r)
            || java.util.Arrays.stream(relation.cells()).noneMatch(reached::get)) {
          continue;
        }
        usedRelations.set(r);
        for (int c : relation.cells()) {
          if (hidden.get(c)) {
            next.set(c);
          } else {
            candidates.set(c);
          }
        }
      }
      if (candidates.isEmpty() && next.equals(reached)) {
        return Optional.ofNullable(fallback);
      }
      CountSystem.Cell best = null;
      int bestLeft = Integer.MAX_VALUE;
      int bestLine = Integer.MAX_VALUE;
      for (int c = candidates.nextSetBit(0); c >= 0; c = candidates.nextSetBit(c + 1)) {
        CountSystem.Cell candidate = all.get(c);
        Map<String, Suppression> trial = new LinkedHashMap<>(withheld);
        candidate.carriers().forEach(k -> trial.putIfAbsent(k, Suppression.protectingAnother(k)));
        int left = exposed(all, relations, trial).cardinality();
        int line = line(c, exposed, relations, hidden);
        if (left < bestLeft
            || (left == bestLeft && line < bestLine)
            || (left == bestLeft && line == bestLine && preference.compare(candidate, best) < 0)) {
          best = candidate;
          bestLeft = left;
          bestLine = line;
        }
      }
      if (best != null && bestLeft < before) {
        return Optional.of(best);
      }
      if (fallback == null) {
        fallback = best;
      }
      next.or(reached);
      if (next.equals(reached)) {
        return Optional.ofNullable(fallback);
      }
      reached = next;
    }
  }

  /**
   * How directly {@code cell} stands by an exposed count: the fewest hidden counts of a sum that
   * holds both (a line with one hidden cell is the line that gives it away); large when none does.
   */
  private static int line(
      int cell, BitSet exposed, List<CountSystem.Relation> relations, BitSet hidden) {
    int fewest = Integer.MAX_VALUE;
    for (CountSystem.Relation relation : relations) {
      boolean holdsCell = false;
      boolean holdsExposed = false;
      int hiddenHere = 0;
      for (int c : relation.cells()) {
        holdsCell |= c == cell;
        holdsExposed |= exposed.get(c);
        if (hidden.get(c)) {
          hiddenHere++;
        }
      }
      if (holdsCell && holdsExposed) {
        fewest = Math.min(fewest, hiddenHere);
      }
    }
    return fewest;
  }

  private static Comparator<CountSystem.Cell> preference(List<CountSystem.Relation> relations) {
    BitSet totals = new BitSet();
    for (CountSystem.Relation relation : relations) {
      for (int i = 0; i < relation.cells().length; i++) {
        if (relation.coefficients()[i] > 0) {
          totals.set(relation.cells()[i]);
        }
      }
    }
    return Comparator.<CountSystem.Cell>comparingInt(c -> totals.get(c.id()) ? 1 : 0)
        .thenComparingInt(c -> c.carriers().size() == 1 ? 0 : 1)
        .thenComparingInt(c -> c.value() > 0 ? 0 : 1)
        .thenComparingDouble(CountSystem.Cell::value)
        .thenComparingInt(CountSystem.Cell::id);
  }

  /**
   * A confidence bound or other value computed from a proportion's counts gives the proportion
   * away: withheld when a withheld count or proportion has its numerator and basis.
   */
  private static void withholdComputedFromWithheld(
      List<Statistic> statistics, Map<String, Suppression> withheld) {
    List<Statistic> hiddenCounts =
        statistics.stream()
            .filter(s -> s.kind() != Statistic.Kind.VALUE && withheld.containsKey(s.key()))
            .toList();
    for (Statistic s : statistics) {
      if (s.kind() != Statistic.Kind.VALUE || s.numerator() == null) {
        continue;
      }
      if (withheld.containsKey(s.key())) {
        continue;
      }
      for (Statistic h : hiddenCounts) {
        if (s.numerator().equals(h.numerator()) && s.basis() == h.basis()) {
          withheld.put(
              s.key(),
              new Suppression(s.key(), "computed from the counts of " + h.key() + ", withheld"));
          break;
        }
      }
    }
  }
}
