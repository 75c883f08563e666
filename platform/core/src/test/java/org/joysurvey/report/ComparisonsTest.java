package org.joysurvey.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.joysurvey.benchmark.Benchmark;
import org.joysurvey.disclosure.SmallCellRule;
import org.joysurvey.disclosure.Suppression;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.Statistic;
import org.junit.jupiter.api.Test;

/** Comparisons built from two reports held in memory, as the engine would produce them. */
class ComparisonsTest {

  private static final SmallCellRule K5 = new SmallCellRule(5);

  private static SectionReport section(String instrument, Statistic... statistics) {
    ReportSection.Builder builder = ReportSection.builder(instrument);
    List<Suppression> suppressed = new ArrayList<>();
    for (Statistic s : statistics) {
      builder.statistic(s);
      K5.check(s).ifPresent(suppressed::add);
    }
    return new SectionReport(instrument, "1.0", builder.build(), suppressed, null);
  }

  private static Report report(SectionReport... sections) {
    return new Report(1000, 5, List.of(sections));
  }

  private static Statistic rate(long numerator, long denominator) {
    return Statistic.proportion("mini-z.burnout_rate", "Burnout rate", numerator, denominator);
  }

  private static Comparisons.PreviousEdition edition2018(Report report) {
    return new Comparisons.PreviousEdition(7, 2018, 5, report);
  }

  @Test
  void aProportionInBothEditionsIsComparedAndTestedFromTheCounts() {
    Report now = report(section("mini-z", rate(191, 568)));
    Report then = report(section("mini-z", rate(128, 412)));
    Map<String, Comparison> comparisons =
        Comparisons.build(now, 2020, K5, Map.of("mini-z", edition2018(then)), List.of());

    Comparison c = comparisons.get("mini-z.burnout_rate");
    assertNotNull(c);
    assertEquals(2018, c.year());
    assertEquals("edition 7", c.source());
    assertEquals(128.0 / 412, c.previous(), 1e-15);
    assertEquals(128L, c.numerator());
    assertEquals(412L, c.denominator());
    // 191 / 568 = 33.62676%, 128 / 412 = 31.06796%: 2.55880 points
    assertEquals((191.0 / 568 - 128.0 / 412) * 100, c.differencePoints(), 1e-12);
    assertEquals(2.55880, c.differencePoints(), 1e-5);
    // pooled 319 / 980; SE = sqrt(p (1 - p) (1/568 + 1/412)) = 0.0303222; z = 0.0255880 / 0.0303222
    // = 0.84387
    double pooled = 319.0 / 980;
    double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / 568 + 1.0 / 412));
    assertEquals((191.0 / 568 - 128.0 / 412) / se, c.z(), 1e-12);
    assertEquals(0.3987415819612764, c.pValue(), 1e-9);
    assertNull(c.suppressed());
    assertTrue(c.isTested());
  }

  @Test
  void statisticsOfOneEditionOnlyAndOtherKindsAreNotCompared() {
    Report now =
        report(
            section(
                "mini-z",
                rate(191, 568),
                Statistic.proportion("mini-z.new_in_2020", null, 50, 568),
                Statistic.fromCounts("mini-z.burnout_rate_ci_low", null, 0.3, 191, 568),
                Statistic.count("mini-z.answered", null, 568)));
    Report then =
        report(
            section(
                "mini-z",
                rate(128, 412),
                Statistic.proportion("mini-z.dropped_after_2018", null, 50, 412),
                Statistic.fromCounts("mini-z.burnout_rate_ci_low", null, 0.27, 128, 412),
                Statistic.count("mini-z.answered", null, 412)));
    Map<String, Comparison> comparisons =
        Comparisons.build(now, 2020, K5, Map.of("mini-z", edition2018(then)), List.of());
    assertEquals(List.of("mini-z.burnout_rate"), List.copyOf(comparisons.keySet()));
  }

  @Test
  void theEarlierFigureIsSuppressedUnderTheStricterOfTheTwoThresholds() {
    Report now =
        report(
            section(
                "mini-z",
                rate(191, 568),
                Statistic.proportion("mini-z.level_share.5", null, 20, 568)));
    Report then =
        report(
            section(
                "mini-z",
                rate(7, 412),
                Statistic.proportion("mini-z.level_share.5", null, 3, 412)));
    Map<String, Comparison> k5 =
        Comparisons.build(now, 2020, K5, Map.of("mini-z", edition2018(then)), List.of());
    assertNull(k5.get("mini-z.burnout_rate").suppressed(), "7 respondents are enough under k = 5");
    Suppression five = k5.get("mini-z.level_share.5").suppressed();
    assertNotNull(five);
    assertEquals("mini-z.level_share.5", five.key());
    assertTrue(five.reason().contains("counts fewer than 5 respondents"), five.reason());
    // the exact figures stay in the comparison, as in the analyst's report
    assertEquals(3L, k5.get("mini-z.level_share.5").numerator());

    // the 2018 edition published under k = 10: what it withheld stays withheld now
    Comparisons.PreviousEdition strict = new Comparisons.PreviousEdition(7, 2018, 10, then);
    Map<String, Comparison> k10 =
        Comparisons.build(now, 2020, K5, Map.of("mini-z", strict), List.of());
    assertTrue(k10.get("mini-z.burnout_rate").suppressed().reason().contains("fewer than 10"));
  }

  @Test
  void aBenchmarkIsUsedWhenThereIsNoRawEditionAndTestedWhenItsNIsKnown() {
    Report now = report(section("mini-z", rate(191, 568)));
    // 2016 report: 31% of 400 -> 124 burned out
    Benchmark published =
        Benchmark.of(2016, "mini-z.burnout_rate", 0.31, 400L, "2016 society report");
    Comparison c =
        Comparisons.build(now, 2020, K5, Map.of(), List.of(published)).get("mini-z.burnout_rate");
    assertEquals(2016, c.year());
    assertEquals("2016 society report", c.source());
    assertEquals(0.31, c.previous(), 0);
    assertEquals(124L, c.numerator());
    assertEquals(400L, c.denominator());
    assertEquals((191.0 / 568 - 0.31) * 100, c.differencePoints(), 1e-12);
    double pooled = (191.0 + 124) / (568 + 400);
    double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / 568 + 1.0 / 400));
    assertEquals((191.0 / 568 - 124.0 / 400) / se, c.z(), 1e-12);
    assertNull(c.suppressed());

    // without n: the difference, no test, nothing to suppress by
    Benchmark national = Benchmark.of(2016, "mini-z.burnout_rate", 0.42, null, "national rate");
    Comparison untested =
        Comparisons.build(now, 2020, K5, Map.of(), List.of(national)).get("mini-z.burnout_rate");
    assertEquals((191.0 / 568 - 0.42) * 100, untested.differencePoints(), 1e-12);
    assertNull(untested.numerator());
    assertNull(untested.denominator());
    assertFalse(untested.isTested());
    assertTrue(Double.isNaN(untested.pValue()));
    assertNull(untested.suppressed());

    // a benchmark resting on few respondents is suppressed like any figure
    Benchmark tiny = Benchmark.of(2016, "mini-z.burnout_rate", 0.5, 6L, "pilot");
    assertNotNull(
        Comparisons.build(now, 2020, K5, Map.of(), List.of(tiny))
            .get("mini-z.burnout_rate")
            .suppressed());
  }

  @Test
  void theMostRecentEarlierSourceWinsAndTheRawEditionWinsATie() {
    Report now = report(section("mini-z", rate(191, 568)));
    Map<String, Comparisons.PreviousEdition> raw2018 =
        Map.of("mini-z", edition2018(report(section("mini-z", rate(128, 412)))));
    Benchmark b2016 = Benchmark.of(2016, "mini-z.burnout_rate", 0.25, 300L, "2016 report");
    Benchmark b2018 = Benchmark.of(2018, "mini-z.burnout_rate", 0.30, 400L, "2018 report");
    Benchmark b2019 = Benchmark.of(2019, "mini-z.burnout_rate", 0.35, 500L, "2019 report");
    Benchmark b2020 = Benchmark.of(2020, "mini-z.burnout_rate", 0.40, 600L, "same year");
    Benchmark b2021 = Benchmark.of(2021, "mini-z.burnout_rate", 0.45, 700L, "later year");

    assertEquals(
        "edition 7",
        Comparisons.build(now, 2020, K5, raw2018, List.of(b2016))
            .get("mini-z.burnout_rate")
            .source());
    assertEquals(
        "edition 7",
        Comparisons.build(now, 2020, K5, raw2018, List.of(b2018))
            .get("mini-z.burnout_rate")
            .source(),
        "a tie goes to the raw data");
    Comparison newer =
        Comparisons.build(now, 2020, K5, raw2018, List.of(b2016, b2019)).get("mini-z.burnout_rate");
    assertEquals("2019 report", newer.source());
    assertEquals(2019, newer.year());
    assertEquals(0.35, newer.previous(), 0);
    assertEquals(
        "edition 7",
        Comparisons.build(now, 2020, K5, raw2018, List.of(b2020, b2021))
            .get("mini-z.burnout_rate")
            .source(),
        "only earlier years count");
    assertTrue(Comparisons.build(now, 2020, K5, Map.of(), List.of(b2020, b2021)).isEmpty());
    assertEquals(
        "2019 report",
        Comparisons.build(now, 2020, K5, Map.of(), List.of(b2019, b2016, b2018))
            .get("mini-z.burnout_rate")
            .source());
  }

  @Test
  void eachInstrumentIsComparedWithItsOwnPreviousEditionOnly() {
    Statistic mbi = Statistic.proportion("mbi-2.burnout_rate", null, 150, 560);
    Report now = report(section("mini-z", rate(191, 568)), section("mbi-2", mbi));
    Report then2018 = report(section("mini-z", rate(128, 412))); // 2018 had no MBI
    Report then2016 =
        report(section("mbi-2", Statistic.proportion("mbi-2.burnout_rate", null, 100, 400)));
    Map<String, Comparison> comparisons =
        Comparisons.build(
            now,
            2020,
            K5,
            Map.of(
                "mini-z",
                edition2018(then2018),
                "mbi-2",
                new Comparisons.PreviousEdition(3, 2016, 5, then2016)),
            List.of());
    assertEquals(2018, comparisons.get("mini-z.burnout_rate").year());
    assertEquals(2016, comparisons.get("mbi-2.burnout_rate").year());
    assertEquals("edition 3", comparisons.get("mbi-2.burnout_rate").source());
  }

  @Test
  void aFailedSectionComparesNothingButABenchmarkStillCan() {
    Report now = report(section("mini-z", rate(191, 568)));
    Report failed = report(SectionReport.failed("mini-z", "1.0", "boom"));
    assertTrue(
        Comparisons.build(now, 2020, K5, Map.of("mini-z", edition2018(failed)), List.of())
            .isEmpty());
    Benchmark b2016 = Benchmark.of(2016, "mini-z.burnout_rate", 0.25, 300L, "2016 report");
    assertEquals(
        2016,
        Comparisons.build(now, 2020, K5, Map.of("mini-z", edition2018(failed)), List.of(b2016))
            .get("mini-z.burnout_rate")
            .year());
    Report nowFailed = report(SectionReport.failed("mini-z", "1.0", "boom"));
    assertTrue(
        Comparisons.build(
                nowFailed,
                2020,
                K5,
                Map.of("mini-z", edition2018(report(section("mini-z", rate(1, 2))))),
                List.of(b2016))
            .isEmpty());
  }

  @Test
  void anEarlierProportionWithoutCountsIsShownButNotTested() {
    Report now = report(section("mini-z", rate(191, 568)));
    // a plugin may build a proportion with the record's constructor and no numerator
    Statistic noNumerator =
        new Statistic("mini-z.burnout_rate", null, Statistic.Kind.PROPORTION, Double.NaN, null, 0);
    Comparison c =
        Comparisons.build(
                now,
                2020,
                K5,
                Map.of("mini-z", edition2018(report(section("mini-z", noNumerator)))),
                List.of())
            .get("mini-z.burnout_rate");
    assertNull(c.numerator());
    assertNull(c.denominator());
    assertFalse(c.isTested());
    assertNotNull(c.suppressed(), "it rests on 0 respondents");
    // with a value but no numerator, the count is the value times the denominator
    Statistic valueOnly =
        new Statistic("mini-z.burnout_rate", null, Statistic.Kind.PROPORTION, 0.25, null, 400);
    Comparison counted =
        Comparisons.build(
                now,
                2020,
                K5,
                Map.of("mini-z", edition2018(report(section("mini-z", valueOnly)))),
                List.of())
            .get("mini-z.burnout_rate");
    assertEquals(100L, counted.numerator());
    assertTrue(counted.isTested());
  }

  @Test
  void anUndefinedShareHasAComparisonWithoutDifferenceOrTest() {
    Report now = report(section("mini-z", rate(0, 0)));
    Report then = report(section("mini-z", rate(128, 412)));
    Comparison c =
        Comparisons.build(now, 2020, K5, Map.of("mini-z", edition2018(then)), List.of())
            .get("mini-z.burnout_rate");
    assertTrue(Double.isNaN(c.differencePoints()));
    assertFalse(c.isTested());
    assertEquals(128.0 / 412, c.previous(), 1e-15);
  }

  private static SectionReport withheld(Statistic statistic, Suppression why) {
    ReportSection built = ReportSection.builder("mini-z").statistic(statistic).build();
    return new SectionReport("mini-z", "1.0", built, List.of(why), null);
  }

  @Test
  void aComparisonIsWithheldWhenThisYearsFigureIsWithheldToProtectAnother() {
    Report now =
        report(withheld(rate(191, 568), Suppression.protectingAnother("mini-z.burnout_rate")));
    Report then = report(section("mini-z", rate(128, 412)));

    Comparison c =
        Comparisons.build(now, 2020, K5, Map.of("mini-z", edition2018(then)), List.of())
            .get("mini-z.burnout_rate");

    assertNotNull(c.suppressed());
    assertTrue(c.suppressed().reason().startsWith("this year's figure is withheld"));
  }

  @Test
  void aComparisonIsWithheldWhenTheEarlierFigureWasWithheldToProtectAnother() {
    Report now = report(section("mini-z", rate(191, 568)));
    Report then =
        report(withheld(rate(128, 412), Suppression.protectingAnother("mini-z.burnout_rate")));

    Comparison c =
        Comparisons.build(now, 2020, K5, Map.of("mini-z", edition2018(then)), List.of())
            .get("mini-z.burnout_rate");

    assertNotNull(c.suppressed());
    assertEquals(
        "the 2018 figure is withheld: " + Suppression.PROTECTS_ANOTHER, c.suppressed().reason());
  }
}
