package org.joysurvey.instruments.miniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.ReportContext;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.ScoredResponse;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.Settings;
import org.joysurvey.spi.Statistic;
import org.junit.jupiter.api.Test;

/** The burnout rate against an external benchmark the designer enters (e.g. a national rate). */
class MiniZBenchmarkTest {

  private static ReportSection section(
      Map<String, String> settings, int burnedOut, int notBurnedOut) {
    MiniZ miniZ = new MiniZ();
    SectionBuilder builder =
        miniZ.newReport(new ReportContext(new Settings(settings), java.util.Set.of("mini-z")));
    for (int i = 0; i < burnedOut + notBurnedOut; i++) {
      Answers answers =
          new Answers(Map.of("mini-z.burnout", new AnswerValue.Scale(i < burnedOut ? 3 : 1)));
      builder.accept(new ScoredResponse(answers, miniZ.score(answers, Settings.NONE)));
    }
    return builder.build();
  }

  private static Statistic statistic(ReportSection section, String key) {
    return section.statistics().stream()
        .filter(s -> s.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + key));
  }

  @Test
  void burnoutRateIsTestedAgainstTheEnteredRate() {
    // 40 of 100 burned out against 30%: se = sqrt(0.3 * 0.7 / 100) = 0.0458258; z = 0.1 / se =
    // 2.18218;
    // two-sided p = 2 (1 - Phi(2.18218)) = 2 * 0.014545 = 0.02909
    ReportSection section =
        section(Map.of("benchmark_rate", "30%", "benchmark_source", "National survey"), 40, 60);
    assertEquals(0.30, statistic(section, "mini-z.benchmark.rate").value(), 1e-12);
    assertEquals(10.0, statistic(section, "mini-z.benchmark.difference_points").value(), 1e-9);
    assertEquals(2.18218, statistic(section, "mini-z.benchmark.z").value(), 1e-5);
    assertEquals(0.02909, statistic(section, "mini-z.benchmark.p_value").value(), 1e-4);
    assertEquals(
        40L,
        statistic(section, "mini-z.benchmark.p_value").numerator(),
        "suppressed with the rate itself");
    assertTrue(section.notes().stream().anyMatch(n -> n.contains("National survey")));
  }

  @Test
  void aShareIsReadAsWellAsAPercentage() {
    ReportSection section = section(Map.of("benchmark_rate", "0.42"), 5, 5);
    assertEquals(0.42, statistic(section, "mini-z.benchmark.rate").value(), 1e-12);
    assertEquals(8.0, statistic(section, "mini-z.benchmark.difference_points").value(), 1e-9);
  }

  @Test
  void noBenchmarkMeansNoBenchmarkFigures() {
    ReportSection section = section(Map.of("benchmark_rate", ""), 5, 5);
    assertFalse(
        section.statistics().stream().anyMatch(s -> s.key().startsWith("mini-z.benchmark.")));
  }

  @Test
  void anUnreadableBenchmarkIsANoteNotAFailure() {
    for (String bad : new String[] {"forty", "1.5", "0", "100%"}) {
      ReportSection section = section(Map.of("benchmark_rate", bad), 5, 5);
      assertFalse(
          section.statistics().stream().anyMatch(s -> s.key().startsWith("mini-z.benchmark.")),
          bad);
      assertTrue(section.notes().stream().anyMatch(n -> n.contains("could not be read")), bad);
    }
  }
}
