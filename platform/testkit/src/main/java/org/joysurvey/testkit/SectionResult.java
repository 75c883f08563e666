package org.joysurvey.testkit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joysurvey.spi.ReportChart;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.ReportTable;
import org.joysurvey.spi.ReportTextList;
import org.joysurvey.spi.Statistic;
import org.joysurvey.spi.Sum;

/**
 * One instrument's section of a report the {@link InstrumentTestKit} computed, with what the
 * platform's small-cell rule withholds from publication.
 *
 * @param instrument the instrument's id
 * @param section the section the plugin built: statistics, tables, charts, free-text lists, notes
 * @param withheld the statistic keys and free-text item codes the small-cell rule withholds, each
 *     with its reason, in the section's order; the statistics themselves keep their exact values
 * @param responses how many responses the report read
 * @param threshold the suppression threshold k the rule applied
 */
public record SectionResult(
    String instrument,
    ReportSection section,
    Map<String, String> withheld,
    long responses,
    int threshold) {

  public SectionResult {
    withheld = Collections.unmodifiableMap(new LinkedHashMap<>(withheld));
  }

  /** The section's statistics by key, in the section's order (a key given twice keeps the last). */
  public Map<String, Statistic> statisticsByKey() {
    Map<String, Statistic> byKey = new LinkedHashMap<>();
    section.statistics().forEach(s -> byKey.put(s.key(), s));
    return byKey;
  }

  /** The statistic of this key; an {@link AssertionError} lists the keys there are. */
  public Statistic statistic(String key) {
    Map<String, Statistic> byKey = statisticsByKey();
    Statistic statistic = byKey.get(key);
    if (statistic == null) {
      throw new AssertionError("no statistic " + key + " in " + byKey.keySet());
    }
    return statistic;
  }

  /** The exact value of the statistic of this key. */
  public double value(String key) {
    return statistic(key).value();
  }

  /** Why the statistic or free-text list of this key is withheld, or empty when it is published. */
  public Optional<String> withheld(String key) {
    return Optional.ofNullable(withheld.get(key));
  }

  public boolean isWithheld(String key) {
    return withheld.containsKey(key);
  }

  public List<ReportTable> tables() {
    return section.tables();
  }

  public List<ReportChart> charts() {
    return section.charts();
  }

  public List<ReportTextList> texts() {
    return section.texts();
  }

  public List<String> notes() {
    return section.notes();
  }

  /** How the section says its counts add up (SPI 1.4), in the order it declared them. */
  public List<Sum> sums() {
    return section.sums();
  }

  /**
   * What the total of {@code sum} counts beyond its parts, computed from this section's statistics
   * (their {@link Statistic#numerator() numerators} and {@link Statistic#basis() bases}), not from
   * the plugin's code: the respondents counted by no part, which the platform requires to be 0 or
   * more. For {@link Sum#shares} the total is the parts' common basis. An {@link AssertionError}
   * says when the sum is one the platform treats as a plugin bug whatever the counts: a key that
   * names no statistic of the section, a numerator it refers to that the statistic lacks, or parts
   * of a {@code shares} sum with different bases. A negative remainder is returned as it is, for
   * the test to assert on.
   */
  public long remainder(Sum sum) {
    long parts = 0;
    for (String part : sum.parts()) {
      parts += count(sum, part, sum.partsTerm());
    }
    long total;
    if (sum.total() == null) {
      List<Long> bases =
          sum.parts().stream().map(p -> count(sum, p, Sum.Term.BASIS)).distinct().toList();
      if (bases.size() != 1) {
        throw new AssertionError("the parts of " + sum + " have different bases: " + bases);
      }
      total = bases.get(0);
    } else {
      total = count(sum, sum.total(), sum.totalTerm());
    }
    return total - parts;
  }

  private long count(Sum sum, String key, Sum.Term term) {
    Statistic statistic = statisticsByKey().get(key);
    if (statistic == null) {
      throw new AssertionError(sum + " names " + key + ", which is no statistic of the section");
    }
    if (term == Sum.Term.BASIS) {
      return statistic.basis();
    }
    if (statistic.numerator() == null) {
      throw new AssertionError(sum + " adds the numerator of " + key + ", which has none");
    }
    return statistic.numerator();
  }
}
