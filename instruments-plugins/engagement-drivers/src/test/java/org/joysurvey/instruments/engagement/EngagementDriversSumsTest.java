package org.joysurvey.instruments.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.joysurvey.spi.Sum;
import org.joysurvey.testkit.CohortFixture;
import org.joysurvey.testkit.DemographicsStandIn;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.Test;

/**
 * The sums the section declares (SPI 1.4), checked against its own statistics: on the cohort-200
 * fixture and on small hand-built cohorts, every sum names statistics of the section and its parts
 * never count more than its total; the partitions (a statement's points, its positive line) leave
 * nothing over. Keys are written out here rather than taken from the plugin.
 */
class EngagementDriversSumsTest {

  private static final String P = "engagement-drivers.";

  /** The spec's statements by driver category (docs/instruments/engagement-drivers.md). */
  private static final Map<String, List<String>> CATEGORIES =
      Map.of(
          "culture", List.of("culture_values", "culture_leadership"),
          "workload", List.of("workload_manageable", "compensation_fair"),
          "efficiency", List.of("efficiency_resources", "efficiency_ehr"),
          "meaning", List.of("meaning_work", "meaning_time"),
          "control", List.of("control_flexibility"),
          "social", List.of("social_support"),
          "worklife", List.of("worklife_integration"));

  private static final List<String> STATEMENTS =
      CATEGORIES.values().stream().flatMap(List::stream).toList();

  private static SectionResult cohort() throws IOException {
    return InstrumentTestKit.of(new DemographicsStandIn(), new EngagementDrivers())
        .section(
            "engagement-drivers",
            CohortFixture.rows(
                "engagement-drivers.",
                "demographics.age_band",
                "demographics.gender",
                "demographics.practice_mode"));
  }

  private static void everyDeclaredSumAddsUp(SectionResult section) {
    assertFalse(section.sums().isEmpty());
    for (Sum sum : section.sums()) {
      assertTrue(section.remainder(sum) >= 0, () -> sum + " counts more in its parts");
    }
  }

  private static void declaredAndExact(SectionResult section, Sum sum) {
    assertTrue(section.sums().contains(sum), () -> "not declared: " + sum);
    assertEquals(0, section.remainder(sum), sum::toString);
  }

  private static List<String> points(String statement, int from) {
    List<String> keys = new ArrayList<>();
    for (int v = from; v <= 6; v++) {
      keys.add(P + "share." + statement + "." + v);
    }
    return keys;
  }

  @Test
  void everyDeclaredSumAddsUpOnTheCohort() throws IOException {
    SectionResult section = cohort();
    everyDeclaredSumAddsUp(section);
    for (String statement : STATEMENTS) {
      declaredAndExact(section, Sum.shares(points(statement, 1)));
      declaredAndExact(section, Sum.of(P + "positive." + statement, points(statement, 4)));
    }
  }

  @Test
  void theItemTablesPositiveLineIsDeclaredAsPointsFourToSix() throws IOException {
    SectionResult section = cohort();
    Sum positive =
        Sum.of(
            "engagement-drivers.positive.culture_values",
            List.of(
                "engagement-drivers.share.culture_values.4",
                "engagement-drivers.share.culture_values.5",
                "engagement-drivers.share.culture_values.6"));
    declaredAndExact(section, positive);
  }

  @Test
  void aDriverPoolsTheAnswersOfItsStatements() throws IOException {
    SectionResult section = cohort();
    for (var category : CATEGORIES.entrySet()) {
      List<String> parts = category.getValue().stream().map(s -> P + "positive." + s).toList();
      for (Sum sum : Sum.groups(P + "positive." + category.getKey(), parts)) {
        declaredAndExact(section, sum);
      }
    }
  }

  @Test
  void subgroupCellsAddUpToTheDriverWithRespondentsWithoutAGroupLeftOver() throws IOException {
    // three respondents: a woman who is positive on culture_values, a man who is not, and one
    // without a gender who is positive
    List<Map<String, String>> rows =
        List.of(
            InstrumentTestKit.row(P + "culture_values", "5", "demographics.gender", "female"),
            InstrumentTestKit.row(P + "culture_values", "2", "demographics.gender", "male"),
            InstrumentTestKit.row(P + "culture_values", "6"));
    SectionResult section =
        InstrumentTestKit.of(new DemographicsStandIn(), new EngagementDrivers())
            .section("engagement-drivers", rows);
    everyDeclaredSumAddsUp(section);
    // groups in the item's option order: male before female
    List<Sum> byGender =
        Sum.groups(
            P + "positive.culture",
            List.of(
                P + "by.gender.male.positive.culture", P + "by.gender.female.positive.culture"));
    assertTrue(section.sums().containsAll(byGender));
    // positive answers: 2 in all, 1 in the groups; answers: 3 in all, 2 in the groups
    assertEquals(1, section.remainder(byGender.get(0)));
    assertEquals(1, section.remainder(byGender.get(1)));
    declaredAndExact(section, Sum.shares(points("culture_values", 1)));
  }

  @Test
  void withoutDemographicsThereAreNoSubgroupSums() {
    SectionResult section =
        InstrumentTestKit.of(new EngagementDrivers())
            .section(
                "engagement-drivers", List.of(InstrumentTestKit.row(P + "social_support", "4")));
    everyDeclaredSumAddsUp(section);
    assertTrue(section.sums().stream().allMatch(s -> !s.parts().get(0).startsWith(P + "by.")));
    declaredAndExact(section, Sum.of(P + "positive.social_support", points("social_support", 4)));
  }
}
