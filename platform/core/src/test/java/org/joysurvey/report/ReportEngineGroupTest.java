package org.joysurvey.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.joysurvey.disclosure.SmallCellRule;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.InstrumentMetadata;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.Option;
import org.joysurvey.spi.ReportContext;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.ScoredResponse;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.Settings;
import org.joysurvey.spi.Statistic;
import org.joysurvey.spi.SubgroupDimension;
import org.junit.jupiter.api.Test;

/** A report restricted to one group reads only that group's respondents. */
class ReportEngineGroupTest {

  /** Declares {@code people.band} (young, old); its section counts the responses it read. */
  private static final class People implements Instrument {

    @Override
    public InstrumentMetadata metadata() {
      return new InstrumentMetadata("people", "1", "People", null, null);
    }

    @Override
    public List<Item> items() {
      return List.of(
          Item.single(
              "band", "Age?", Option.of("young", "Under 40"), Option.of("old", "40 or over")));
    }

    @Override
    public List<SubgroupDimension> subgroups() {
      return List.of(new SubgroupDimension("band", "Age band", Map.of()));
    }

    @Override
    public DerivedVariables score(Answers answers, Settings settings) {
      return DerivedVariables.builder()
          .put("people.band", answers.choice("people.band").orElse(null))
          .build();
    }

    @Override
    public SectionBuilder newReport(ReportContext context) {
      return new SectionBuilder() {
        private long read;

        @Override
        public void accept(ScoredResponse response) {
          read++;
        }

        @Override
        public ReportSection build() {
          return ReportSection.builder("People")
              .statistic(Statistic.count("people.read", null, read))
              .build();
        }
      };
    }
  }

  private static Answers band(String code) {
    Map<String, AnswerValue> values =
        code == null ? Map.of() : Map.of("people.band", new AnswerValue.Choice(code));
    return new Answers(values);
  }

  private static ReportEngine engine() {
    return new ReportEngine(List.of(new People()), Map.of(), new SmallCellRule(5));
  }

  @Test
  void onlyTheGroupsRespondentsAreReadAndEveryoneElseIsCounted() {
    ReportEngine engine = engine().restrictTo(ReportGroup.parse("people.band:old"));
    for (String code : new String[] {"old", "young", "old", null, "old"}) {
      engine.accept(band(code));
    }

    Report report = engine.finish();

    assertEquals(3, report.responses());
    assertEquals(2, engine.others());
    assertEquals(3.0, report.sections().get(0).statisticsByKey().get("people.read").value(), 0.0);
  }

  @Test
  void aGroupNoInstrumentDeclaresIsRefusedWithTheOnesOnOffer() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> engine().restrictTo(ReportGroup.parse("demographics.practice_mode:solo")));

    assertTrue(e.getMessage().contains("people.band"), e.getMessage());
  }

  @Test
  void anUnknownGroupOfAKnownDimensionIsRefusedWithItsGroups() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> engine().restrictTo(ReportGroup.parse("people.band:middle")));

    assertTrue(e.getMessage().contains("young, old"), e.getMessage());
  }

  @Test
  void aGroupWithoutAColonIsRefused() {
    InputRejectedException e =
        assertThrows(InputRejectedException.class, () -> ReportGroup.parse("people.band"));

    assertEquals("group", e.problems().get(0).column());
  }
}
