package org.joysurvey.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;
import org.junit.jupiter.api.Test;

class BenchmarkValidationTest {

  private static NewBenchmarks.Value v(Double value, Long n) {
    return new NewBenchmarks.Value(value, n);
  }

  @Test
  void validValuesBecomeBenchmarksWithCountsWhenNIsGiven() {
    Map<String, NewBenchmarks.Value> values = new LinkedHashMap<>();
    values.put("mini-z.burnout_rate", v(0.31, 412L));
    values.put("demographics.share.age_band.65+", v(0.07, null));
    values.put("wellness-services.venn.employer+self-pay", v(0.0, 10L));
    values.put("mini-z.by.age_band.36-45.burnout_rate", v(1.0, 3L));
    List<Benchmark> benchmarks =
        BenchmarkService.validate(new NewBenchmarks(2018, "  2018 SSVMS report ", values));
    assertEquals(4, benchmarks.size());
    Benchmark rate = benchmarks.get(0);
    assertEquals(2018, rate.year());
    assertEquals("2018 SSVMS report", rate.source());
    assertEquals(0.31, rate.value(), 0);
    assertEquals(128L, rate.numerator(), "round(0.31 * 412) = round(127.72)");
    assertEquals(412L, rate.denominator());
    assertNull(benchmarks.get(1).numerator());
    assertNull(benchmarks.get(1).denominator());
  }

  @Test
  void everyProblemIsReportedAndNothingIsAccepted() {
    Map<String, NewBenchmarks.Value> values = new LinkedHashMap<>();
    values.put("mini-z.burnout_rate", v(0.31, 412L));
    values.put("burnout_rate", v(0.3, null));
    values.put("Mini-Z.rate", v(0.3, null));
    values.put("mini-z.rate", v(31.0, null));
    values.put("mini-z.other", v(-0.1, null));
    values.put("mini-z.nan", v(Double.NaN, null));
    values.put("mini-z.missing", v(null, 10L));
    values.put("mini-z.nobody", v(0.5, 0L));
    InputRejectedException e =
        assertThrows(
            InputRejectedException.class,
            () -> BenchmarkService.validate(new NewBenchmarks(1850, " ", values)));
    List<String> columns = e.problems().stream().map(Problem::column).toList();
    assertEquals(
        List.of(
            "year",
            "source",
            "values.burnout_rate",
            "values.Mini-Z.rate",
            "values.mini-z.rate.value",
            "values.mini-z.other.value",
            "values.mini-z.nan.value",
            "values.mini-z.missing.value",
            "values.mini-z.nobody.n"),
        columns);
    assertTrue(
        e.problems().get(4).message().contains("between 0 and 1"), e.problems().get(4).message());
  }

  @Test
  void valuesAreRequired() {
    InputRejectedException e =
        assertThrows(
            InputRejectedException.class,
            () -> BenchmarkService.validate(new NewBenchmarks(2018, "report", Map.of())));
    assertEquals("values", e.problems().get(0).column());
    assertThrows(
        InputRejectedException.class,
        () -> BenchmarkService.validate(new NewBenchmarks(null, null, null)));
  }
}
