package org.joysurvey.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariable;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.InstrumentMetadata;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.Option;
import org.joysurvey.spi.ReportContext;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.Settings;
import org.junit.jupiter.api.Test;

class DerivedVariableDeclarationsTest {

  private static final DerivedVariable BURNOUT =
      DerivedVariable.binary("mini-z.burnout", "Burnout", "No", "Yes", "level 3 or more");

  private static final DerivedVariable LEVEL =
      DerivedVariable.categorical(
          "mini-z.level",
          "Level",
          List.of(
              Option.of("1", "1"),
              Option.of("2", "2"),
              Option.of("3", "3"),
              Option.of("4", "4"),
              Option.of("5", "5")),
          "the level answered");

  /** The Mini-Z stand-in's scoring with the declarations given. */
  private static Instrument declaring(DerivedVariable... declared) {
    Instrument standIn = new MiniZStandIn();
    return new Instrument() {
      @Override
      public InstrumentMetadata metadata() {
        return standIn.metadata();
      }

      @Override
      public List<Item> items() {
        return standIn.items();
      }

      @Override
      public List<DerivedVariable> derivedVariables() {
        return List.of(declared);
      }

      @Override
      public DerivedVariables score(Answers answers, Settings settings) {
        return standIn.score(answers, settings);
      }

      @Override
      public SectionBuilder newReport(ReportContext context) {
        return standIn.newReport(context);
      }
    };
  }

  private static Map<String, Set<String>> check(Instrument instrument) throws Exception {
    return DerivedVariableDeclarations.assertDeclaredAsScored(
        InstrumentTestKit.of(instrument), "mini-z", CohortFixture.rows("mini-z."));
  }

  @Test
  void returnsTheValuesSeenWhenTheDeclarationsMatchTheScoring() throws Exception {
    Map<String, Set<String>> seen = check(declaring(BURNOUT, LEVEL));
    assertEquals(List.of("mini-z.burnout", "mini-z.level"), List.copyOf(seen.keySet()));
    assertEquals(Set.of("0", "1"), seen.get("mini-z.burnout"));
    assertEquals(Set.of("1", "2", "3", "4", "5"), seen.get("mini-z.level"));
  }

  @Test
  void failsForAVariableScoredButNotDeclared() {
    AssertionError e = assertThrows(AssertionError.class, () -> check(declaring(BURNOUT)));
    assertTrue(e.getMessage().contains("mini-z.level is produced by score but not declared"));
  }

  @Test
  void failsForAVariableDeclaredButNeverScored() {
    DerivedVariable never = DerivedVariable.number("mini-z.never", "Never", "never computed");
    AssertionError e =
        assertThrows(AssertionError.class, () -> check(declaring(BURNOUT, LEVEL, never)));
    assertTrue(e.getMessage().contains("mini-z.never is declared but score never produced it"));
  }

  @Test
  void failsForACodeOrTypeOtherThanDeclared() {
    DerivedVariable threeLevels =
        DerivedVariable.categorical(
            "mini-z.level",
            "Level",
            List.of(Option.of("1", "1"), Option.of("2", "2"), Option.of("3", "3")),
            "the level");
    DerivedVariable levelAsBinary =
        DerivedVariable.binary("mini-z.level", "Level", "No", "Yes", "the level");
    AssertionError codes =
        assertThrows(AssertionError.class, () -> check(declaring(BURNOUT, threeLevels)));
    assertTrue(codes.getMessage().contains("mini-z.level took the code 4, not one of [1, 2, 3]"));
    AssertionError type =
        assertThrows(AssertionError.class, () -> check(declaring(BURNOUT, levelAsBinary)));
    assertTrue(type.getMessage().contains("mini-z.level is binary but was the Integer"));
  }
}
