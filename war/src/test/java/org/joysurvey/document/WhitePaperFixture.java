package org.joysurvey.document;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joysurvey.demo.SyntheticResponses;
import org.joysurvey.disclosure.SmallCellRule;
import org.joysurvey.disclosure.Suppression;
import org.joysurvey.edition.AccessMode;
import org.joysurvey.edition.EditionStatus;
import org.joysurvey.edition.EditionView;
import org.joysurvey.instruments.covid19.Covid19Impact;
import org.joysurvey.instruments.demographics.Demographics;
import org.joysurvey.instruments.engagement.EngagementDrivers;
import org.joysurvey.instruments.mbi2.Mbi2;
import org.joysurvey.instruments.miniz.MiniZ;
import org.joysurvey.instruments.orgimprovement.OrgImprovement;
import org.joysurvey.instruments.telemedicine.Telemedicine;
import org.joysurvey.instruments.wellness.WellnessServices;
import org.joysurvey.narrative.Narrative;
import org.joysurvey.publication.PublicReport;
import org.joysurvey.publication.Publication;
import org.joysurvey.publication.SurveyFacts;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.report.Comparisons;
import org.joysurvey.report.EditionReport;
import org.joysurvey.report.Report;
import org.joysurvey.report.SectionReport;
import org.joysurvey.society.SocietyProfile;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.KeyFinding;
import org.joysurvey.testkit.CohortFixture;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.SectionResult;

/**
 * A white paper of the eight built-in instruments: the 200-response cohort as 2020, compared with
 * 300 synthetic responses as 2018, published as version 2, with a narrative.
 */
final class WhitePaperFixture {

  static final List<Instrument> ALL =
      List.of(
          new Demographics(),
          new MiniZ(),
          new Mbi2(),
          new EngagementDrivers(),
          new OrgImprovement(),
          new Telemedicine(),
          new Covid19Impact(),
          new WellnessServices());

  static final int K = 5;

  private WhitePaperFixture() {}

  /** The live 2020 report (withheld figures still in it, marked). */
  static EditionReport live() throws IOException {
    InstrumentTestKit kit = InstrumentTestKit.of(ALL).withThreshold(K);
    List<Map<String, String>> rows = CohortFixture.rows("");
    Report current = report(kit, id -> kit.section(id, rows), rows.size());

    SyntheticResponses generator = new SyntheticResponses(new Questionnaire(ALL), 2018, 0.03);
    List<Answers> earlier = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      earlier.add(generator.next());
    }
    Report previous = report(kit, id -> kit.sectionOfAnswers(id, earlier), earlier.size());
    Map<String, Comparisons.PreviousEdition> byInstrument = new HashMap<>();
    for (Instrument i : ALL) {
      byInstrument.put(i.metadata().id(), new Comparisons.PreviousEdition(1, 2018, K, previous));
    }
    var comparisons =
        Comparisons.build(current, 2020, new SmallCellRule(K), byInstrument, List.of());
    return new EditionReport(edition(current.responses()), List.of(), current, comparisons);
  }

  /**
   * A live report of {@code n} responses drawn from the demo's 2020 profile, compared with {@code
   * n} from its 2018 one: the white paper's benchmark.
   */
  static EditionReport demoLike(int n) throws IOException {
    InstrumentTestKit kit = InstrumentTestKit.of(ALL).withThreshold(K);
    Questionnaire questionnaire = new Questionnaire(ALL);
    List<Answers> now = draw(questionnaire, 2020, n);
    List<Answers> then = draw(questionnaire, 2018, n);
    Report current = report(kit, id -> kit.sectionOfAnswers(id, now), n);
    Report previous = report(kit, id -> kit.sectionOfAnswers(id, then), n);
    Map<String, Comparisons.PreviousEdition> byInstrument = new HashMap<>();
    for (Instrument i : ALL) {
      byInstrument.put(i.metadata().id(), new Comparisons.PreviousEdition(1, 2018, K, previous));
    }
    var comparisons =
        Comparisons.build(current, 2020, new SmallCellRule(K), byInstrument, List.of());
    return new EditionReport(edition(n), List.of(), current, comparisons);
  }

  private static List<Answers> draw(Questionnaire questionnaire, int year, int n) {
    org.joysurvey.demo.DemoProfile profile = org.joysurvey.demo.DemoProfile.forYear(year);
    SyntheticResponses generator =
        new SyntheticResponses(questionnaire, profile.seed(), 0.03, profile);
    List<Answers> answers = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      answers.add(generator.next());
    }
    return answers;
  }

  private interface Sections {
    SectionResult of(String instrument) throws IOException;
  }

  private static Report report(InstrumentTestKit kit, Sections sections, long responses)
      throws IOException {
    List<SectionReport> reports = new ArrayList<>();
    for (Instrument i : kit.instruments()) {
      String id = i.metadata().id();
      SectionResult result = sections.of(id);
      List<Suppression> suppressed = new ArrayList<>();
      result.withheld().forEach((key, reason) -> suppressed.add(new Suppression(key, reason)));
      reports.add(
          new SectionReport(id, i.metadata().version(), result.section(), suppressed, null));
    }
    return new Report(responses, K, reports);
  }

  static EditionView edition(long responses) {
    return new EditionView(
        2,
        2020,
        "Joy of Medicine",
        EditionStatus.CLOSED,
        ALL.stream().map(i -> i.metadata().id()).toList(),
        Map.of(),
        K,
        responses,
        1,
        AccessMode.INVITATION);
  }

  static Narrative narrative() {
    return new Narrative(
        "Physician burnout is *common*.\n\nThis report <script>alert('x')</script> has"
            + " <b>raw HTML</b> and a [dangerous link](javascript:alert(1)).",
        "Burnout did not fall.",
        "1. Reduce the EHR burden.\n2. Protect time off.",
        "The questionnaire is in the society's archive.",
        Map.of("mini-z", "The Mini-Z asks one question on burnout."));
  }

  static DocumentSource source(EditionReport live, boolean published) {
    Publication publication =
        published
            ? new Publication(
                2,
                null,
                2,
                LocalDate.of(2021, 3, 1),
                "analyst",
                "Second version",
                live.report().responses(),
                K,
                new LinkedHashMap<>())
            : null;
    Map<String, List<KeyFinding>> findings = new HashMap<>();
    for (Instrument i : ALL) {
      findings.put(i.metadata().id(), i.keyFindings());
    }
    return new DocumentSource(
        new SocietyProfile(
            "Sierra Sacramento Valley Medical Society", null, "#1f4e79", null, null, null),
        PublicReport.of(live),
        publication,
        narrative(),
        new SurveyFacts(
            LocalDate.of(2020, 10, 1), LocalDate.of(2020, 11, 30), 5420L, "entered", 200),
        findings,
        null);
  }
}
