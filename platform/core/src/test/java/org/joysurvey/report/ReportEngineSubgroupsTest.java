package org.joysurvey.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.joysurvey.disclosure.SmallCellRule;
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
import org.joysurvey.spi.SubgroupDimension;
import org.joysurvey.spi.Subgroups;
import org.junit.jupiter.api.Test;

/** The subgroup dimensions instruments declare, as the engine hands them to every section. */
class ReportEngineSubgroupsTest {

  /** One single item {@code band} (young, old); declares the given dimensions; an empty section. */
  private record Declaring(String id, List<SubgroupDimension> subgroups) implements Instrument {

    @Override
    public InstrumentMetadata metadata() {
      return new InstrumentMetadata(id, "1", "Test " + id, null, null);
    }

    @Override
    public List<Item> items() {
      return List.of(
          Item.single(
              "band", "Age?", Option.of("young", "Under 40"), Option.of("old", "40 or over")));
    }

    @Override
    public DerivedVariables score(Answers answers, Settings settings) {
      return DerivedVariables.builder()
          .put(id + ".band", answers.choice(id + ".band").orElse(null))
          .build();
    }

    @Override
    public SectionBuilder newReport(ReportContext context) {
      return new SectionBuilder() {
        @Override
        public void accept(ScoredResponse response) {}

        @Override
        public ReportSection build() {
          return ReportSection.builder("Test " + id).build();
        }
      };
    }
  }

  private static ReportEngine engine(Instrument... instruments) {
    return new ReportEngine(List.of(instruments), Map.of(), new SmallCellRule(5));
  }

  private static Subgroups subgroupsOf(ReportEngine engine, String id) {
    return engine.context(id).orElseThrow().subgroups();
  }

  @Test
  void everySectionGetsTheDimensionsResolvedAgainstTheDeclaringItems() {
    ReportEngine engine =
        engine(
            new Declaring(
                "people", List.of(new SubgroupDimension("band", "Age band", Map.of("old", "40+")))),
            new Declaring("survey", List.of()));
    Subgroups.Dimension band =
        new Subgroups.Dimension(
            "band",
            "people.band",
            "Age band",
            List.of(new Subgroups.Group("young", "Under 40"), new Subgroups.Group("old", "40+")));
    assertEquals(List.of(band), subgroupsOf(engine, "survey").dimensions());
    assertEquals(List.of(band), subgroupsOf(engine, "people").dimensions());
  }

  @Test
  void withoutADeclaringInstrumentThereAreNoSubgroups() {
    assertSame(Subgroups.NONE, subgroupsOf(engine(new Declaring("survey", List.of())), "survey"));
  }

  @Test
  void aDimensionDeclaredTwiceKeepsTheFirstInstruments() {
    ReportEngine engine =
        engine(
            new Declaring("people", List.of(SubgroupDimension.of("band", "Age band"))),
            new Declaring("staff", List.of(SubgroupDimension.of("band", "Staff band"))));
    assertEquals(
        List.of("people.band"),
        subgroupsOf(engine, "people").dimensions().stream()
            .map(Subgroups.Dimension::variable)
            .toList());
  }

  @Test
  void aDeclarationOfNoItemLosesOnlyTheDeclaringSection() {
    Logger log = Logger.getLogger(ReportEngine.class.getName());
    Level saved = log.getLevel();
    log.setLevel(Level.OFF);
    try {
      ReportEngine engine =
          engine(
              new Declaring("broken", List.of(SubgroupDimension.of("specialty", "Specialty"))),
              new Declaring("people", List.of(SubgroupDimension.of("band", "Age band"))));
      assertEquals(
          List.of("band"),
          subgroupsOf(engine, "people").dimensions().stream()
              .map(Subgroups.Dimension::name)
              .toList());
      Report report = engine.finish();
      assertTrue(report.sections().get(0).isFailed());
      assertTrue(
          report.sections().get(0).error().contains("subgroup"), report.sections().get(0).error());
      assertFalse(report.sections().get(1).isFailed());
    } finally {
      log.setLevel(saved);
    }
  }
}
