package org.joysurvey.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.joysurvey.disclosure.SmallCellRule;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.InstrumentMetadata;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.ReportContext;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.ScoredResponse;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.Settings;
import org.joysurvey.spi.Statistic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportEngineTest {

  private static Level savedLevel;

  @BeforeAll
  static void quietLogs() {
    // the engine logs every plugin failure at WARNING; these tests provoke them on purpose
    Logger log = Logger.getLogger(ReportEngine.class.getName());
    savedLevel = log.getLevel();
    log.setLevel(Level.OFF);
  }

  @AfterAll
  static void restoreLogs() {
    Logger.getLogger(ReportEngine.class.getName()).setLevel(savedLevel);
  }

  enum Failure {
    NONE,
    NEW_REPORT,
    SCORE,
    ACCEPT,
    BUILD
  }

  /**
   * One yes-no item {@code <id>.q}; derived {@code <id>.yes} = q is yes; statistics {@code
   * <id>.yes_rate} and {@code <id>.responses}, and {@code <id>.seen_other} = responses in which the
   * variable named {@code other} was present. Throws "boom in ..." where told.
   */
  static final class TestInstrument implements Instrument {
    final String id;
    final Failure failure;
    final String other;
    final List<Settings> settingsSeen = new ArrayList<>();
    final List<ReportContext> contextsSeen = new ArrayList<>();

    TestInstrument(String id, Failure failure, String other) {
      this.id = id;
      this.failure = failure;
      this.other = other;
    }

    TestInstrument(String id, Failure failure) {
      this(id, failure, null);
    }

    @Override
    public InstrumentMetadata metadata() {
      return new InstrumentMetadata(id, "2.1", "Test " + id, null, null);
    }

    @Override
    public List<Item> items() {
      return List.of(Item.yesNo("q", "Q?"));
    }

    @Override
    public DerivedVariables score(Answers answers, Settings settings) {
      settingsSeen.add(settings);
      if (failure == Failure.SCORE && answers.choice(id + ".q").orElse("").equals("no")) {
        throw new IllegalStateException("boom in score");
      }
      return DerivedVariables.builder()
          .put(id + ".yes", answers.choice(id + ".q").map("yes"::equals).orElse(null))
          .build();
    }

    @Override
    public SectionBuilder newReport(ReportContext context) {
      contextsSeen.add(context);
      if (failure == Failure.NEW_REPORT) {
        throw new IllegalStateException("boom in newReport");
      }
      return new SectionBuilder() {
        long responses;
        long answered;
        long yes;
        long seenOther;

        @Override
        public void accept(ScoredResponse response) {
          if (failure == Failure.ACCEPT && responses == 2) {
            throw new IllegalArgumentException("boom in accept");
          }
          responses++;
          var flag = response.derived().flag(id + ".yes");
          if (flag.isPresent()) {
            answered++;
            if (flag.get()) {
              yes++;
            }
          }
          if (other != null && response.derived().values().containsKey(other)) {
            seenOther++;
          }
        }

        @Override
        public ReportSection build() {
          if (failure == Failure.BUILD) {
            throw new UnsupportedOperationException("boom in build");
          }
          return ReportSection.builder("Test " + id)
              .statistic(Statistic.proportion(id + ".yes_rate", null, yes, answered))
              .statistic(Statistic.count(id + ".responses", null, responses))
              .statistic(Statistic.count(id + ".seen_other", null, seenOther))
              .build();
        }
      };
    }
  }

  private static Answers answers(String... codeAndChoice) {
    java.util.Map<String, AnswerValue> values = new java.util.HashMap<>();
    for (int i = 0; i < codeAndChoice.length; i += 2) {
      values.put(codeAndChoice[i], new AnswerValue.Choice(codeAndChoice[i + 1]));
    }
    return new Answers(values);
  }

  /**
   * 8 responses: a.q yes x6, no x1, unanswered x1; every one answers b.q, c.q ... with yes, then
   * no.
   */
  private static Report run(List<Instrument> instruments) {
    ReportEngine engine = new ReportEngine(instruments, Map.of(), new SmallCellRule(5));
    String[] aAnswers = {"yes", "yes", "no", "yes", "yes", null, "yes", "yes"};
    for (String a : aAnswers) {
      List<String> cells = new ArrayList<>();
      for (Instrument instrument : instruments) {
        String id = instrument.metadata().id();
        String answer = id.equals("a") ? a : "yes";
        if (answer != null) {
          cells.add(id + ".q");
          cells.add(answer);
        }
      }
      engine.accept(answers(cells.toArray(String[]::new)));
    }
    return engine.finish();
  }

  private static SectionReport section(Report report, String id) {
    return report.sections().stream()
        .filter(s -> s.instrument().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static void assertHealthyA(SectionReport a) {
    assertFalse(a.isFailed());
    assertNull(a.error());
    // a.q: 6 yes of 7 answered (one unanswered is left out of the denominator)
    Statistic rate = a.statisticsByKey().get("a.yes_rate");
    assertEquals(6.0 / 7.0, rate.value(), 1e-12);
    assertEquals(7, rate.basis());
    assertEquals(8.0, a.statisticsByKey().get("a.responses").value(), 0.0);
  }

  @Test
  void healthyInstrumentsGetTheirSectionsInEditionOrder() {
    Report report =
        run(List.of(new TestInstrument("a", Failure.NONE), new TestInstrument("b", Failure.NONE)));
    assertEquals(8, report.responses());
    assertEquals(5, report.suppressionThreshold());
    assertEquals(
        List.of("a", "b"), report.sections().stream().map(SectionReport::instrument).toList());
    assertHealthyA(report.sections().get(0));
    assertEquals("2.1", report.sections().get(0).instrumentVersion());
    assertEquals(1.0, section(report, "b").statisticsByKey().get("b.yes_rate").value(), 0.0);
  }

  private static void assertOnlyBFailed(Report report, String stageWords, String message) {
    assertEquals(8, report.responses());
    assertEquals(3, report.sections().size());
    SectionReport b = section(report, "b");
    assertTrue(b.isFailed());
    assertNull(b.section());
    assertNotNull(b.error());
    assertTrue(b.error().contains(stageWords), b.error());
    assertTrue(b.error().contains(message), b.error());
    assertEquals(Map.of(), b.statisticsByKey());
    assertHealthyA(section(report, "a"));
    assertFalse(section(report, "c").isFailed());
    assertEquals(8.0, section(report, "c").statisticsByKey().get("c.responses").value(), 0.0);
  }

  private static List<Instrument> withB(Failure failure) {
    return List.of(
        new TestInstrument("a", Failure.NONE),
        new TestInstrument("b", failure),
        new TestInstrument("c", Failure.NONE, "a.yes"));
  }

  @Test
  void pluginThrowingInNewReportLosesOnlyItsSection() {
    assertOnlyBFailed(run(withB(Failure.NEW_REPORT)), "start", "boom in newReport");
  }

  @Test
  void pluginThrowingInScoreLosesOnlyItsSection() {
    // b fails to score the fourth response, where b.q = no
    ReportEngine engine =
        new ReportEngine(
            List.of(
                new TestInstrument("a", Failure.NONE),
                new TestInstrument("b", Failure.SCORE),
                new TestInstrument("c", Failure.NONE, "a.yes")),
            Map.of(),
            new SmallCellRule(5));
    String[] aAnswers = {"yes", "yes", "no", "yes", "yes", null, "yes", "yes"};
    for (int i = 0; i < aAnswers.length; i++) {
      List<String> cells = new ArrayList<>(List.of("b.q", i == 3 ? "no" : "yes", "c.q", "yes"));
      if (aAnswers[i] != null) {
        cells.addAll(List.of("a.q", aAnswers[i]));
      }
      engine.accept(answers(cells.toArray(String[]::new)));
    }
    Report report = engine.finish();
    assertOnlyBFailed(report, "score", "boom in score");
    // c still saw a's derived variable in every response where a.q was answered
    assertEquals(7.0, section(report, "c").statisticsByKey().get("c.seen_other").value(), 0.0);
  }

  @Test
  void pluginThrowingInAcceptLosesOnlyItsSection() {
    assertOnlyBFailed(run(withB(Failure.ACCEPT)), "reading a response", "boom in accept");
  }

  @Test
  void pluginThrowingInBuildLosesOnlyItsSection() {
    assertOnlyBFailed(run(withB(Failure.BUILD)), "build", "boom in build");
  }

  @Test
  void everyPluginFailingStillGivesAReport() {
    Report report =
        run(
            List.of(
                new TestInstrument("a", Failure.BUILD),
                new TestInstrument("b", Failure.NEW_REPORT)));
    assertEquals(8, report.responses());
    assertTrue(report.sections().stream().allMatch(SectionReport::isFailed));
  }

  @Test
  void derivedVariablesOfEveryInstrumentReachEverySection() {
    // c counts the responses in which a's derived variable a.yes is known: 7 of 8 (one left a.q
    // unanswered)
    Report report = run(withB(Failure.NONE));
    assertEquals(7.0, section(report, "c").statisticsByKey().get("c.seen_other").value(), 0.0);
  }

  @Test
  void scoreCombinesTheDerivedVariablesOfEveryInstrument() {
    ReportEngine engine =
        new ReportEngine(
            List.of(new TestInstrument("a", Failure.NONE), new TestInstrument("b", Failure.NONE)),
            Map.of(),
            new SmallCellRule(5));
    DerivedVariables derived = engine.score(answers("a.q", "yes", "b.q", "no"));
    assertEquals(Map.of("a.yes", true, "b.yes", false), derived.values());
  }

  @Test
  void eachInstrumentGetsItsOwnSettingsAndTheEditionsInstrumentIds() {
    TestInstrument a = new TestInstrument("a", Failure.NONE);
    TestInstrument b = new TestInstrument("b", Failure.NONE);
    ReportEngine engine =
        new ReportEngine(
            List.of(a, b),
            Map.of("a", new Settings(Map.of("threshold", "5"))),
            new SmallCellRule(5));
    engine.accept(answers("a.q", "yes"));
    engine.finish();
    assertEquals(new Settings(Map.of("threshold", "5")), a.contextsSeen.get(0).settings());
    assertEquals(Set.of("a", "b"), a.contextsSeen.get(0).instrumentsInEdition());
    assertEquals(Settings.NONE, b.contextsSeen.get(0).settings());
    assertEquals(List.of(new Settings(Map.of("threshold", "5"))), a.settingsSeen);
    assertEquals(List.of(Settings.NONE), b.settingsSeen);
  }

  @Test
  void smallCellsAreListedAsSuppressedWithReasonAndKeptInStatistics() {
    // a: yes_rate = 6/7 (both >= 5, published); responses = 8 (published)
    // b: yes_rate = 8/8; seen_other = 0 -> suppressed (0 < 5)
    Report report =
        run(List.of(new TestInstrument("a", Failure.NONE), new TestInstrument("b", Failure.NONE)));
    SectionReport a = section(report, "a");
    assertTrue(a.suppression("a.yes_rate").isEmpty());
    assertTrue(a.suppression("a.responses").isEmpty());
    SectionReport b = section(report, "b");
    assertTrue(b.suppression("b.seen_other").isPresent());
    assertFalse(b.suppression("b.seen_other").get().reason().isBlank());
    assertEquals(
        0.0, b.statisticsByKey().get("b.seen_other").value(), 0.0, "the exact value is kept");
  }

  @Test
  void higherThresholdSuppressesMore() {
    ReportEngine engine =
        new ReportEngine(
            List.of(new TestInstrument("a", Failure.NONE)), Map.of(), new SmallCellRule(8));
    for (int i = 0; i < 7; i++) {
      engine.accept(answers("a.q", "yes"));
    }
    Report report = engine.finish();
    assertEquals(8, report.suppressionThreshold());
    SectionReport a = report.sections().get(0);
    assertTrue(a.suppression("a.yes_rate").isPresent(), "7 of 7 < 8");
    assertTrue(a.suppression("a.responses").isPresent());
  }

  @Test
  void noResponsesGiveUndefinedRatesNotFailures() {
    ReportEngine engine =
        new ReportEngine(
            List.of(new TestInstrument("a", Failure.NONE)), Map.of(), new SmallCellRule(5));
    Report report = engine.finish();
    assertEquals(0, report.responses());
    SectionReport a = report.sections().get(0);
    assertFalse(a.isFailed());
    assertTrue(Double.isNaN(a.statisticsByKey().get("a.yes_rate").value()));
    assertTrue(a.suppression("a.yes_rate").isPresent());
  }
}
