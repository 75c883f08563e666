package org.joysurvey.instruments.orgimprovement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joysurvey.spi.ReportChart;
import org.joysurvey.spi.ReportTable;
import org.joysurvey.spi.ReportTextList;
import org.joysurvey.spi.Statistic;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.Test;

/**
 * The org-improvement section, through the platform's report engine, on small cohorts worked out by
 * hand.
 */
class OrgImprovementReportTest {

  private static final InstrumentTestKit EDITION = InstrumentTestKit.of(new OrgImprovement());

  private static final String WL = "org-improvement.worklife_top3";
  private static final String EHR = "org-improvement.ehr_top5";

  /**
   * Five responses (rank order):
   *
   * <pre>
   *   R1 worklife: schedule-control, self-care-time, fewer-hours
   *      ehr:      in-person-scribes, voice-recognition, hie-integration, remote-scribes,
   *                one-on-one-training
   *   R2 worklife: self-care-time, schedule-control
   *      ehr:      voice-recognition, in-person-scribes
   *   R3 worklife: self-care-time           ehr: (unanswered)
   *   R4 worklife: other + text             ehr: additional-training, other + text
   *   R5 worklife: (unanswered)             ehr: in-person-scribes
   * </pre>
   */
  static final List<Map<String, String>> SMALL =
      List.of(
          Map.of(
              WL,
              "schedule-control;self-care-time;fewer-hours",
              EHR,
              "in-person-scribes;voice-recognition;hie-integration;"
                  + "remote-scribes;one-on-one-training"),
          Map.of(WL, "self-care-time;schedule-control", EHR, "voice-recognition;in-person-scribes"),
          Map.of(WL, "self-care-time", EHR, ""),
          Map.of(
              WL,
              "other",
              "org-improvement.worklife_other",
              "  On-site child care  ",
              EHR,
              "additional-training;other",
              "org-improvement.ehr_other",
              "<b>Fewer</b> clicks"),
          Map.of(EHR, "in-person-scribes"));

  /**
   * The org-improvement section of an edition of org-improvement alone holding these rows of text
   * cells.
   */
  static SectionResult section(List<Map<String, String>> rows) {
    return EDITION.section("org-improvement", rows);
  }

  private static ReportChart chart(SectionResult section, String titleStart) {
    return section.charts().stream()
        .filter(c -> c.title().startsWith(titleStart))
        .findFirst()
        .orElseThrow();
  }

  private static ReportTable table(SectionResult section, String titleStart) {
    return section.tables().stream()
        .filter(t -> t.title().startsWith(titleStart))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> firstColumn(ReportTable table) {
    return table.rows().stream().map(row -> ((ReportTable.Text) row.get(0)).text()).toList();
  }

  @Test
  void worklifeSharesAreOfThoseWhoRankedAnything() {
    // 4 ranked something (R5 did not): schedule-control R1, R2 -> 2/4; self-care-time R1, R2, R3 ->
    // 3/4;
    // fewer-hours R1 -> 1/4; other R4 -> 1/4; personal-assistant, healthy-activity-time 0/4
    SectionResult section = section(SMALL);
    assertEquals(2.0 / 4, section.value(WL + ".schedule-control"), 1e-12);
    assertEquals(3.0 / 4, section.value(WL + ".self-care-time"), 1e-12);
    assertEquals(1.0 / 4, section.value(WL + ".fewer-hours"), 1e-12);
    assertEquals(1.0 / 4, section.value(WL + ".other"), 1e-12);
    assertEquals(0.0, section.value(WL + ".personal-assistant"), 0.0);
    assertEquals(0.0, section.value(WL + ".healthy-activity-time"), 0.0);
    Statistic selfCare = section.statistic(WL + ".self-care-time");
    assertEquals(Statistic.Kind.PROPORTION, selfCare.kind());
    assertEquals(3L, selfCare.numerator());
    assertEquals(4L, selfCare.basis());
  }

  @Test
  void worklifeMeanRanksAreOfThoseWhoRankedTheOption() {
    // schedule-control ranks 1 (R1), 2 (R2) -> 1.5 over 2; self-care-time 2, 1, 1 -> 4/3 over 3;
    // fewer-hours 3 -> 3 over 1; other 1 -> 1 over 1; never ranked -> undefined, basis 0
    SectionResult section = section(SMALL);
    String mean = "org-improvement.worklife_top3_mean_rank.";
    assertEquals(1.5, section.value(mean + "schedule-control"), 1e-12);
    assertEquals(2L, section.statistic(mean + "schedule-control").basis());
    assertEquals(4.0 / 3, section.value(mean + "self-care-time"), 1e-12);
    assertEquals(3L, section.statistic(mean + "self-care-time").basis());
    assertEquals(3.0, section.value(mean + "fewer-hours"), 1e-12);
    assertEquals(1.0, section.value(mean + "other"), 1e-12);
    assertTrue(Double.isNaN(section.value(mean + "personal-assistant")));
    assertEquals(0L, section.statistic(mean + "personal-assistant").basis());
    assertEquals(Statistic.Kind.VALUE, section.statistic(mean + "fewer-hours").kind());
  }

  @Test
  void ehrSharesAndMeanRanks() {
    // 4 ranked something (R3 did not): in-person-scribes R1 (1), R2 (2), R5 (1) -> 3/4, mean 4/3;
    // voice-recognition R1 (2), R2 (1) -> 2/4, mean 1.5; hie-integration R1 (3) -> 1/4, mean 3;
    // remote-scribes R1 (4) -> 1/4, mean 4; one-on-one-training R1 (5) -> 1/4, mean 5;
    // additional-training R4 (1) -> 1/4, mean 1; other R4 (2) -> 1/4, mean 2
    SectionResult section = section(SMALL);
    String mean = "org-improvement.ehr_top5_mean_rank.";
    assertEquals(3.0 / 4, section.value(EHR + ".in-person-scribes"), 1e-12);
    assertEquals(4.0 / 3, section.value(mean + "in-person-scribes"), 1e-12);
    assertEquals(2.0 / 4, section.value(EHR + ".voice-recognition"), 1e-12);
    assertEquals(1.5, section.value(mean + "voice-recognition"), 1e-12);
    assertEquals(1.0 / 4, section.value(EHR + ".hie-integration"), 1e-12);
    assertEquals(3.0, section.value(mean + "hie-integration"), 1e-12);
    assertEquals(4.0, section.value(mean + "remote-scribes"), 1e-12);
    assertEquals(5.0, section.value(mean + "one-on-one-training"), 1e-12);
    assertEquals(1.0, section.value(mean + "additional-training"), 1e-12);
    assertEquals(1.0 / 4, section.value(EHR + ".other"), 1e-12);
    assertEquals(2.0, section.value(mean + "other"), 1e-12);
    assertEquals(4L, section.statistic(EHR + ".other").basis());
  }

  @Test
  void chartAndTableSortOptionsByShareThenCode() {
    // worklife: self-care-time 3, schedule-control 2, then fewer-hours and other (1 each, by code),
    // then healthy-activity-time and personal-assistant (0 each, by code)
    SectionResult section = section(SMALL);
    ReportChart worklife = chart(section, "Work-life");
    assertEquals(ReportChart.Type.HORIZONTAL_BAR, worklife.type());
    assertEquals(
        List.of(
            WL + ".self-care-time",
            WL + ".schedule-control",
            WL + ".fewer-hours",
            WL + ".other",
            WL + ".healthy-activity-time",
            WL + ".personal-assistant"),
        worklife.series().get(0).statisticKeys());
    assertEquals("Protected time for self-care", worklife.labels().get(0));
    assertEquals("Something else", worklife.labels().get(3));
    // ehr: in-person 3, voice 2, then the five with 1 each by code
    ReportChart ehr = chart(section, "EHR");
    assertEquals(ReportChart.Type.HORIZONTAL_BAR, ehr.type());
    assertEquals(
        List.of(
            EHR + ".in-person-scribes",
            EHR + ".voice-recognition",
            EHR + ".additional-training",
            EHR + ".hie-integration",
            EHR + ".one-on-one-training",
            EHR + ".other",
            EHR + ".remote-scribes"),
        ehr.series().get(0).statisticKeys());
    // the tables follow the same order, with share and mean rank per row
    ReportTable table = table(section, "Work-life");
    assertEquals(worklife.labels(), firstColumn(table));
    assertEquals(
        new ReportTable.StatisticRef(WL + ".self-care-time", ReportTable.Format.COUNT_AND_PERCENT),
        table.rows().get(0).get(1));
    assertEquals(
        new ReportTable.StatisticRef(
            "org-improvement.worklife_top3_mean_rank.self-care-time", ReportTable.Format.DECIMAL),
        table.rows().get(0).get(2));
    assertEquals(ehr.labels(), firstColumn(table(section, "EHR")));
    assertTrue(table.title().contains("of 4 who ranked"), table.title());
  }

  @Test
  void otherTextsAreCollectedStrippedAndWithheldWhenFew() {
    SectionResult section = section(SMALL);
    List<ReportTextList> texts = section.texts();
    assertEquals(
        List.of("org-improvement.worklife_other", "org-improvement.ehr_other"),
        texts.stream().map(ReportTextList::item).toList());
    assertEquals(1L, texts.get(0).answered());
    assertEquals(List.of("On-site child care"), texts.get(0).texts());
    // kept as written: the platform escapes it when it prints it
    assertEquals(List.of("<b>Fewer</b> clicks"), texts.get(1).texts());
    assertTrue(
        section.withheld("org-improvement.worklife_other").isPresent(),
        "one text is too few to publish");
  }

  @Test
  void twelveOtherTextsArePublished() {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      rows.add(Map.of(WL, "other", "org-improvement.worklife_other", "Idea " + i));
    }
    SectionResult section = section(rows);
    ReportTextList list = section.texts().get(0);
    assertEquals(12L, list.answered());
    assertEquals(12, list.texts().size());
    assertTrue(section.withheld("org-improvement.worklife_other").isEmpty());
    // everybody ranked only "other": share 1, mean rank 1
    assertEquals(1.0, section.value(WL + ".other"), 0.0);
    assertEquals(1.0, section.value("org-improvement.worklife_top3_mean_rank.other"), 0.0);
    assertEquals(0.0, section.value(WL + ".fewer-hours"), 0.0);
    assertTrue(Double.isNaN(section.value(EHR + ".other")), "nobody answered the EHR item");
  }

  @Test
  void singleResponseIsReportedAndSuppressed() {
    SectionResult section = section(List.of(Map.of(WL, "fewer-hours;schedule-control")));
    assertEquals(1.0, section.value(WL + ".fewer-hours"), 0.0);
    assertEquals(
        2.0, section.value("org-improvement.worklife_top3_mean_rank.schedule-control"), 0.0);
    assertTrue(section.withheld(WL + ".fewer-hours").isPresent());
    assertTrue(
        section.withheld("org-improvement.worklife_top3_mean_rank.schedule-control").isPresent());
  }

  @Test
  void nobodyAnsweringGivesUndefinedStatisticsNotAFailure() {
    SectionResult section = section(List.of(Map.of(), Map.of(WL, "", EHR, "")));
    for (String option :
        List.of(
            "schedule-control",
            "self-care-time",
            "fewer-hours",
            "personal-assistant",
            "healthy-activity-time",
            "other")) {
      assertTrue(Double.isNaN(section.value(WL + "." + option)), option);
      assertEquals(0L, section.statistic(WL + "." + option).basis());
      assertTrue(
          Double.isNaN(section.value("org-improvement.worklife_top3_mean_rank." + option)), option);
    }
    assertTrue(Double.isNaN(section.value(EHR + ".in-person-scribes")));
    assertEquals(0L, section.texts().get(1).answered());
  }

  @Test
  void everySpecKeyIsProducedAndTablesAndChartsReferOnlyToThem() {
    SectionResult section = section(SMALL);
    Set<String> keys = section.statisticsByKey().keySet();
    // 6 + 7 shares and as many mean ranks
    assertEquals(26, keys.size(), keys::toString);
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
    assertEquals(keys, referenced);
    assertTrue(keys.stream().allMatch(k -> k.startsWith("org-improvement.")), keys::toString);
    assertFalse(section.notes().isEmpty());
  }
}
