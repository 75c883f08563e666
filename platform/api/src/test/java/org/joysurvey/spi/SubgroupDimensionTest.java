package org.joysurvey.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubgroupDimensionTest {

  private static final List<Item> ITEMS =
      List.of(
          Item.single(
              "band", "Your age?", Option.of("young", "Under 40"), Option.of("old", "40 or over")),
          Item.likert("score", "Score", 1, "1", "2", "3"),
          Item.yesNo("part_time", "Part time?"));

  @Test
  void groupsAreTheItemsOptionsInOrderWithShortLabelsWhereGiven() {
    Subgroups.Dimension band =
        new SubgroupDimension("band", "Age band", Map.of("old", "40+")).resolve("survey", ITEMS);
    assertEquals("band", band.name());
    assertEquals("survey.band", band.variable());
    assertEquals("Age band", band.title());
    assertEquals(
        List.of(new Subgroups.Group("young", "Under 40"), new Subgroups.Group("old", "40+")),
        band.groups());
    assertEquals(List.of("young", "old"), band.codes());
    assertEquals("40+", band.label("old"));
    assertEquals("unknown", band.label("unknown"), "a group the item does not list keeps its code");
    assertEquals(
        List.of("yes", "no"),
        SubgroupDimension.of("part_time", "Part time").resolve("survey", ITEMS).codes());
  }

  @Test
  void aDimensionMustBeASingleAnswerItemOfTheInstrument() {
    assertThrows(
        IllegalArgumentException.class,
        () -> SubgroupDimension.of("missing", "M").resolve("survey", ITEMS));
    assertThrows(
        IllegalArgumentException.class,
        () -> SubgroupDimension.of("score", "S").resolve("survey", ITEMS));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new SubgroupDimension("band", "B", Map.of("middle", "40-60")).resolve("survey", ITEMS));
  }

  @Test
  void aRespondentsGroupIsTheDeclaringInstrumentsVariable() {
    Subgroups.Dimension band = SubgroupDimension.of("band", "Age band").resolve("survey", ITEMS);
    ScoredResponse young =
        new ScoredResponse(
            Answers.NONE,
            DerivedVariables.builder()
                .put("survey.band", "young")
                .put("other.band", "old")
                .build());
    assertEquals(Optional.of("young"), band.groupOf(young));
    assertEquals(
        Optional.empty(), band.groupOf(new ScoredResponse(Answers.NONE, DerivedVariables.NONE)));
  }

  @Test
  void theOneZeroContextHasNoSubgroups() {
    ReportContext context = new ReportContext(Settings.NONE, Set.of("survey"));
    assertSame(Subgroups.NONE, context.subgroups());
    assertTrue(context.subgroups().isEmpty());
    Subgroups subgroups =
        new Subgroups(List.of(SubgroupDimension.of("band", "Age band").resolve("survey", ITEMS)));
    ReportContext withSubgroups = new ReportContext(Settings.NONE, Set.of("survey"), subgroups);
    assertEquals(
        Optional.of("Age band"),
        withSubgroups.subgroups().dimension("band").map(Subgroups.Dimension::title));
    assertEquals(Optional.empty(), withSubgroups.subgroups().dimension("gender"));
  }
}
