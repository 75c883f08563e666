package org.joysurvey.benchmark;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The stored form of a {@link Benchmark}: one row per year and statistic key. */
@Entity
@Table(name = "benchmark_value")
@IdClass(BenchmarkValue.Key.class)
public class BenchmarkValue {

  @Id
  @Column(name = "edition_year")
  private int year;

  @Id
  @Column(name = "statistic_key", length = 200)
  private String statisticKey;

  @Column(name = "stat_value", nullable = false)
  private double value;

  @Column(name = "numerator")
  private Long numerator;

  @Column(name = "denominator")
  private Long denominator;

  @Column(nullable = false, length = 500)
  private String source;

  protected BenchmarkValue() {
    // for JPA
  }

  BenchmarkValue(Benchmark benchmark) {
    this.year = benchmark.year();
    this.statisticKey = benchmark.key();
    update(benchmark);
  }

  void update(Benchmark benchmark) {
    this.value = benchmark.value();
    this.numerator = benchmark.numerator();
    this.denominator = benchmark.denominator();
    this.source = benchmark.source();
  }

  Benchmark toBenchmark() {
    return new Benchmark(year, statisticKey, value, numerator, denominator, source);
  }

  /** The primary key: year and statistic key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private int year;
    private String statisticKey;

    public Key() {}

    public Key(int year, String statisticKey) {
      this.year = year;
      this.statisticKey = statisticKey;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.year == year && Objects.equals(k.statisticKey, statisticKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(year, statisticKey);
    }
  }
}
