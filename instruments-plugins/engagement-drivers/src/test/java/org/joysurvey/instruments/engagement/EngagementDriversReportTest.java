package org.joysurvey.instruments.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.ReportChart;
import org.joysurvey.spi.ReportTable;
import org.joysurvey.spi.Statistic;
import org.joysurvey.testkit.DemographicsStandIn;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.Test;

/**
 * The engagement-drivers section, through the platform's report engine, on small cohorts worked out
 * by hand.
 */
class EngagementDriversReportTest {

  /**
   * One response: age band, gender, practice mode (null = unanswered) and the statements answered.
   */
  record Row(String age, String gender, String mode, Map<String, Integer> scale) {}

  /**
   * Six responses (+ = positive, 4-6):
   *
   * <pre>
   *   R1 36-45 female large-group        culture_values 5+, culture_leadership 3,
   *                                      workload_manageable 4+, compensation_fair 2,
   *                                      meaning_work 6+
   *   R2 36-45 male   large-group        culture_values 4+, culture_leadership 4+,
   *                                      workload_manageable 1, social_support 6+
   *   R3 46-55 female small-independent  culture_values 2, compensation_fair 5+, meaning_work 4+,
   *                                      meaning_time 3
   *   R4 46-55 -      large-group        culture_values 6+, culture_leadership 1, efficiency_ehr 2,
   *                                      control_flexibility 4+
   *   R5 -     female -                  culture_leadership 6+, worklife_integration 5+,
   *                                      efficiency_resources 4+
   *   R6 25-35 male   academic           (no statement answered)
   * </pre>
   */
  static final List<Row> SIX =
      List.of(
          new Row(
              "36-45",
              "female",
              "large-group",
              Map.of(
                  "culture_values",
                  5,
                  "culture_leadership",
                  3,
                  "workload_manageable",
                  4,
                  "compensation_fair",
                  2,
                  "meaning_work",
                  6)),
          new Row(
              "36-45",
              "male",
              "large-group",
              Map.of(
                  "culture_values",
                  4,
                  "culture_leadership",
                  4,
                  "workload_manageable",
                  1,
                  "social_support",
                  6)),
          new Row(
              "46-55",
              "female",
              "small-independent",
              Map.of(
                  "culture_values",
                  2,
                  "compensation_fair",
                  5,
                  "meaning_work",
                  4,
                  "meaning_time",
                  3)),
          new Row(
              "46-55",
              null,
              "large-group",
              Map.of(
                  "culture_values",
                  6,
                  "culture_leadership",
                  1,
                  "efficiency_ehr",
                  2,
                  "control_flexibility",
                  4)),
          new Row(
              null,
              "female",
              null,
              Map.of(
                  "culture_leadership", 6, "worklife_integration", 5, "efficiency_resources", 4)),
          new Row("25-35", "male", "academic", Map.of()));

  static Answers answers(Row row) {
    Map<String, AnswerValue> values = new HashMap<>();
    if (row.age() != null) {
      values.put("demographics.age_band", new AnswerValue.Choice(row.age()));
    }
    if (row.gender() != null) {
      values.put("demographics.gender", new AnswerValue.Choice(row.gender()));
    }
    if (row.mode() != null) {
      values.put("demographics.practice_mode", new AnswerValue.Choice(row.mode()));
    }
    row.scale()
        .forEach((item, v) -> values.put("engagement-drivers." + item, new AnswerValue.Scale(v)));
    return new Answers(values);
  }

  static SectionResult section(List<Row> rows, boolean withDemographics) {
    return section(rows, withDemographics ? new DemographicsStandIn() : null);
  }

  /** The section of an edition with this demographics instrument (none when null). */
  static SectionResult section(List<Row> rows, Instrument demographics) {
    InstrumentTestKit edition =
        demographics != null
            ? InstrumentTestKit.of(demographics, new EngagementDrivers())
            : InstrumentTestKit.of(new EngagementDrivers());
    return edition.sectionOfAnswers(
        "engagement-drivers", rows.stream().map(EngagementDriversReportTest::answers).toList());
  }

  private static Statistic statistic(SectionResult section, String key) {
    return section.statistic(key);
  }

  private static double value(SectionResult section, String key) {
    return section.value(key);
  }

  private static void assertShare(SectionResult section, String key, long numerator, long basis) {
    Statistic statistic = statistic(section, key);
    assertEquals((double) numerator / basis, statistic.value(), 1e-12, key);
    assertEquals(numerator, statistic.numerator(), key);
    assertEquals(basis, statistic.basis(), key);
  }

  @Test
  void itemsArePositiveOfThoseWhoAnswered() {
    SectionResult section = section(SIX, true);
    // culture_values: 5+ 4+ 2 6+ -> 3 of 4; culture_leadership: 3 4+ 1 6+ -> 2 of 4
    assertShare(section, "engagement-drivers.positive.culture_values", 3, 4);
    assertShare(section, "engagement-drivers.positive.culture_leadership", 2, 4);
    // workload_manageable: 4+ 1 -> 1 of 2; compensation_fair: 2 5+ -> 1 of 2
    assertShare(section, "engagement-drivers.positive.workload_manageable", 1, 2);
    assertShare(section, "engagement-drivers.positive.compensation_fair", 1, 2);
    assertShare(section, "engagement-drivers.positive.efficiency_resources", 1, 1);
    assertShare(section, "engagement-drivers.positive.efficiency_ehr", 0, 1);
    assertShare(section, "engagement-drivers.positive.meaning_work", 2, 2);
    assertShare(section, "engagement-drivers.positive.meaning_time", 0, 1);
    assertShare(section, "engagement-drivers.positive.control_flexibility", 1, 1);
    assertShare(section, "engagement-drivers.positive.social_support", 1, 1);
    assertShare(section, "engagement-drivers.positive.worklife_integration", 1, 1);
  }

  @Test
  void categoriesPoolTheAnswersToTheirItems() {
    SectionResult section = section(SIX, true);
    // culture: 3 + 2 positive of 4 + 4 answers = 5/8 (from 5 respondents: the basis counts answers)
    assertShare(section, "engagement-drivers.positive.culture", 5, 8);
    assertShare(section, "engagement-drivers.positive.workload", 2, 4);
    assertShare(section, "engagement-drivers.positive.efficiency", 1, 2);
    assertShare(section, "engagement-drivers.positive.meaning", 2, 3);
    assertShare(section, "engagement-drivers.positive.control", 1, 1);
    assertShare(section, "engagement-drivers.positive.social", 1, 1);
    assertShare(section, "engagement-drivers.positive.worklife", 1, 1);
    assertTrue(
        statistic(section, "engagement-drivers.positive.culture")
            .label()
            .contains("counts answers, not respondents"));
  }

  @Test
  void itemDistributionsAreSharesOfThoseWhoAnswered() {
    SectionResult section = section(SIX, true);
    // culture_values 5, 4, 2, 6 -> 1: 0, 2: 1, 3: 0, 4: 1, 5: 1, 6: 1 of 4
    long[] expected = {0, 0, 1, 0, 1, 1, 1};
    for (int v = 1; v <= 6; v++) {
      assertShare(section, "engagement-drivers.share.culture_values." + v, expected[v], 4);
    }
  }

  @Test
  void categoriesByGenderByHand() {
    SectionResult section = section(SIX, true);
    // female = R1, R3, R5 (3 respondents)
    //   culture: R1 5+ 3, R3 2, R5 6+ -> 2 of 4;  workload: R1 4+ 2, R3 5+ -> 2 of 3
    //   efficiency: R5 4+ -> 1 of 1;  meaning: R1 6+, R3 4+ 3 -> 2 of 3;  control, social: no
    // answer;  worklife: 1 of 1
    assertEquals(3.0, value(section, "engagement-drivers.by.gender.female.respondents"), 0.0);
    assertShare(section, "engagement-drivers.by.gender.female.positive.culture", 2, 4);
    assertShare(section, "engagement-drivers.by.gender.female.positive.workload", 2, 3);
    assertShare(section, "engagement-drivers.by.gender.female.positive.efficiency", 1, 1);
    assertShare(section, "engagement-drivers.by.gender.female.positive.meaning", 2, 3);
    assertShare(section, "engagement-drivers.by.gender.female.positive.worklife", 1, 1);
    assertTrue(
        Double.isNaN(value(section, "engagement-drivers.by.gender.female.positive.control")));
    assertEquals(
        0L, statistic(section, "engagement-drivers.by.gender.female.positive.social").basis());
    // male = R2 only (R6 answered no statement): culture 4+ 4+ -> 2 of 2; workload 1 -> 0 of 1;
    // social 1 of 1
    assertEquals(1.0, value(section, "engagement-drivers.by.gender.male.respondents"), 0.0);
    assertShare(section, "engagement-drivers.by.gender.male.positive.culture", 2, 2);
    assertShare(section, "engagement-drivers.by.gender.male.positive.workload", 0, 1);
    assertShare(section, "engagement-drivers.by.gender.male.positive.social", 1, 1);
    assertTrue(section.withheld("engagement-drivers.by.gender.male.positive.culture").isPresent());
  }

  @Test
  void categoriesByAgeBandAndPracticeModeByHand() {
    SectionResult section = section(SIX, true);
    // 36-45 = R1, R2: culture 5+ 3 4+ 4+ -> 3 of 4; workload 4+ 2 1 -> 1 of 3; meaning 1 of 1;
    // social 1 of 1
    assertShare(section, "engagement-drivers.by.age_band.36-45.positive.culture", 3, 4);
    assertShare(section, "engagement-drivers.by.age_band.36-45.positive.workload", 1, 3);
    assertShare(section, "engagement-drivers.by.age_band.36-45.positive.meaning", 1, 1);
    assertShare(section, "engagement-drivers.by.age_band.36-45.positive.social", 1, 1);
    // 46-55 = R3, R4: culture 2 6+ 1 -> 1 of 3; workload 5+ -> 1 of 1; efficiency 2 -> 0 of 1;
    // meaning 4+ 3 -> 1 of 2; control 1 of 1
    assertShare(section, "engagement-drivers.by.age_band.46-55.positive.culture", 1, 3);
    assertShare(section, "engagement-drivers.by.age_band.46-55.positive.workload", 1, 1);
    assertShare(section, "engagement-drivers.by.age_band.46-55.positive.efficiency", 0, 1);
    assertShare(section, "engagement-drivers.by.age_band.46-55.positive.meaning", 1, 2);
    assertShare(section, "engagement-drivers.by.age_band.46-55.positive.control", 1, 1);
    // 25-35 = R6 only, who answered no statement: no group
    assertNull(section.statisticsByKey().get("engagement-drivers.by.age_band.25-35.respondents"));
    assertNull(
        section.statisticsByKey().get("engagement-drivers.by.age_band.25-35.positive.culture"));
    // large-group = R1, R2, R4: culture 5+ 3 4+ 4+ 6+ 1 -> 4 of 6; workload 4+ 2 1 -> 1 of 3;
    // efficiency 0 of 1;
    // meaning 1 of 1; control 1 of 1; social 1 of 1
    assertEquals(
        3.0, value(section, "engagement-drivers.by.practice_mode.large-group.respondents"), 0.0);
    assertShare(section, "engagement-drivers.by.practice_mode.large-group.positive.culture", 4, 6);
    assertShare(section, "engagement-drivers.by.practice_mode.large-group.positive.workload", 1, 3);
    assertShare(
        section, "engagement-drivers.by.practice_mode.large-group.positive.efficiency", 0, 1);
    assertShare(section, "engagement-drivers.by.practice_mode.large-group.positive.control", 1, 1);
    // small-independent = R3: culture 0 of 1; workload 1 of 1; meaning 1 of 2
    assertShare(
        section, "engagement-drivers.by.practice_mode.small-independent.positive.culture", 0, 1);
    assertShare(
        section, "engagement-drivers.by.practice_mode.small-independent.positive.meaning", 1, 2);
    assertNull(
        section.statisticsByKey().get("engagement-drivers.by.practice_mode.academic.respondents"));
  }

  @Test
  void subgroupTablesListGroupsInTheDemographicsOrder() {
    SectionResult section = section(SIX, true);
    ReportTable gender = table(section, "Positive answers by driver and gender (% of answers)");
    assertEquals(List.of("Male", "Female"), firstColumn(gender));
    assertEquals(
        List.of(
            "Gender",
            "Respondents",
            "Culture and values",
            "Workload and job demands",
            "Efficiency and resources",
            "Meaning in work",
            "Control and flexibility",
            "Social support and community",
            "Work-life integration"),
        gender.columns());
    assertEquals(
        List.of("36-45", "46-55"),
        firstColumn(table(section, "Positive answers by driver and age band (% of answers)")));
    assertEquals(
        List.of("Small independent (1-10)", "Large group (150+)"),
        firstColumn(table(section, "Positive answers by driver and practice mode (% of answers)")));
  }

  @Test
  void aGroupTheOrderDoesNotKnowComesLast() {
    List<Row> rows = new ArrayList<>(SIX);
    rows.add(new Row("not-a-band", null, null, Map.of("meaning_work", 5)));
    // the real plugin publishes only its own options; this stand-in passes the unvalidated code on
    SectionResult section = section(rows, DemographicsStandIn.publishingAnyCode());
    assertEquals(
        List.of("36-45", "46-55", "not-a-band"),
        firstColumn(table(section, "Positive answers by driver and age band (% of answers)")));
    assertShare(section, "engagement-drivers.by.age_band.not-a-band.positive.meaning", 1, 1);
  }

  @Test
  void withoutDemographicsInTheEditionThereAreNoSubgroups() {
    SectionResult section = section(SIX, false);
    assertTrue(
        section.statisticsByKey().keySet().stream()
            .noneMatch(k -> k.startsWith("engagement-drivers.by.")));
    assertShare(section, "engagement-drivers.positive.culture", 5, 8);
    assertTrue(
        section.notes().stream().anyMatch(n -> n.contains("need the demographics instrument")));
  }

  @Test
  void demographicsInTheEditionButNobodyAnsweredIt() {
    List<Row> rows = List.of(new Row(null, null, null, Map.of("culture_values", 4)));
    SectionResult section = section(rows, true);
    assertTrue(
        section.statisticsByKey().keySet().stream()
            .noneMatch(k -> k.startsWith("engagement-drivers.by.")));
    assertTrue(section.notes().stream().anyMatch(n -> n.contains("gave their age band")));
  }

  @Test
  void allPositiveAndOneResponse() {
    Map<String, Integer> all = new HashMap<>();
    EngagementDrivers.DRIVERS.forEach(d -> all.put(d.code(), 6));
    SectionResult section = section(List.of(new Row("65+", "nonbinary", "fqhc", all)), true);
    for (EngagementDrivers.Category category : EngagementDrivers.CATEGORIES) {
      long items =
          EngagementDrivers.DRIVERS.stream()
              .filter(d -> d.category().equals(category.code()))
              .count();
      assertShare(section, "engagement-drivers.positive." + category.code(), items, items);
      assertShare(
          section,
          "engagement-drivers.by.gender.nonbinary.positive." + category.code(),
          items,
          items);
      assertTrue(section.withheld("engagement-drivers.positive." + category.code()).isPresent());
    }
    assertShare(section, "engagement-drivers.share.meaning_time.6", 1, 1);
    assertShare(section, "engagement-drivers.share.meaning_time.1", 0, 1);
  }

  @Test
  void nobodyAnsweredGivesUndefinedFiguresForEveryKey() {
    SectionResult section = section(List.of(new Row("36-45", "male", null, Map.of())), true);
    for (EngagementDrivers.Driver driver : EngagementDrivers.DRIVERS) {
      assertTrue(Double.isNaN(value(section, "engagement-drivers.positive." + driver.code())));
    }
    for (EngagementDrivers.Category category : EngagementDrivers.CATEGORIES) {
      assertTrue(Double.isNaN(value(section, "engagement-drivers.positive." + category.code())));
      assertEquals(
          0L, statistic(section, "engagement-drivers.positive." + category.code()).basis());
    }
  }

  @Test
  void chartsAndTables() {
    SectionResult section = section(SIX, true);
    ReportChart drivers =
        section.charts().stream()
            .filter(c -> c.title().equals("Drivers of engagement, % positive answers"))
            .findFirst()
            .orElseThrow();
    assertEquals(ReportChart.Type.BAR, drivers.type());
    assertEquals(
        List.of(
            "engagement-drivers.positive.culture",
            "engagement-drivers.positive.workload",
            "engagement-drivers.positive.efficiency",
            "engagement-drivers.positive.meaning",
            "engagement-drivers.positive.control",
            "engagement-drivers.positive.social",
            "engagement-drivers.positive.worklife"),
        drivers.series().get(0).statisticKeys());
    // a table per statement: 6 scale points + the positive row
    for (EngagementDrivers.Driver driver : EngagementDrivers.DRIVERS) {
      ReportTable table = table(section, driver.text());
      assertEquals(7, table.rows().size());
    }
    Set<String> keys = section.statisticsByKey().keySet();
    Set<String> referenced = new HashSet<>();
    for (ReportTable table : section.tables()) {
      table
          .rows()
          .forEach(
              row ->
                  row.forEach(
                      cell -> {
                        if (cell instanceof ReportTable.StatisticRef ref) {
                          referenced.add(ref.key());
                        }
                      }));
    }
    for (ReportChart chart : section.charts()) {
      chart.series().forEach(s -> referenced.addAll(s.statisticKeys()));
    }
    assertTrue(
        keys.containsAll(referenced),
        "unknown keys: " + referenced.stream().filter(k -> !keys.contains(k)).toList());
    assertTrue(keys.stream().allMatch(k -> k.startsWith("engagement-drivers.")), keys::toString);
    assertEquals(keys.size(), section.section().statistics().size(), "no key twice");
  }

  private static ReportTable table(SectionResult section, String title) {
    return section.tables().stream()
        .filter(t -> t.title().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no table '" + title + "'"));
  }

  private static List<String> firstColumn(ReportTable table) {
    return table.rows().stream().map(r -> ((ReportTable.Text) r.get(0)).text()).toList();
  }
}
