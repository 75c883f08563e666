package org.joysurvey.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.joysurvey.demo.DemoProfile;
import org.joysurvey.demo.SyntheticResponses;
import org.joysurvey.disclosure.Suppression;
import org.joysurvey.instruments.covid19.Covid19Impact;
import org.joysurvey.instruments.demographics.Demographics;
import org.joysurvey.instruments.engagement.EngagementDrivers;
import org.joysurvey.instruments.mbi2.Mbi2;
import org.joysurvey.instruments.miniz.MiniZ;
import org.joysurvey.instruments.orgimprovement.OrgImprovement;
import org.joysurvey.instruments.telemedicine.Telemedicine;
import org.joysurvey.instruments.wellness.WellnessServices;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.Statistic;
import org.joysurvey.testkit.CohortFixture;
import org.joysurvey.testkit.DisclosureAuditor;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every built-in section, as the platform withholds it, against the independent auditor: nothing
 * withheld can be recomputed from what is published, on the 200-response fixture at several k and
 * on cohorts built to hide one cell of a line, of a subgroup table and of a Venn diagram. With
 * small-cell suppression alone the auditor finds those cells, so it would catch a missing rule.
 */
class BuiltInSectionsDisclosureTest {

  private static final List<Instrument> ALL =
      List.of(
          new Demographics(),
          new MiniZ(),
          new Mbi2(),
          new EngagementDrivers(),
          new OrgImprovement(),
          new Telemedicine(),
          new Covid19Impact(),
          new WellnessServices());

  private static InstrumentTestKit kit(int k) {
    return InstrumentTestKit.of(ALL).withThreshold(k);
  }

  /** What small-cell suppression alone would withhold: numerator or basis below k. */
  private static Set<String> primaryOnly(SectionResult result) {
    return result.section().statistics().stream()
        .filter(
            s ->
                s.basis() < result.threshold()
                    || (s.numerator() != null && s.numerator() < result.threshold()))
        .map(Statistic::key)
        .collect(Collectors.toSet());
  }

  private static long protecting(SectionResult result) {
    return result.withheld().values().stream().filter(Suppression.PROTECTS_ANOTHER::equals).count();
  }

  @ParameterizedTest(name = "k = {0}")
  @ValueSource(ints = {5, 10, 20, 40})
  void nothingWithheldOfAnyBuiltInSectionFollowsOnTheCohort(int k) throws IOException {
    List<Map<String, String>> rows = CohortFixture.rows("");
    InstrumentTestKit kit = kit(k);
    List<String> findings = new ArrayList<>();
    for (Instrument instrument : ALL) {
      String id = instrument.metadata().id();
      SectionResult result = kit.section(id, rows);
      DisclosureAuditor.recomputable(result).forEach(f -> findings.add(id + ": " + f));
    }
    assertEquals(List.of(), findings);
  }

  /** The demo's line: 47 slightly agree, 19 agree, 4 strongly agree, positive 70. */
  private static List<Map<String, String>> oneHiddenCellOfALine() {
    int[] counts = {40, 30, 20, 47, 19, 4};
    List<Map<String, String>> rows = new ArrayList<>();
    for (int point = 1; point <= 6; point++) {
      rows.addAll(
          Collections.nCopies(
              counts[point - 1],
              InstrumentTestKit.row("engagement-drivers.meaning_work", Integer.toString(point))));
    }
    return rows;
  }

  @Test
  void theDemosStronglyAgreeIsNoLongerTheRemainderOfItsPositiveLine() {
    SectionResult result = kit(5).section("engagement-drivers", oneHiddenCellOfALine());
    String six = "engagement-drivers.share.meaning_work.6";
    String five = "engagement-drivers.share.meaning_work.5";

    assertTrue(
        DisclosureAuditor.recomputable(result.section(), primaryOnly(result), 5).stream()
            .anyMatch(f -> f.startsWith("N " + six + " = 4")),
        "small-cell suppression alone leaves 70 - 47 - 19 = 4");
    assertTrue(result.isWithheld(six));
    assertEquals(Suppression.PROTECTS_ANOTHER, result.withheld().get(five));
    assertEquals(List.of(), DisclosureAuditor.recomputable(result));
  }

  /** 3 of 7 academics burned out, next to 50 and 40 respondents of two other modes. */
  private static List<Map<String, String>> oneHiddenGroup() {
    List<Map<String, String>> rows = new ArrayList<>();
    add(rows, 20, "large-group", "4");
    add(rows, 30, "large-group", "1");
    add(rows, 15, "medium-group", "3");
    add(rows, 25, "medium-group", "2");
    add(rows, 3, "academic", "5");
    add(rows, 4, "academic", "2");
    return rows;
  }

  private static void add(List<Map<String, String>> rows, int n, String mode, String burnout) {
    rows.addAll(
        Collections.nCopies(
            n,
            InstrumentTestKit.row("demographics.practice_mode", mode, "mini-z.burnout", burnout)));
  }

  @Test
  void theHiddenPracticeModeNoLongerFollowsFromTheOverallRate() {
    SectionResult result = kit(5).section("mini-z", oneHiddenGroup());

    assertFalse(
        DisclosureAuditor.recomputable(result.section(), primaryOnly(result), 5).isEmpty(),
        "small-cell suppression alone leaves the academics' count to subtraction");
    assertTrue(protecting(result) > 0, result.withheld().toString());
    assertEquals(List.of(), DisclosureAuditor.recomputable(result));
  }

  /** Two respondents used the self-paid and the society's services and not the employer's. */
  private static List<Map<String, String>> oneHiddenVennRegion() {
    List<Map<String, String>> rows = new ArrayList<>();
    String used = "wellness-services.used";
    rows.addAll(Collections.nCopies(30, InstrumentTestKit.row(used, "self-pay")));
    rows.addAll(Collections.nCopies(25, InstrumentTestKit.row(used, "employer")));
    rows.addAll(Collections.nCopies(20, InstrumentTestKit.row(used, "society")));
    rows.addAll(Collections.nCopies(12, InstrumentTestKit.row(used, "self-pay;employer")));
    rows.addAll(Collections.nCopies(2, InstrumentTestKit.row(used, "self-pay;society")));
    rows.addAll(Collections.nCopies(9, InstrumentTestKit.row(used, "employer;society")));
    rows.addAll(Collections.nCopies(8, InstrumentTestKit.row(used, "self-pay;employer;society")));
    rows.addAll(Collections.nCopies(40, InstrumentTestKit.row(used, "none")));
    return rows;
  }

  @Test
  void theHiddenVennRegionNoLongerFollowsFromTheServiceRates() {
    SectionResult result = kit(5).section("wellness-services", oneHiddenVennRegion());

    assertFalse(
        DisclosureAuditor.recomputable(result.section(), primaryOnly(result), 5).isEmpty(),
        "small-cell suppression alone leaves the region to subtraction");
    assertTrue(protecting(result) > 0, result.withheld().toString());
    assertEquals(List.of(), DisclosureAuditor.recomputable(result));
  }

  /**
   * The demo's own answers: what a newcomer reads on first start (the 2018 and 2020 editions at
   * their sizes), and the generic generator's, which the benchmarks use.
   */
  @ParameterizedTest(name = "profile {0}, {1} responses")
  @CsvSource({"2018, 412", "2020, 568", "generic, 300", "generic, 568"})
  void onTheDemosSyntheticAnswersNothingWithheldFollowsWhereSmallCellsAloneGaveCellsAway(
      String profile, int n) {
    Questionnaire questionnaire = new Questionnaire(ALL);
    SyntheticResponses generator =
        new SyntheticResponses(
            questionnaire,
            2020,
            0.03,
            profile.equals("generic")
                ? DemoProfile.GENERIC
                : DemoProfile.forYear(Integer.parseInt(profile)));
    List<Answers> answers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      answers.add(generator.next());
    }
    InstrumentTestKit kit = kit(5);
    List<String> afterTheRule = new ArrayList<>();
    List<String> withSmallCellsAlone = new ArrayList<>();
    for (Instrument instrument : ALL) {
      String id = instrument.metadata().id();
      SectionResult result = kit.sectionOfAnswers(id, answers);
      DisclosureAuditor.recomputable(result).forEach(f -> afterTheRule.add(id + ": " + f));
      withSmallCellsAlone.addAll(
          DisclosureAuditor.recomputable(result.section(), primaryOnly(result), 5));
    }
    if (!profile.equals("generic") || n == 300) {
      // what a newcomer reads, and the generic answers at 300 (the 70 - 47 - 19 among them)
      assertFalse(withSmallCellsAlone.isEmpty(), "the demo has cells that subtraction gives away");
    }
    assertEquals(List.of(), afterTheRule);
  }
}
