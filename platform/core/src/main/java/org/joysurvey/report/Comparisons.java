package org.joysurvey.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joysurvey.benchmark.Benchmark;
import org.joysurvey.disclosure.SmallCellRule;
import org.joysurvey.disclosure.Suppression;
import org.joysurvey.spi.Statistic;
import org.joysurvey.statistics.TwoProportionZTest;

/**
 * Sets every proportion of a report against the same statistic of an earlier year. The earlier
 * figure comes from the previous edition of the statistic's instrument (its raw data, reported by
 * the same engine), or from a benchmark value of a more recent year than that edition; the raw
 * edition wins a tie. Only statistics that are proportions in both are compared, so a statistic
 * found in one year only has no comparison.
 */
public final class Comparisons {

  private Comparisons() {}

  /** The report of an earlier edition, from its raw data. */
  public record PreviousEdition(long id, int year, int suppressionThreshold, Report report) {

    String source() {
      return "edition " + id;
    }
  }

  /**
   * @param current the report being published
   * @param year its edition's year; only figures of earlier years are used
   * @param rule its small-cell rule
   * @param previousByInstrument the previous edition of each instrument that has one, by instrument
   *     id
   * @param benchmarks benchmark values (those of other years or keys are ignored)
   * @return the comparisons by statistic key, in the order of the report
   */
  public static Map<String, Comparison> build(
      Report current,
      int year,
      SmallCellRule rule,
      Map<String, PreviousEdition> previousByInstrument,
      List<Benchmark> benchmarks) {
    Map<String, Benchmark> latestBenchmark = new HashMap<>();
    benchmarks.stream()
        .filter(b -> b.year() < year)
        .forEach(b -> latestBenchmark.merge(b.key(), b, (a, c) -> a.year() >= c.year() ? a : c));
    Map<String, Comparison> comparisons = new LinkedHashMap<>();
    for (SectionReport section : current.sections()) {
      if (section.isFailed()) {
        continue;
      }
      PreviousEdition edition = previousByInstrument.get(section.instrument());
      Map<String, Statistic> earlier =
          edition == null ? Map.of() : previousStatistics(edition, section.instrument());
      for (Statistic statistic : section.section().statistics()) {
        if (statistic.kind() != Statistic.Kind.PROPORTION) {
          continue;
        }
        Statistic raw = earlier.get(statistic.key());
        Benchmark benchmark = latestBenchmark.get(statistic.key());
        Comparison comparison;
        if (raw != null && (benchmark == null || benchmark.year() <= edition.year())) {
          SmallCellRule stricter =
              new SmallCellRule(Math.max(rule.threshold(), edition.suppressionThreshold()));
          comparison = compare(statistic, raw, edition.year(), edition.source(), stricter);
        } else if (benchmark != null) {
          comparison =
              compare(
                  statistic,
                  asStatistic(benchmark),
                  benchmark.year(),
                  benchmark.source(),
                  benchmark.hasCounts() ? rule : null);
        } else {
          continue;
        }
        comparisons.put(statistic.key(), withheldWith(comparison, section, edition));
      }
    }
    return comparisons;
  }

  /**
   * A comparison gives away both of its figures (the difference is one minus the other): it is
   * withheld when either year's figure is, including a figure withheld only to protect another.
   */
  private static Comparison withheldWith(
      Comparison comparison, SectionReport current, PreviousEdition edition) {
    if (comparison.suppressed() != null) {
      return comparison;
    }
    Suppression reason =
        current
            .suppression(comparison.key())
            .map(s -> new Suppression(s.key(), "this year's figure is withheld: " + s.reason()))
            .orElse(null);
    if (reason == null && edition != null && comparison.source().equals(edition.source())) {
      reason =
          edition.report().sections().stream()
              .filter(s -> s.instrument().equals(current.instrument()))
              .findFirst()
              .flatMap(s -> s.suppression(comparison.key()))
              .map(
                  s ->
                      new Suppression(
                          s.key(), "the " + edition.year() + " figure is withheld: " + s.reason()))
              .orElse(null);
    }
    return reason == null
        ? comparison
        : new Comparison(
            comparison.key(),
            comparison.year(),
            comparison.source(),
            comparison.previous(),
            comparison.numerator(),
            comparison.denominator(),
            comparison.differencePoints(),
            comparison.z(),
            comparison.pValue(),
            reason);
  }

  private static Map<String, Statistic> previousStatistics(
      PreviousEdition edition, String instrument) {
    return edition.report().sections().stream()
        .filter(s -> s.instrument().equals(instrument) && !s.isFailed())
        .findFirst()
        .map(SectionReport::statisticsByKey)
        .orElse(Map.of())
        .entrySet()
        .stream()
        .filter(e -> e.getValue().kind() == Statistic.Kind.PROPORTION)
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static Statistic asStatistic(Benchmark b) {
    return new Statistic(
        b.key(),
        b.key(),
        Statistic.Kind.PROPORTION,
        b.value(),
        b.numerator(),
        b.hasCounts() ? b.denominator() : 0);
  }

  /**
   * @param rule the small-cell rule for the earlier figure, or {@code null} when it cannot be
   *     applied (a published benchmark without its number of respondents)
   */
  private static Comparison compare(
      Statistic now, Statistic then, int year, String source, SmallCellRule rule) {
    // both counts or neither: an earlier proportion without a usable numerator is shown, not tested
    Long numerator = rule != null ? counts(then) : null;
    Long denominator = numerator != null ? then.basis() : null;
    double difference = (now.value() - then.value()) * 100;
    double z = Double.NaN;
    double p = Double.NaN;
    Long nowNumerator = counts(now);
    if (numerator != null && nowNumerator != null) {
      TwoProportionZTest test =
          TwoProportionZTest.of(nowNumerator, now.basis(), numerator, denominator);
      z = test.z();
      p = test.pValue();
    }
    Suppression suppressed =
        rule == null
            ? null
            : rule.check(
                    new Statistic(
                        now.key(),
                        now.label(),
                        Statistic.Kind.PROPORTION,
                        then.value(),
                        numerator,
                        then.basis()))
                .orElse(null);
    return new Comparison(
        now.key(),
        year,
        source,
        then.value(),
        numerator,
        denominator,
        difference,
        z,
        p,
        suppressed);
  }

  /**
   * The numerator of a proportion, from the value when the plugin gave none; {@code null} if it
   * makes no count.
   */
  private static Long counts(Statistic s) {
    long numerator =
        s.numerator() != null
            ? s.numerator()
            : s.isDefined() ? Math.round(s.value() * s.basis()) : -1;
    return numerator < 0 || numerator > s.basis() ? null : numerator;
  }
}
