package org.joysurvey.instruments.miniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.ReportChart;
import org.joysurvey.spi.ReportTable;
import org.joysurvey.spi.Statistic;
import org.joysurvey.testkit.CohortFixture;
import org.joysurvey.testkit.DemographicsStandIn;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.Test;

/**
 * Mini-Z burnout by age band, gender and practice mode, the subgroup dimensions the demographics
 * stand-in declares, worked out by hand.
 */
class MiniZSubgroupsTest {

  /** One response: Mini-Z level, age band, gender, practice mode (null = unanswered). */
  record Row(Integer level, String age, String gender, String practice) {}

  /**
   * Eleven responses; burned out (level 3+) marked *:
   *
   * <pre>
   *    #  level  age       gender     practice
   *    1  1      25-35     female     large-group
   *    2  3 *    25-35     male       large-group
   *    3  4 *    25-35     female     academic
   *    4  2      36-45     male       large-group
   *    5  2      36-45     female     -
   *    6  5 *    36-45     male       large-group
   *    7  1      36-45     -          academic
   *    8  3 *    65+       female     large-group
   *    9  4 *    -         male       -
   *   10  -      25-35     female     large-group   (no Mini-Z: in no table)
   *   11  2      under-25  nonbinary  fqhc
   * </pre>
   */
  static final List<Row> COHORT =
      List.of(
          new Row(1, "25-35", "female", "large-group"),
          new Row(3, "25-35", "male", "large-group"),
          new Row(4, "25-35", "female", "academic"),
          new Row(2, "36-45", "male", "large-group"),
          new Row(2, "36-45", "female", null),
          new Row(5, "36-45", "male", "large-group"),
          new Row(1, "36-45", null, "academic"),
          new Row(3, "65+", "female", "large-group"),
          new Row(4, null, "male", null),
          new Row(null, "25-35", "female", "large-group"),
          new Row(2, "under-25", "nonbinary", "fqhc"));

  static Answers answers(Row row) {
    Map<String, AnswerValue> values = new HashMap<>();
    if (row.level() != null) {
      values.put("mini-z.burnout", new AnswerValue.Scale(row.level()));
    }
    if (row.age() != null) {
      values.put("demographics.age_band", new AnswerValue.Choice(row.age()));
    }
    if (row.gender() != null) {
      values.put("demographics.gender", new AnswerValue.Choice(row.gender()));
    }
    if (row.practice() != null) {
      values.put("demographics.practice_mode", new AnswerValue.Choice(row.practice()));
    }
    return new Answers(values);
  }

  static SectionResult section(List<Row> rows, boolean withDemographics) {
    InstrumentTestKit edition =
        withDemographics
            ? InstrumentTestKit.of(new DemographicsStandIn(), new MiniZ())
            : InstrumentTestKit.of(new MiniZ());
    return edition.sectionOfAnswers(
        "mini-z", rows.stream().map(MiniZSubgroupsTest::answers).toList());
  }

  private static void proportion(
      SectionResult section, String key, long numerator, long denominator) {
    Statistic statistic = section.statisticsByKey().get(key);
    assertNotNull(statistic, () -> "no " + key + " in " + section.statisticsByKey().keySet());
    assertEquals(Statistic.Kind.PROPORTION, statistic.kind(), key);
    assertEquals(numerator, statistic.numerator(), key);
    assertEquals(denominator, statistic.basis(), key);
    assertEquals((double) numerator / denominator, statistic.value(), 1e-15, key);
  }

  private static void group(
      SectionResult section,
      String dimension,
      String group,
      long burned,
      long respondents,
      long allRespondents,
      long allBurned) {
    String base = "mini-z.by." + dimension + "." + group + ".";
    proportion(section, base + "burnout_rate", burned, respondents);
    proportion(section, base + "share_of_respondents", respondents, allRespondents);
    proportion(section, base + "share_of_burnout", burned, allBurned);
  }

  private static Set<String> byKeys(SectionResult section) {
    Set<String> keys = new HashSet<>();
    section.statisticsByKey().keySet().stream()
        .filter(k -> k.startsWith("mini-z.by."))
        .forEach(keys::add);
    return keys;
  }

  @Test
  void burnoutByAgeBand() {
    // age known and Mini-Z answered: 1-8, 11 = 9 respondents; burned out among them 2, 3, 6, 8 = 4
    //   under-25: 11          -> 0 of 1;  share of respondents 1/9, of the burned-out 0/4
    //   25-35:    1, 2*, 3*   -> 2 of 3;  3/9, 2/4
    //   36-45:    4, 5, 6*, 7 -> 1 of 4;  4/9, 1/4
    //   65+:      8*          -> 1 of 1;  1/9, 1/4
    SectionResult section = section(COHORT, true);
    group(section, "age_band", "under-25", 0, 1, 9, 4);
    group(section, "age_band", "25-35", 2, 3, 9, 4);
    group(section, "age_band", "36-45", 1, 4, 9, 4);
    group(section, "age_band", "65+", 1, 1, 9, 4);
  }

  @Test
  void burnoutByGender() {
    // gender known: 1-6, 8, 9, 11 = 9; burned out 2, 3, 6, 8, 9 = 5
    //   female:    1, 3*, 5, 8*  -> 2 of 4; 4/9, 2/5
    //   male:      2*, 4, 6*, 9* -> 3 of 4; 4/9, 3/5
    //   nonbinary: 11            -> 0 of 1; 1/9, 0/5
    SectionResult section = section(COHORT, true);
    group(section, "gender", "female", 2, 4, 9, 5);
    group(section, "gender", "male", 3, 4, 9, 5);
    group(section, "gender", "nonbinary", 0, 1, 9, 5);
  }

  @Test
  void burnoutByPracticeMode() {
    // practice known: 1-4, 6-8, 11 = 8; burned out 2, 3, 6, 8 = 4
    //   large-group: 1, 2*, 4, 6*, 8* -> 3 of 5; 5/8, 3/4
    //   academic:    3*, 7            -> 1 of 2; 2/8, 1/4
    //   fqhc:        11               -> 0 of 1; 1/8, 0/4
    SectionResult section = section(COHORT, true);
    group(section, "practice_mode", "large-group", 3, 5, 8, 4);
    group(section, "practice_mode", "academic", 1, 2, 8, 4);
    group(section, "practice_mode", "fqhc", 0, 1, 8, 4);
  }

  @Test
  void onlyGroupsThatOccurArePublished() {
    // 4 age bands + 3 genders + 3 practice modes, 3 statistics each
    SectionResult section = section(COHORT, true);
    assertEquals(30, byKeys(section).size(), byKeys(section)::toString);
    assertTrue(section.statisticsByKey().get("mini-z.by.age_band.46-55.burnout_rate") == null);
  }

  @Test
  void theOverallFiguresAreUnchanged() {
    // Mini-Z answered by 10 (not 10th row), burned out 2, 3, 6, 8, 9 = 5 -> 0.5, with or without
    // demographics
    proportion(section(COHORT, true), "mini-z.burnout_rate", 5, 10);
    proportion(section(COHORT, false), "mini-z.burnout_rate", 5, 10);
  }

  @Test
  void withoutDemographicsThereAreNoSubgroups() {
    SectionResult section = section(COHORT, false);
    assertEquals(Set.of(), byKeys(section));
    assertEquals(1, section.tables().size());
    assertEquals(1, section.charts().size());
  }

  @Test
  void aDimensionNobodyAnsweredHasNoTableButANote() {
    List<Row> rows = List.of(new Row(3, "25-35", null, null), new Row(1, "25-35", "male", null));
    SectionResult section = section(rows, true);
    assertTrue(byKeys(section).stream().noneMatch(k -> k.startsWith("mini-z.by.practice_mode.")));
    assertTrue(
        section.notes().stream().anyMatch(n -> n.contains("practice mode: no respondent")),
        section.notes()::toString);
    // gender: only the male respondent, not burned out: 0 of 1, and 0 burned out in all -> share
    // undefined
    Statistic shareOfBurnout =
        section.statisticsByKey().get("mini-z.by.gender.male.share_of_burnout");
    assertTrue(Double.isNaN(shareOfBurnout.value()));
    assertEquals(0L, shareOfBurnout.basis());
    assertTrue(
        section.withheld("mini-z.by.age_band.25-35.burnout_rate").isPresent(), "2 respondents");
  }

  @Test
  void tablesListGroupsInTheSpecsOrderAndChartsCompareTheTwoShares() {
    SectionResult section = section(COHORT, true);
    ReportTable age =
        section.tables().stream()
            .filter(t -> t.title().startsWith("Burnout by age band"))
            .findFirst()
            .orElseThrow();
    // the spec's order (under-25 first), not the alphabetical one (which puts under-25 last)
    assertEquals(
        List.of("under-25", "25-35", "36-45", "65+"),
        age.rows().stream().map(r -> ((ReportTable.Text) r.get(0)).text()).toList());
    assertEquals(4, section.tables().size(), "levels + one table per dimension");
    ReportChart chart =
        section.charts().stream()
            .filter(c -> c.title().startsWith("Burnout by gender"))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("male", "female", "nonbinary"), chart.labels());
    assertEquals(
        List.of(
            "mini-z.by.gender.male.share_of_respondents",
            "mini-z.by.gender.female.share_of_respondents",
            "mini-z.by.gender.nonbinary.share_of_respondents"),
        chart.series().get(0).statisticKeys());
    assertEquals(
        List.of(
            "mini-z.by.gender.male.share_of_burnout",
            "mini-z.by.gender.female.share_of_burnout",
            "mini-z.by.gender.nonbinary.share_of_burnout"),
        chart.series().get(1).statisticKeys());
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
    section.charts().forEach(c -> c.series().forEach(s -> referenced.addAll(s.statisticKeys())));
    assertTrue(
        keys.containsAll(referenced),
        "unknown keys: " + referenced.stream().filter(k -> !keys.contains(k)).toList());
    assertTrue(keys.stream().allMatch(k -> k.startsWith("mini-z.")), keys::toString);
  }

  @Test
  void cohortSubgroupsMatchATallyOfTheCsv() throws IOException {
    List<Map<String, String>> cells = CohortFixture.rows("mini-z.", "demographics.");
    List<Row> rows =
        cells.stream()
            .map(
                r ->
                    new Row(
                        r.get("mini-z.burnout").isBlank()
                            ? null
                            : Integer.parseInt(r.get("mini-z.burnout").strip()),
                        blankToNull(r.get("demographics.age_band")),
                        blankToNull(r.get("demographics.gender")),
                        blankToNull(r.get("demographics.practice_mode"))))
            .toList();
    SectionResult section = section(rows, true);
    for (String dimension : List.of("age_band", "gender", "practice_mode")) {
      // group -> {respondents, burned out}, tallied from the cells
      Map<String, long[]> tally = new TreeMap<>();
      for (Map<String, String> r : cells) {
        String group = r.get("demographics." + dimension).strip();
        String level = r.get("mini-z.burnout").strip();
        if (group.isEmpty() || level.isEmpty()) {
          continue;
        }
        long[] t = tally.computeIfAbsent(group, g -> new long[2]);
        t[0]++;
        t[1] += Integer.parseInt(level) >= 3 ? 1 : 0;
      }
      long all = tally.values().stream().mapToLong(t -> t[0]).sum();
      long burned = tally.values().stream().mapToLong(t -> t[1]).sum();
      assertTrue(tally.size() >= 2, dimension);
      for (Map.Entry<String, long[]> e : tally.entrySet()) {
        group(section, dimension, e.getKey(), e.getValue()[1], e.getValue()[0], all, burned);
      }
      assertEquals(
          3L * tally.size(),
          byKeys(section).stream()
              .filter(k -> k.startsWith("mini-z.by." + dimension + "."))
              .count());
    }
  }

  private static String blankToNull(String cell) {
    return cell == null || cell.isBlank() ? null : cell.strip();
  }
}
