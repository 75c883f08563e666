package org.joysurvey.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.InstrumentMetadata;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.KeyFinding;
import org.joysurvey.spi.ReportContext;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.Settings;
import org.joysurvey.spi.Statistic;
import org.junit.jupiter.api.Test;

class KeyFindingsTest {

  /** An instrument whose key findings are the test's; its section is built by hand below. */
  private record Findings(List<KeyFinding> keyFindings) implements Instrument {

    @Override
    public InstrumentMetadata metadata() {
      return new InstrumentMetadata("rest", "1.0.0", "Rest", null, null);
    }

    @Override
    public List<Item> items() {
      return List.of(Item.yesNo("rested", "Do you feel rested?"));
    }

    @Override
    public DerivedVariables score(Answers answers, Settings settings) {
      return DerivedVariables.NONE;
    }

    @Override
    public SectionBuilder newReport(ReportContext context) {
      throw new UnsupportedOperationException("not needed here");
    }
  }

  private static final SectionResult SECTION =
      new SectionResult(
          "rest",
          ReportSection.builder("Rest")
              .statistic(Statistic.proportion("rest.rested_rate", "Rested", 30, 120))
              .statistic(Statistic.count("rest.answered", "Answered", 120))
              .statistic(Statistic.fromCounts("rest.rested_ci_low", "Lower bound", 0.18, 30, 120))
              .statistic(Statistic.value("rest.mean_hours", "Mean hours", 6.4, 120))
              .build(),
          Map.of("rest.answered", "fewer than k"),
          120,
          5);

  private static KeyFinding finding(String key) {
    return new KeyFinding(key, "{value} felt rested{change}.");
  }

  private static String failure(KeyFinding... findings) {
    return assertThrows(
            AssertionError.class,
            () ->
                KeyFindings.assertEveryKeyFindingNamesAStatistic(
                    new Findings(List.of(findings)), SECTION))
        .getMessage();
  }

  @Test
  void findingsOfProportionsAndCountsPassAndGiveTheirStatistics() {
    // a withheld statistic is fine: the platform leaves its finding out
    List<Statistic> named =
        KeyFindings.assertEveryKeyFindingNamesAStatistic(
            new Findings(List.of(finding("rest.rested_rate"), finding("rest.answered"))), SECTION);
    assertEquals(
        List.of("rest.rested_rate", "rest.answered"), named.stream().map(Statistic::key).toList());
  }

  @Test
  void noFindingsPass() {
    assertEquals(
        List.of(),
        KeyFindings.assertEveryKeyFindingNamesAStatistic(new Findings(List.of()), SECTION));
  }

  @Test
  void aKeyThatIsNoStatisticOfTheSectionFails() {
    String message = failure(finding("rest.rested_share"));
    assertEquals(
        "rest: key findings the platform cannot state: rest.rested_share is no statistic of the"
            + " section",
        message);
  }

  @Test
  void aKeyOfAnotherInstrumentFails() {
    assertTrue(
        failure(finding("mini-z.burnout_rate")).contains("no key of rest's own section"),
        "another instrument's key");
  }

  @Test
  void valuesWithoutAShareOrCountFailEachNamed() {
    String message = failure(finding("rest.rested_ci_low"), finding("rest.mean_hours"));
    assertTrue(message.contains("rest.rested_ci_low is a VALUE"), message);
    assertTrue(message.contains("rest.mean_hours is a VALUE"), message);
  }

  @Test
  void aStatisticNamedTwiceFails() {
    assertTrue(
        failure(finding("rest.rested_rate"), finding("rest.rested_rate"))
            .contains("rest.rested_rate is named by more than one key finding"));
  }

  @Test
  void theSectionOfAnotherInstrumentFails() {
    SectionResult other =
        new SectionResult("sleep", ReportSection.builder("Sleep").build(), Map.of(), 0, 5);
    assertThrows(
        AssertionError.class,
        () -> KeyFindings.assertEveryKeyFindingNamesAStatistic(new Findings(List.of()), other));
  }
}
