package org.joysurvey.instruments.demographics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.math3.special.Erf;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.ReportChart;
import org.joysurvey.spi.ReportTable;
import org.joysurvey.spi.ScoredResponse;
import org.joysurvey.spi.Settings;
import org.joysurvey.spi.Statistic;
import org.joysurvey.spi.Subgroups;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.Test;

/**
 * The demographics section, through the platform's report engine, on small cohorts worked out by
 * hand.
 */
class DemographicsReportTest {

  /** One response: age band, gender, practice mode, specialty (null = unanswered). */
  record Row(String age, String gender, String mode, String specialty) {}

  /**
   * Eight responses:
   *
   * <pre>
   *   r1 36-45 female     large-group       pediatrics
   *   r2 36-45 male       large-group       surgery
   *   r3 46-55 female     small-independent family-medicine
   *   r4 25-35 female     large-group       -
   *   r5 -     male       academic          family-medicine
   *   r6 65+   -          -                 psychiatry
   *   r7 36-45 prefer-not large-group       family-medicine
   *   r8 -     -          -                 -
   * </pre>
   */
  static final List<Row> EIGHT =
      List.of(
          new Row("36-45", "female", "large-group", "pediatrics"),
          new Row("36-45", "male", "large-group", "surgery"),
          new Row("46-55", "female", "small-independent", "family-medicine"),
          new Row("25-35", "female", "large-group", null),
          new Row(null, "male", "academic", "family-medicine"),
          new Row("65+", null, null, "psychiatry"),
          new Row("36-45", "prefer-not", "large-group", "family-medicine"),
          new Row(null, null, null, null));

  static final String SACRAMENTO_AGE = "25-35:0.12,36-45:0.32,46-55:0.31,56-65:0.18,65+:0.07";

  static Answers answers(Row row) {
    Map<String, AnswerValue> values = new HashMap<>();
    put(values, "age_band", row.age());
    put(values, "gender", row.gender());
    put(values, "practice_mode", row.mode());
    put(values, "specialty", row.specialty());
    return new Answers(values);
  }

  private static void put(Map<String, AnswerValue> values, String item, String code) {
    if (code != null) {
      values.put("demographics." + item, new AnswerValue.Choice(code));
    }
  }

  /** The section of these rows; {@code settings} by short key ({@code population.age_band}). */
  static SectionResult section(List<Row> rows, Map<String, String> settings) {
    InstrumentTestKit edition = InstrumentTestKit.of(new Demographics());
    for (Map.Entry<String, String> setting : settings.entrySet()) {
      edition = edition.withSetting("demographics." + setting.getKey(), setting.getValue());
    }
    return edition.sectionOfAnswers(
        "demographics", rows.stream().map(DemographicsReportTest::answers).toList());
  }

  private static Statistic statistic(SectionResult section, String key) {
    return section.statistic(key);
  }

  private static double value(SectionResult section, String key) {
    return section.value(key);
  }

  private static List<Row> repeat(int times, Row row) {
    return Collections.nCopies(times, row);
  }

  private static Optional<String> note(SectionResult section, String containing) {
    return section.notes().stream().filter(n -> n.contains(containing)).findFirst();
  }

  @Test
  void sharesAreOfThoseWhoAnsweredEachItem() {
    SectionResult section = section(EIGHT, Map.of());
    // six answered each item
    for (String item : List.of("age_band", "gender", "practice_mode", "specialty")) {
      assertEquals(6.0, value(section, "demographics.answered." + item), 0.0, item);
    }
    // age: 36-45 r1 r2 r7 = 3 of 6; 25-35, 46-55, 65+ one each; under-25, 56-65 none
    assertEquals(3.0 / 6, value(section, "demographics.share.age_band.36-45"), 1e-12);
    assertEquals(1.0 / 6, value(section, "demographics.share.age_band.25-35"), 1e-12);
    assertEquals(1.0 / 6, value(section, "demographics.share.age_band.46-55"), 1e-12);
    assertEquals(1.0 / 6, value(section, "demographics.share.age_band.65+"), 1e-12);
    assertEquals(0.0, value(section, "demographics.share.age_band.under-25"), 0.0);
    assertEquals(0.0, value(section, "demographics.share.age_band.56-65"), 0.0);
    assertEquals(6L, statistic(section, "demographics.share.age_band.36-45").basis());
    assertEquals(3L, statistic(section, "demographics.share.age_band.36-45").numerator());
    // gender: female r1 r3 r4 = 3, male r2 r5 = 2, prefer-not r7 = 1 (of 6)
    assertEquals(3.0 / 6, value(section, "demographics.share.gender.female"), 1e-12);
    assertEquals(2.0 / 6, value(section, "demographics.share.gender.male"), 1e-12);
    assertEquals(1.0 / 6, value(section, "demographics.share.gender.prefer-not"), 1e-12);
    assertEquals(0.0, value(section, "demographics.share.gender.nonbinary"), 0.0);
    assertEquals(0.0, value(section, "demographics.share.gender.self-describe"), 0.0);
    // practice mode: large-group r1 r2 r4 r7 = 4, small-independent r3, academic r5 (of 6)
    assertEquals(4.0 / 6, value(section, "demographics.share.practice_mode.large-group"), 1e-12);
    assertEquals(
        1.0 / 6, value(section, "demographics.share.practice_mode.small-independent"), 1e-12);
    assertEquals(1.0 / 6, value(section, "demographics.share.practice_mode.academic"), 1e-12);
    assertEquals(0.0, value(section, "demographics.share.practice_mode.fqhc"), 0.0);
    // specialty: family-medicine r3 r5 r7 = 3, pediatrics, surgery, psychiatry one each (of 6)
    assertEquals(3.0 / 6, value(section, "demographics.share.specialty.family-medicine"), 1e-12);
    assertEquals(1.0 / 6, value(section, "demographics.share.specialty.psychiatry"), 1e-12);
    assertEquals(0.0, value(section, "demographics.share.specialty.radiology"), 0.0);
  }

  @Test
  void everyOptionOfEveryItemHasAShareAndNoFitWithoutAPopulation() {
    SectionResult section = section(EIGHT, Map.of());
    Set<String> shares = new HashSet<>();
    for (var item : new Demographics().items()) {
      item.options().forEach(o -> shares.add("demographics.share." + item.code() + "." + o.code()));
    }
    assertEquals(6 + 5 + 7 + 11, shares.size());
    assertTrue(section.statisticsByKey().keySet().containsAll(shares));
    assertTrue(
        section.statisticsByKey().keySet().stream()
            .noneMatch(k -> k.startsWith("demographics.fit.")));
    assertTrue(note(section, "mirror").isEmpty());
  }

  @Test
  void ageGoodnessOfFitAgainstTheSacramentoDistributionByHand() {
    // 50 respondents: 25-35 4, 36-45 20, 46-55 14, 56-65 8, 65+ 4
    // expected = 50 x (0.12, 0.32, 0.31, 0.18, 0.07) = 6, 16, 15.5, 9, 3.5 (under-25 is not listed:
    // left out)
    // chi2 = 4/6 + 16/16 + 2.25/15.5 + 1/9 + 0.25/3.5 = 0.666667 + 1 + 0.145161 + 0.111111 +
    // 0.071429 = 1.994368
    // df = 5 - 1 = 4; for 4 df, P(X >= x) = exp(-x/2)(1 + x/2) = 0.736795 (scipy.stats.chisquare:
    // 0.7367948957828249)
    List<Row> rows = new ArrayList<>();
    rows.addAll(repeat(4, new Row("25-35", null, null, null)));
    rows.addAll(repeat(20, new Row("36-45", null, null, null)));
    rows.addAll(repeat(14, new Row("46-55", null, null, null)));
    rows.addAll(repeat(8, new Row("56-65", null, null, null)));
    rows.addAll(repeat(4, new Row("65+", null, null, null)));
    rows.add(new Row(null, "male", null, null));
    SectionResult section = section(rows, Map.of("population.age_band", SACRAMENTO_AGE));
    double chi2 = 4.0 / 6 + 16.0 / 16 + 2.25 / 15.5 + 1.0 / 9 + 0.25 / 3.5;
    assertEquals(chi2, value(section, "demographics.fit.age_band.chi2"), 1e-12);
    assertEquals(1.9943676395289298, value(section, "demographics.fit.age_band.chi2"), 1e-12);
    assertEquals(4.0, value(section, "demographics.fit.age_band.df"), 0.0);
    assertEquals(
        Math.exp(-chi2 / 2) * (1 + chi2 / 2),
        value(section, "demographics.fit.age_band.p_value"),
        1e-12);
    assertEquals(0.7367948957828249, value(section, "demographics.fit.age_band.p_value"), 1e-12);
    assertEquals(Math.sqrt(chi2 / 50), value(section, "demographics.fit.age_band.cohens_w"), 1e-12);
    for (String key : List.of("chi2", "df", "p_value", "cohens_w")) {
      assertEquals(50L, statistic(section, "demographics.fit.age_band." + key).basis(), key);
    }
    assertEquals(50.0, value(section, "demographics.fit.age_band.n"), 0.0);
    assertEquals(6.0, value(section, "demographics.fit.age_band.expected.25-35"), 1e-12);
    assertEquals(15.5, value(section, "demographics.fit.age_band.expected.46-55"), 1e-12);
    assertEquals(3.5, value(section, "demographics.fit.age_band.expected.65+"), 1e-12);
    assertEquals(0.32, value(section, "demographics.fit.age_band.population.36-45"), 1e-12);
    assertEquals(20.0 / 50, value(section, "demographics.fit.age_band.sample.36-45"), 1e-12);
    assertNull(section.statisticsByKey().get("demographics.fit.age_band.population.under-25"));
    // no population for the other items: no test for them
    assertNull(section.statisticsByKey().get("demographics.fit.gender.chi2"));
    // the reading, and the warning: 3.5 < 5
    assertTrue(
        note(section, "Does the sample mirror the invited list on age band? Broadly yes")
            .isPresent());
    assertTrue(note(section, "expected count is below 5 (smallest 3.5)").isPresent());
    // tables: the comparison and the summary
    List<String> titles = section.tables().stream().map(ReportTable::title).toList();
    assertTrue(titles.contains("Age band: sample vs invited population"), titles.toString());
    assertTrue(
        titles.stream().anyMatch(t -> t.startsWith("Does the sample mirror the invited list?")),
        titles.toString());
  }

  @Test
  void genderGoodnessOfFitWithAnUnlistedOptionLeftOut() {
    // male 30, female 15, nonbinary 5, prefer-not 2; population male:2, female:2, nonbinary:1
    // (prefer-not not listed)
    // tested n = 50; shares 0.4, 0.4, 0.2 -> expected 20, 20, 10
    // chi2 = 10^2/20 + 5^2/20 + 5^2/10 = 5 + 1.25 + 2.5 = 8.75, df 2, p = exp(-8.75/2) = 0.012588
    // adjusted residuals (O - E)/sqrt(E(1 - p)): male 10/sqrt(12) = 2.89 (over); female -5/sqrt(12)
    // = -1.44;
    // nonbinary -5/sqrt(8) = -1.77; Cohen's w = sqrt(8.75/50) = 0.418 (medium)
    List<Row> rows = new ArrayList<>();
    rows.addAll(repeat(30, new Row(null, "male", null, null)));
    rows.addAll(repeat(15, new Row(null, "female", null, null)));
    rows.addAll(repeat(5, new Row(null, "nonbinary", null, null)));
    rows.addAll(repeat(2, new Row(null, "prefer-not", null, null)));
    SectionResult section =
        section(rows, Map.of("population.gender", "male:2, female:2, nonbinary:1"));
    assertEquals(8.75, value(section, "demographics.fit.gender.chi2"), 1e-12);
    assertEquals(2.0, value(section, "demographics.fit.gender.df"), 0.0);
    assertEquals(Math.exp(-4.375), value(section, "demographics.fit.gender.p_value"), 1e-14);
    assertEquals(Math.sqrt(8.75 / 50), value(section, "demographics.fit.gender.cohens_w"), 1e-12);
    assertEquals(50L, statistic(section, "demographics.fit.gender.chi2").basis());
    // the distribution itself stays of all who answered (52)
    assertEquals(30.0 / 52, value(section, "demographics.share.gender.male"), 1e-12);
    assertEquals(30.0 / 50, value(section, "demographics.fit.gender.sample.male"), 1e-12);
    assertEquals(0.4, value(section, "demographics.fit.gender.population.male"), 1e-12);
    String reading =
        note(section, "Does the sample mirror the invited list on gender?").orElseThrow();
    assertTrue(reading.contains("No:"), reading);
    assertTrue(reading.contains("medium"), reading);
    assertTrue(reading.contains("Over-represented: Male."), reading);
    assertFalse(reading.contains("Under-represented"), reading);
    assertTrue(reading.contains("(p < 0.05)"), reading);
    assertFalse(reading.contains("p < 0.001"), reading);
    assertTrue(note(section, "lists no Prefer not to say").isPresent());
    assertTrue(note(section, "below 5").isEmpty(), "smallest expected is 10");
  }

  @Test
  void everybodyInOneCategory() {
    // 10 male vs 50/50: expected 5, 5; chi2 = 25/5 + 25/5 = 10, df 1, p = erfc(sqrt(5)) = 0.001565
    SectionResult section =
        section(
            repeat(10, new Row(null, "male", null, null)),
            Map.of("population.gender", "male:50%,female:50%"));
    assertEquals(1.0, value(section, "demographics.share.gender.male"), 0.0);
    assertEquals(0.0, value(section, "demographics.share.gender.female"), 0.0);
    assertEquals(10.0, value(section, "demographics.fit.gender.chi2"), 1e-12);
    assertEquals(1.0, value(section, "demographics.fit.gender.df"), 0.0);
    assertEquals(Erf.erfc(Math.sqrt(5)), value(section, "demographics.fit.gender.p_value"), 1e-12);
    assertEquals(1.0, value(section, "demographics.fit.gender.cohens_w"), 1e-12);
    String reading = note(section, "on gender?").orElseThrow();
    assertTrue(reading.contains("Over-represented: Male. Under-represented: Female."), reading);
    assertTrue(reading.contains("large"), reading);
  }

  @Test
  void aMalformedPopulationLeavesTheFitOutWithANoteAndKeepsTheRest() {
    List<Row> rows = new ArrayList<>(repeat(6, new Row("36-45", "male", null, null)));
    rows.addAll(repeat(6, new Row("46-55", "female", null, null)));
    SectionResult section =
        section(
            rows,
            Map.of(
                "population.gender", "men:0.54,women:0.46",
                "population.age_band", "36-45:1,46-55:1",
                "population.specialty", "surgery:lots,other:1"));
    assertTrue(
        section.statisticsByKey().keySet().stream()
            .noneMatch(k -> k.startsWith("demographics.fit.gender.")));
    assertTrue(
        section.statisticsByKey().keySet().stream()
            .noneMatch(k -> k.startsWith("demographics.fit.specialty.")));
    String gender = note(section, "Gender: the invited population entered").orElseThrow();
    assertTrue(gender.contains("demographics.population.gender"), gender);
    assertTrue(gender.contains("'men' is not an option of gender"), gender);
    assertTrue(
        note(section, "Specialty: the invited population entered")
            .orElseThrow()
            .contains("'lots', is not a number"));
    assertEquals(0.5, value(section, "demographics.share.gender.male"), 1e-12);
    // 6 and 6 against 1:1 fit exactly
    assertEquals(0.0, value(section, "demographics.fit.age_band.chi2"), 1e-12);
    assertEquals(1.0, value(section, "demographics.fit.age_band.p_value"), 1e-12);
  }

  @Test
  void aPopulationButNobodyAnsweredGivesUndefinedFigures() {
    SectionResult section =
        section(
            List.of(new Row(null, "male", null, null)),
            Map.of("population.age_band", SACRAMENTO_AGE));
    for (String key : List.of("chi2", "df", "p_value", "cohens_w")) {
      Statistic statistic = statistic(section, "demographics.fit.age_band." + key);
      assertTrue(Double.isNaN(statistic.value()), key);
      assertEquals(0L, statistic.basis(), key);
    }
    assertTrue(Double.isNaN(value(section, "demographics.share.age_band.36-45")));
    assertTrue(note(section, "on age band? Not known").isPresent());
  }

  @Test
  void aSingleResponseIsReportedAndSuppressed() {
    SectionResult section =
        section(
            List.of(new Row("56-65", "female", "government", "radiology")),
            Map.of(
                "population.practice_mode",
                "large-group:0.83,small-independent:0.1,government:0.07"));
    assertEquals(1.0, value(section, "demographics.share.age_band.56-65"), 0.0);
    assertEquals(0.0, value(section, "demographics.share.age_band.25-35"), 0.0);
    assertEquals(1.0, value(section, "demographics.share.specialty.radiology"), 0.0);
    assertTrue(section.withheld("demographics.share.age_band.56-65").isPresent());
    assertTrue(section.withheld("demographics.answered.gender").isPresent());
    assertTrue(section.withheld("demographics.fit.practice_mode.chi2").isPresent());
    assertTrue(section.withheld("demographics.fit.practice_mode.p_value").isPresent());
    // no verdict in words on one respondent (notes are not suppressed)
    assertTrue(note(section, "on practice mode? Not known: too few").isPresent());
  }

  @Test
  void noResponsesAtAll() {
    SectionResult section = section(List.of(), Map.of());
    assertTrue(Double.isNaN(value(section, "demographics.share.gender.male")));
    assertEquals(0.0, value(section, "demographics.answered.gender"), 0.0);
  }

  @Test
  void chartsArePieForGenderBarForAgeAndHorizontalBarsForModeAndSpecialty() {
    SectionResult section = section(EIGHT, Map.of());
    Map<String, ReportChart.Type> types = new HashMap<>();
    section.charts().forEach(c -> types.put(c.title(), c.type()));
    assertEquals(ReportChart.Type.PIE, types.get("Gender, % of those who answered"));
    assertEquals(ReportChart.Type.BAR, types.get("Age band, % of those who answered"));
    assertEquals(
        ReportChart.Type.HORIZONTAL_BAR, types.get("Practice mode, % of those who answered"));
    assertEquals(ReportChart.Type.HORIZONTAL_BAR, types.get("Specialty, % of those who answered"));
    ReportChart gender =
        section.charts().stream()
            .filter(c -> c.type() == ReportChart.Type.PIE)
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of(
            "Male", "Female", "Non-binary", "I describe myself another way", "Prefer not to say"),
        gender.labels());
  }

  @Test
  void tablesAndChartsReferOnlyToStatisticsOfTheSection() {
    List<Row> rows = new ArrayList<>(EIGHT);
    SectionResult section =
        section(
            rows,
            Map.of("population.age_band", SACRAMENTO_AGE, "population.gender", "male:1,female:1"));
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
    assertTrue(referenced.contains("demographics.fit.gender.p_value"));
    assertTrue(
        keys.containsAll(referenced),
        "unknown keys: " + referenced.stream().filter(k -> !keys.contains(k)).toList());
    assertTrue(keys.stream().allMatch(k -> k.startsWith("demographics.")), keys::toString);
    assertEquals(keys.size(), section.section().statistics().size(), "no key twice");
  }

  @Test
  void otherSectionsFindTheSubgroupsInTheDerivedVariables() {
    Demographics demographics = new Demographics();
    Answers answers = answers(new Row("46-55", "nonbinary", "medium-group", null));
    ScoredResponse response =
        new ScoredResponse(answers, demographics.score(answers, Settings.NONE));
    assertEquals(Optional.of("46-55"), Subgroups.of(response, "age_band"));
    assertEquals(Optional.of("nonbinary"), Subgroups.of(response, "gender"));
    assertEquals(Optional.of("medium-group"), Subgroups.of(response, "practice_mode"));
    assertEquals(Optional.empty(), Subgroups.of(response, "specialty"));
    assertNotNull(
        demographics.newReport(
            new org.joysurvey.spi.ReportContext(Settings.NONE, Set.of("demographics"))));
  }

  @Test
  void ageBandGenderAndPracticeModeReachOtherSectionsAsSubgroupDimensions() {
    Subgroups subgroups =
        InstrumentTestKit.of(new Demographics()).context("demographics").subgroups();
    assertEquals(
        List.of("age_band", "gender", "practice_mode"),
        subgroups.dimensions().stream().map(Subgroups.Dimension::name).toList());
    assertEquals(
        List.of("demographics.age_band", "demographics.gender", "demographics.practice_mode"),
        subgroups.dimensions().stream().map(Subgroups.Dimension::variable).toList());
    assertEquals(
        List.of("Age band", "Gender", "Practice mode"),
        subgroups.dimensions().stream().map(Subgroups.Dimension::title).toList());
    // the groups in the items' option order, with the short labels of the subgroup tables
    assertEquals(
        List.of(
            group("under-25", "Under 25"),
            group("25-35", "25-35"),
            group("36-45", "36-45"),
            group("46-55", "46-55"),
            group("56-65", "56-65"),
            group("65+", "Over 65")),
        groups(subgroups, "age_band"));
    assertEquals(
        List.of(
            group("male", "Male"),
            group("female", "Female"),
            group("nonbinary", "Non-binary"),
            group("self-describe", "Self-described"),
            group("prefer-not", "Prefer not to say")),
        groups(subgroups, "gender"));
    assertEquals(
        List.of(
            group("small-independent", "Small independent (1-10)"),
            group("medium-group", "Medium group (11-150)"),
            group("large-group", "Large group (150+)"),
            group("government", "Government"),
            group("fqhc", "FQHC"),
            group("academic", "Academic"),
            group("other", "Other")),
        groups(subgroups, "practice_mode"));
  }

  private static Subgroups.Group group(String code, String label) {
    return new Subgroups.Group(code, label);
  }

  private static List<Subgroups.Group> groups(Subgroups subgroups, String dimension) {
    return subgroups.dimension(dimension).orElseThrow().groups();
  }
}
