package org.joysurvey.benchmark;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;

/** Stores the benchmark values the designer enters, all or nothing, and reads them for reports. */
@ApplicationScoped
@Transactional
public class BenchmarkService {

  /**
   * A statistic key: an instrument id, then dot-separated parts of letters, digits, {@code _},
   * {@code -} and {@code +} ({@code mini-z.burnout_rate}, {@code demographics.share.age_band.65+}).
   */
  static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[A-Za-z0-9_+-]+)+");

  static final int MAX_KEY_LENGTH = 200;
  static final int MAX_SOURCE_LENGTH = 500;

  @PersistenceContext(unitName = "joy")
  private EntityManager em;

  /**
   * Stores the values: a value already stored for the same year and key is replaced. Every problem
   * is reported at once, and then nothing is stored.
   *
   * @return how many values were stored
   */
  public int store(NewBenchmarks request) {
    List<Benchmark> benchmarks = validate(request);
    for (Benchmark benchmark : benchmarks) {
      BenchmarkValue stored =
          em.find(BenchmarkValue.class, new BenchmarkValue.Key(benchmark.year(), benchmark.key()));
      if (stored == null) {
        em.persist(new BenchmarkValue(benchmark));
      } else {
        stored.update(benchmark);
      }
    }
    em.flush();
    return benchmarks.size();
  }

  /** Every benchmark value, newest year first, then by key. */
  public List<Benchmark> list() {
    return em
        .createQuery(
            "select b from BenchmarkValue b order by b.year desc, b.statisticKey",
            BenchmarkValue.class)
        .getResultList()
        .stream()
        .map(BenchmarkValue::toBenchmark)
        .toList();
  }

  /**
   * The benchmark values of years before {@code year}: what an edition of that year may compare
   * with.
   */
  public List<Benchmark> before(int year) {
    return em
        .createQuery(
            "select b from BenchmarkValue b where b.year < :year"
                + " order by b.year desc, b.statisticKey",
            BenchmarkValue.class)
        .setParameter("year", year)
        .getResultList()
        .stream()
        .map(BenchmarkValue::toBenchmark)
        .toList();
  }

  /** The request as benchmarks, or every problem with it. */
  static List<Benchmark> validate(NewBenchmarks request) {
    List<Problem> problems = new ArrayList<>();
    if (request.year() == null || request.year() < 1900 || request.year() > 2999) {
      problems.add(Problem.at("year", "a year between 1900 and 2999 is required"));
    }
    String source = request.source() == null ? "" : request.source().strip();
    if (source.isEmpty() || source.length() > MAX_SOURCE_LENGTH) {
      problems.add(
          Problem.at(
              "source",
              "a source of 1 to "
                  + MAX_SOURCE_LENGTH
                  + " characters is required (where the figures were published)"));
    }
    Map<String, NewBenchmarks.Value> values =
        request.values() == null ? Map.of() : request.values();
    if (values.isEmpty()) {
      problems.add(Problem.at("values", "at least one value is required, by statistic key"));
    }
    List<Benchmark> benchmarks = new ArrayList<>();
    values.forEach(
        (key, v) -> {
          String column = "values." + key;
          boolean ok = true;
          if (key.length() > MAX_KEY_LENGTH || !KEY.matcher(key).matches()) {
            problems.add(
                Problem.at(
                    column,
                    "is not a statistic key ('<instrument-id>.<statistic>', e.g."
                        + " mini-z.burnout_rate)"));
            ok = false;
          }
          if (v == null || v.value() == null) {
            problems.add(Problem.at(column + ".value", "a value is required"));
            ok = false;
          } else if (!(v.value() >= 0 && v.value() <= 1)) {
            problems.add(
                Problem.at(
                    column + ".value",
                    "a proportion between 0 and 1 is required (0.31 for 31%), not " + v.value()));
            ok = false;
          }
          if (v != null && v.n() != null && v.n() < 1) {
            problems.add(Problem.at(column + ".n", "the number of respondents must be at least 1"));
            ok = false;
          }
          if (ok && request.year() != null) {
            benchmarks.add(Benchmark.of(request.year(), key, v.value(), v.n(), source));
          }
        });
    if (!problems.isEmpty()) {
      throw new InputRejectedException("No benchmark value was stored.", problems);
    }
    return benchmarks;
  }
}
