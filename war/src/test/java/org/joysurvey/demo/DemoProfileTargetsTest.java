package org.joysurvey.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.joysurvey.instruments.covid19.Covid19Impact;
import org.joysurvey.instruments.demographics.Demographics;
import org.joysurvey.instruments.engagement.EngagementDrivers;
import org.joysurvey.instruments.mbi2.Mbi2;
import org.joysurvey.instruments.miniz.MiniZ;
import org.joysurvey.instruments.orgimprovement.OrgImprovement;
import org.joysurvey.instruments.telemedicine.Telemedicine;
import org.joysurvey.instruments.wellness.WellnessServices;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.questionnaire.QuestionnaireItem;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.Instrument;
import org.junit.jupiter.api.Test;

/**
 * The demo profiles make the generated cohort look like the published 2020 survey (the figures
 * quoted in docs/instruments/*.md), and 2018's a little different. Every share is counted here from
 * the generated answers themselves, not through the report engine, on 5,000 responses with a fixed
 * seed; the tolerance (2.5 percentage points unless stated) is about three and a half standard
 * errors of a share at that size, so the check is about the profile and not luck.
 */
class DemoProfileTargetsTest {

  private static final int N = 5_000;
  private static final double TOLERANCE = 0.025;

  private static final List<Instrument> ALL =
      List.of(
          new Demographics(),
          new EngagementDrivers(),
          new MiniZ(),
          new Mbi2(),
          new OrgImprovement(),
          new Telemedicine(),
          new Covid19Impact(),
          new WellnessServices());

  private static final Questionnaire QUESTIONNAIRE = new Questionnaire(ALL);

  private static final List<Answers> COHORT_2020 = cohort(2020, 7);

  private static List<Answers> cohort(int year, long seed) {
    SyntheticResponses generator =
        new SyntheticResponses(QUESTIONNAIRE, seed, 0.03, DemoProfile.forYear(year));
    List<Answers> answers = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      answers.add(generator.next());
    }
    return answers;
  }

  @Test
  void aboutAThirdAreBurnedOutOnTheMiniZWithTheLevelsOfThe2020Report() {
    // 33.7% of 568 at level 3 or more; 47 at level 4 and 14 at level 5
    assertNear(0.337, share(COHORT_2020, "mini-z.burnout", v -> v >= 3), "Mini-Z burnout");
    assertNear(47 / 568.0, share(COHORT_2020, "mini-z.burnout", v -> v == 4), "level 4");
    assertNear(14 / 568.0, share(COHORT_2020, "mini-z.burnout", v -> v == 5), "level 5");
  }

  @Test
  void aboutAQuarterAreBurnedOutOnTheMbiAndTheTwoMeasuresAgreeAsPublished() {
    // 27% at the default threshold 4 (either item once a week or more); phi = 0.6498
    int[][] table = new int[2][2];
    int burned = 0;
    int known = 0;
    for (Answers a : COHORT_2020) {
      Boolean mbi = mbiBurnout(a);
      if (mbi == null) {
        continue;
      }
      known++;
      burned += mbi ? 1 : 0;
      if (a.scale("mini-z.burnout").isPresent()) {
        table[a.scale("mini-z.burnout").getAsInt() >= 3 ? 1 : 0][mbi ? 1 : 0]++;
      }
    }
    assertNear(0.27, burned / (double) known, "MBI burnout");
    double a = table[0][0];
    double b = table[0][1];
    double c = table[1][0];
    double d = table[1][1];
    double phi = (a * d - b * c) / Math.sqrt((a + b) * (c + d) * (a + c) * (b + d));
    assertEquals(0.65, phi, 0.05, "phi of the two burnout flags");
  }

  @Test
  void ageBandsGenderAndPracticeModeAreThoseOfThe2020Respondents() {
    // 12/32/31/18/7% by age 25-35 ... 65+; 54% male, 46% female; 83% large group
    Map<String, Double> age = Map.of("25-35", .12, "36-45", .32, "46-55", .31, "56-65", .18);
    age.forEach(
        (band, target) ->
            assertNear(target, choiceShare(COHORT_2020, "demographics.age_band", band), band));
    assertNear(0.07, choiceShare(COHORT_2020, "demographics.age_band", "65+"), "65+");
    assertNear(0.54, choiceShare(COHORT_2020, "demographics.gender", "male"), "male");
    assertNear(0.46, choiceShare(COHORT_2020, "demographics.gender", "female"), "female");
    assertNear(
        0.83, choiceShare(COHORT_2020, "demographics.practice_mode", "large-group"), "large group");
  }

  @Test
  void engagementIsMostlyPositiveAndLowerAmongTheBurnedOut() {
    // positive = 4, 5 or 6; culture 85%, workload 75%, compensation 73%
    assertNear(0.85, positive(COHORT_2020, List.of("culture_values", "culture_leadership")), "c");
    assertNear(
        0.75, positive(COHORT_2020, List.of("workload_manageable", "compensation_fair")), "w");
    assertNear(0.73, positive(COHORT_2020, List.of("compensation_fair")), "compensation");
    List<String> all =
        QUESTIONNAIRE.itemsOf(EngagementDrivers.ID).stream().map(qi -> qi.item().code()).toList();
    assertTrue(positive(COHORT_2020, all) > 0.6, "mostly positive");
    double burned = positive(burnedOut(COHORT_2020, true), all);
    double others = positive(burnedOut(COHORT_2020, false), all);
    assertTrue(burned < others - 0.1, "burned out " + burned + " vs " + others);
  }

  @Test
  void telemedicineStatementsAreAnsweredByItsUsersOnlyAtThePublishedShares() {
    // 76% use it; of the users 78% integrated, 72% agree that it improves access
    assertNear(0.76, choiceShare(COHORT_2020, "telemedicine.uses", "yes"), "uses");
    List<Answers> users =
        COHORT_2020.stream().filter(a -> a.choice("telemedicine.uses").equals(yes())).toList();
    assertNear(0.78, choiceShare(users, "telemedicine.ehr_integrated", "yes"), "integrated");
    assertNear(0.72, choiceShare(users, "telemedicine.improves_access", "yes"), "access");
    for (Answers a : COHORT_2020) {
      if (!a.choice("telemedicine.uses").equals(yes())) {
        Set<String> answered =
            a.values().keySet().stream()
                .filter(k -> k.startsWith("telemedicine.") && !k.equals("telemedicine.uses"))
                .collect(Collectors.toSet());
        assertEquals(Set.of(), answered, "a non-user answered a user's question");
      }
    }
  }

  @Test
  void covidFiguresAreNearThe2020ReportAndMoreHoursGoWithBurnout() {
    assertNear(0.84, choiceShare(COHORT_2020, "covid19-impact.future_practice", "yes"), "future");
    assertNear(0.46, choiceShare(COHORT_2020, "covid19-impact.obligated_to_work", "yes"), "obl");
    assertNear(0.84, chosenShare(COHORT_2020, "covid19-impact.worries", "loved-ones-sick"), "lo");
    assertNear(0.64, chosenShare(COHORT_2020, "covid19-impact.worries", "self-sick"), "self");
    for (Answers a : COHORT_2020) {
      if (a.isAnswered("covid19-impact.future_changes")) {
        assertEquals(yes(), a.choice("covid19-impact.future_practice"), "shown if yes only");
      }
    }
    Predicate<Answers> moreHours =
        a ->
            a.choice("covid19-impact.hours_change")
                .filter(h -> h.startsWith("increased"))
                .isPresent();
    double burned = fraction(burnedOut(COHORT_2020, true), moreHours);
    double others = fraction(burnedOut(COHORT_2020, false), moreHours);
    assertTrue(burned > others + 0.1, "more hours: burned out " + burned + " vs " + others);
  }

  @Test
  void rankedSuggestionsAndWellnessServicesAreNearThe2020Report() {
    // ranked anywhere: in-person scribes 40%, voice recognition 22%; schedule control 40%,
    // self-care time 37%; wellness: 56% any, at least 4% all three
    String ehr = "org-improvement.ehr_top5";
    String worklife = "org-improvement.worklife_top3";
    assertNear(0.40, chosenShare(COHORT_2020, ehr, "in-person-scribes"), "scribes");
    assertNear(0.22, chosenShare(COHORT_2020, ehr, "voice-recognition"), "voice");
    assertNear(0.40, chosenShare(COHORT_2020, worklife, "schedule-control"), "schedule");
    assertNear(0.37, chosenShare(COHORT_2020, worklife, "self-care-time"), "self-care");
    String used = "wellness-services.used";
    assertNear(0.56, 1 - chosenShare(COHORT_2020, used, "none"), "any service");
    double allThree =
        fraction(
            answering(COHORT_2020, used),
            a -> a.choices(used).containsAll(List.of("self-pay", "employer", "society")));
    assertTrue(allThree >= 0.04, "all three: " + allThree);
    for (Answers a : COHORT_2020) {
      assertTrue(a.choices(ehr).size() <= 5 && a.choices(worklife).size() <= 3, "rank limits");
      assertFalse(a.choices(used).contains("none") && a.choices(used).size() > 1, "none alone");
    }
  }

  @Test
  void in2018FewerAreBurnedOutAndFarFewerUseTelemedicine() {
    List<Answers> cohort2018 = cohort(2018, 7);
    double burnout2018 = share(cohort2018, "mini-z.burnout", v -> v >= 3);
    double burnout2020 = share(COHORT_2020, "mini-z.burnout", v -> v >= 3);
    assertTrue(
        burnout2020 - burnout2018 > 0.01 && burnout2020 - burnout2018 < 0.05,
        "2018 " + burnout2018 + ", 2020 " + burnout2020);
    assertTrue(
        choiceShare(cohort2018, "telemedicine.uses", "yes")
            < choiceShare(COHORT_2020, "telemedicine.uses", "yes") - 0.3,
        "telemedicine before the pandemic");
  }

  @Test
  void theDemoEditionsOwnResponsesShowAboutAThirdBurnedOutIn2020AndALittleLessIn2018() {
    // what DemoEdition stores: the profile's seed and size; 2018 without covid19-impact, which
    // leaves every other item's answers as they are
    Questionnaire without =
        new Questionnaire(ALL.stream().filter(i -> !(i instanceof Covid19Impact)).toList());
    List<Answers> demo2018 = demoSample(2018, without);
    List<Answers> demo2020 = demoSample(2020, QUESTIONNAIRE);
    double miniZ2018 = share(demo2018, "mini-z.burnout", v -> v >= 3);
    double miniZ2020 = share(demo2020, "mini-z.burnout", v -> v >= 3);
    assertEquals(0.337, miniZ2020, 0.01, "the 2020 report's 33.7%");
    assertEquals(0.27, mbiRate(demo2020), 0.01, "the 2020 report's 27%");
    assertEquals(0.31, miniZ2018, 0.01, "2018");
    assertEquals(0.25, mbiRate(demo2018), 0.01, "2018");
    assertTrue(miniZ2020 > miniZ2018 && mbiRate(demo2020) > mbiRate(demo2018), "burnout rose");
    DemoProfile profile2018 = DemoProfile.forYear(2018);
    SyntheticResponses withCovid =
        new SyntheticResponses(QUESTIONNAIRE, profile2018.seed(), 0.03, profile2018);
    Answers first = withCovid.next();
    assertEquals(demo2018.get(0).get("mini-z.burnout"), first.get("mini-z.burnout"));
  }

  private static List<Answers> demoSample(int year, Questionnaire questionnaire) {
    DemoProfile profile = DemoProfile.forYear(year);
    SyntheticResponses generator =
        new SyntheticResponses(questionnaire, profile.seed(), 0.03, profile);
    List<Answers> answers = new ArrayList<>();
    for (int i = 0; i < profile.responses(); i++) {
      answers.add(generator.next());
    }
    return answers;
  }

  private static double mbiRate(List<Answers> cohort) {
    List<Boolean> known = cohort.stream().map(DemoProfileTargetsTest::mbiBurnout).toList();
    return known.stream().filter(Boolean.TRUE::equals).count()
        / (double) known.stream().filter(b -> b != null).count();
  }

  @Test
  void everyProfiledItemIsAnItemOfTheBuiltInInstruments() {
    // the generator ignores an item that is not in the questionnaire, so a misspelt code would
    // silently fall back to the generic rules
    Set<String> codes =
        QUESTIONNAIRE.items().stream().map(QuestionnaireItem::code).collect(Collectors.toSet());
    for (int year : DemoEdition.PUBLISHED_YEARS) {
      DemoProfile profile = DemoProfile.forYear(year);
      assertEquals(
          Set.of(),
          profile.items().keySet().stream()
              .filter(c -> !codes.contains(c))
              .collect(Collectors.toSet()),
          year + "");
      assertTrue(profile.responses() > 0, "the profile says how many respond in " + year);
    }
  }

  @Test
  void eachPublishedYearHasItsNarrativeInMarkdownMarkedAsDemoData() {
    List<String> ids = ALL.stream().map(i -> i.metadata().id()).toList();
    for (int year : DemoEdition.PUBLISHED_YEARS) {
      Map<String, String> blocks = DemoNarrative.forYear(year, ids);
      List<String> names = new ArrayList<>(blocks.keySet());
      assertEquals(DemoNarrative.INTRODUCTION, names.get(0));
      assertEquals(DemoNarrative.CLOSING, names.subList(names.size() - 3, names.size()));
      assertTrue(blocks.get(DemoNarrative.INTRODUCTION).contains("**Demo data.**"), year + "");
      assertTrue(blocks.get("appendices").contains("generated"), year + "");
      assertTrue(blocks.get("recommendations").contains("https://"), year + "");
      for (String id : ids) {
        if (!(year == 2018 && id.equals(Covid19Impact.ID))) {
          assertFalse(blocks.getOrDefault(id, "").isBlank(), year + " " + id);
        }
      }
    }
    assertEquals(Map.of(), DemoNarrative.forYear(1999, ids));
  }

  private static void assertNear(double target, double actual, String what) {
    assertEquals(target, actual, TOLERANCE, what);
  }

  private static java.util.Optional<String> yes() {
    return java.util.Optional.of("yes");
  }

  private static Boolean mbiBurnout(Answers a) {
    var ee = a.scale("mbi-2.ee");
    var dp = a.scale("mbi-2.dp");
    if ((ee.isPresent() && ee.getAsInt() >= 4) || (dp.isPresent() && dp.getAsInt() >= 4)) {
      return true;
    }
    return ee.isPresent() && dp.isPresent() ? false : null;
  }

  private static List<Answers> burnedOut(List<Answers> cohort, boolean burned) {
    return cohort.stream()
        .filter(a -> a.scale("mini-z.burnout").isPresent())
        .filter(a -> (a.scale("mini-z.burnout").getAsInt() >= 3) == burned)
        .toList();
  }

  private static List<Answers> answering(List<Answers> cohort, String code) {
    return cohort.stream().filter(a -> a.isAnswered(code)).toList();
  }

  private static double fraction(List<Answers> cohort, Predicate<Answers> p) {
    return cohort.stream().filter(p).count() / (double) cohort.size();
  }

  private static double share(
      List<Answers> cohort, String code, java.util.function.IntPredicate level) {
    return fraction(answering(cohort, code), a -> level.test(a.scale(code).getAsInt()));
  }

  private static double choiceShare(List<Answers> cohort, String code, String option) {
    return fraction(answering(cohort, code), a -> a.choice(code).orElseThrow().equals(option));
  }

  private static double chosenShare(List<Answers> cohort, String code, String option) {
    return fraction(answering(cohort, code), a -> a.choices(code).contains(option));
  }

  /** Positive answers (4 to 6) over all answers to the given engagement items. */
  private static double positive(List<Answers> cohort, List<String> items) {
    long positive = 0;
    long all = 0;
    for (Answers a : cohort) {
      for (String item : items) {
        var value = a.scale(EngagementDrivers.ID + "." + item);
        if (value.isPresent()) {
          all++;
          positive += value.getAsInt() >= 4 ? 1 : 0;
        }
      }
    }
    return positive / (double) all;
  }
}
