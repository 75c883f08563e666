package org.joysurvey.testkit;

import static org.joysurvey.testkit.InstrumentTestKit.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.InstrumentMetadata;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.ReportContext;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.ReportTextList;
import org.joysurvey.spi.ScoredResponse;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.SettingDefinition;
import org.joysurvey.spi.Settings;
import org.joysurvey.spi.Statistic;
import org.joysurvey.spi.Subgroups;
import org.junit.jupiter.api.Test;

class InstrumentTestKitTest {

  /**
   * {@code rest.rested} (yes-no) and {@code rest.why} (text, shown if rested is yes); the setting
   * {@code label}; statistics {@code rest.rested_rate} and {@code rest.burnout_rate} (Mini-Z
   * burnout among all who answered Mini-Z), and the free-text list of {@code why}.
   */
  private static final class Rest implements Instrument {

    @Override
    public InstrumentMetadata metadata() {
      return new InstrumentMetadata("rest", "1", "Rest", null, null);
    }

    @Override
    public List<Item> items() {
      return List.of(
          Item.yesNo("rested", "Rested?"), Item.text("why", "Why?").shownIf("rested", "yes"));
    }

    @Override
    public List<SettingDefinition> settings() {
      return List.of(SettingDefinition.text("label", "Label", "The rate's label", "Rested"));
    }

    @Override
    public DerivedVariables score(Answers answers, Settings settings) {
      return DerivedVariables.builder()
          .put("rest.rested", answers.choice("rest.rested").map("yes"::equals).orElse(null))
          .build();
    }

    @Override
    public SectionBuilder newReport(ReportContext context) {
      String label = context.settings().text("label").orElseThrow();
      return new SectionBuilder() {
        long answered;
        long rested;
        long miniZ;
        long burnedOut;
        final ReportTextList.Collector why = new ReportTextList.Collector("Why", "rest.why");

        @Override
        public void accept(ScoredResponse response) {
          response
              .derived()
              .flag("rest.rested")
              .ifPresent(
                  r -> {
                    answered++;
                    rested += r ? 1 : 0;
                  });
          response
              .derived()
              .flag("mini-z.burnout")
              .ifPresent(
                  b -> {
                    miniZ++;
                    burnedOut += b ? 1 : 0;
                  });
          why.accept(response.answers());
        }

        @Override
        public ReportSection build() {
          return ReportSection.builder("Rest")
              .statistic(Statistic.proportion("rest.rested_rate", label, rested, answered))
              .statistic(Statistic.proportion("rest.burnout_rate", "Burnout", burnedOut, miniZ))
              .texts(why.build())
              .build();
        }
      };
    }
  }

  private static List<Map<String, String>> times(int n, Map<String, String> row) {
    return Collections.nCopies(n, row);
  }

  @Test
  void aSectionHasTheExactFiguresAndWhatTheSmallCellRuleWithholds() {
    // 6 rested of 8 answered: published at k = 5; 2 not rested, 0 texts of 10 needed: withheld
    List<Map<String, String>> rows = new java.util.ArrayList<>(times(6, row("rest.rested", "yes")));
    rows.addAll(times(2, row("rest.rested", "no")));
    rows.add(row());
    SectionResult section = InstrumentTestKit.of(new Rest()).section("rest", rows);
    assertEquals(9, section.responses());
    assertEquals(5, section.threshold());
    assertEquals(6.0 / 8, section.value("rest.rested_rate"), 1e-15);
    assertEquals("Rested", section.statistic("rest.rested_rate").label(), "the setting's default");
    assertFalse(section.isWithheld("rest.rested_rate"));
    assertEquals(
        Optional.of("fewer than 10 respondents wrote a text"), section.withheld("rest.why"));
    assertTrue(section.isWithheld("rest.burnout_rate"), "no Mini-Z: rests on 0 respondents");
    assertThrows(AssertionError.class, () -> section.statistic("rest.unknown"));
  }

  @Test
  void aHigherThresholdWithholdsMore() {
    SectionResult section =
        InstrumentTestKit.of(new Rest())
            .withThreshold(7)
            .section("rest", times(6, row("rest.rested", "yes")));
    assertEquals(7, section.threshold());
    assertEquals(
        Optional.of("rests on fewer than 7 respondents"), section.withheld("rest.rested_rate"));
  }

  @Test
  void settingsAreKeyedAsAnEditionKeysThemAndCheckedAsTheEditionsAre() {
    InstrumentTestKit kit =
        InstrumentTestKit.of(new Mbi2StandIn(), new Rest()).withSetting("rest.label", "Slept well");
    assertEquals(
        "Slept well",
        kit.section("rest", List.of(row("rest.rested", "yes")))
            .statistic("rest.rested_rate")
            .label());
    assertEquals(
        new Settings(Map.of("threshold", "4")),
        kit.settings("mbi-2"),
        "the default, as the platform resolves it");
    assertThrows(IllegalArgumentException.class, () -> kit.withSetting("rest.unknown", "x"));
    assertThrows(IllegalArgumentException.class, () -> kit.withSetting("mbi-2.threshold", "9"));
  }

  @Test
  void rowsAreReadAsAnImportReadsThem() {
    InstrumentTestKit kit = InstrumentTestKit.of(new Rest());
    assertEquals(
        new AnswerValue.Text(" because "),
        kit.read(row("rest.rested", "yes", "rest.why", " because ")).get("rest.why").orElseThrow());
    assertThrows(IllegalArgumentException.class, () -> kit.read(row("rest.rested", "maybe")));
    assertThrows(
        IllegalArgumentException.class,
        () -> kit.read(row("rest.rested", "no", "rest.why", "hidden")));
    assertThrows(IllegalArgumentException.class, () -> kit.read(row("other.item", "1")));
    assertThrows(
        IllegalArgumentException.class,
        () -> kit.section("rest", List.of(row("rest.rested", "maybe"))));
    assertTrue(kit.isShown("rest.why", Map.of("rest.rested", new AnswerValue.Choice("yes"))));
    assertFalse(kit.isShown("rest.why", Map.of()));
  }

  @Test
  void answersReachTheEngineUnvalidated() {
    SectionResult section =
        InstrumentTestKit.of(new Rest())
            .sectionOfAnswers(
                "rest",
                List.of(
                    new Answers(Map.of("rest.rested", new AnswerValue.Choice("yes"))),
                    Answers.NONE));
    assertEquals(2, section.responses());
    assertEquals(1L, section.statistic("rest.rested_rate").basis());
  }

  @Test
  void scoringGivesTheVariablesOfEveryInstrumentWithTheEditionsSettings() {
    InstrumentTestKit kit = InstrumentTestKit.of(new MiniZStandIn(), new Mbi2StandIn(), new Rest());
    assertEquals(
        Map.of(
            "mini-z.level",
            3,
            "mini-z.burnout",
            true,
            "mbi-2.ee_high",
            true,
            "mbi-2.burnout",
            true,
            "rest.rested",
            false),
        kit.score(row("mini-z.burnout", "3", "mbi-2.ee", "4", "rest.rested", "no")).values());
    assertEquals(
        Map.of("mbi-2.ee_high", false, "mbi-2.burnout", false, "mbi-2.dp_high", false),
        kit.withSetting("mbi-2.threshold", "5")
            .score(row("mbi-2.ee", "4", "mbi-2.dp", "0"))
            .values());
  }

  @Test
  void otherInstrumentsVariablesReachTheSection() {
    SectionResult section =
        InstrumentTestKit.of(new MiniZStandIn(), new Rest())
            .section(
                "rest", List.of(row("mini-z.burnout", "2"), row("mini-z.burnout", "4"), row()));
    assertEquals(0.5, section.value("rest.burnout_rate"), 0.0);
  }

  @Test
  void theContextHasTheDemographicsStandInsSubgroups() {
    Subgroups subgroups =
        InstrumentTestKit.of(new DemographicsStandIn(), new Rest()).context("rest").subgroups();
    assertEquals(
        List.of("age_band", "gender", "practice_mode"),
        subgroups.dimensions().stream().map(Subgroups.Dimension::name).toList());
    Subgroups.Dimension age = subgroups.dimension("age_band").orElseThrow();
    assertEquals("demographics.age_band", age.variable());
    assertEquals(
        List.of("Under 25", "25-35", "36-45", "46-55", "56-65", "Over 65"),
        age.groups().stream().map(Subgroups.Group::label).toList());
    assertTrue(InstrumentTestKit.of(new Rest()).context("rest").subgroups().isEmpty());
  }

  @Test
  void theDemographicsStandInPublishesOnlyItsOptionsUnlessToldOtherwise() {
    Answers answers =
        new Answers(
            Map.of(
                "demographics.age_band",
                new AnswerValue.Choice("not-a-band"),
                "demographics.gender",
                new AnswerValue.Choice("female")));
    assertEquals(
        Map.of("demographics.gender", "female"),
        new DemographicsStandIn().score(answers, Settings.NONE).values());
    assertEquals(
        Map.of("demographics.gender", "female", "demographics.age_band", "not-a-band"),
        DemographicsStandIn.publishingAnyCode().score(answers, Settings.NONE).values());
  }
}
