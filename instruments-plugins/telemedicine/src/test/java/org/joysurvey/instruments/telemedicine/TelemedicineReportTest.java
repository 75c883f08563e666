package org.joysurvey.instruments.telemedicine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joysurvey.spi.ReportChart;
import org.joysurvey.spi.ReportTable;
import org.joysurvey.spi.Statistic;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.Test;

/**
 * The telemedicine section, through the platform's report engine, on small cohorts worked out by
 * hand.
 */
class TelemedicineReportTest {

  private static final InstrumentTestKit EDITION = InstrumentTestKit.of(new Telemedicine());

  private static final List<String> STATEMENTS =
      List.of(
          "improves_access",
          "user_friendly",
          "improves_worklife",
          "improves_care",
          "attracts_patients",
          "improves_efficiency");

  /**
   * Seven responses; statements in the order access, user-friendly, work life, care, attracts,
   * efficiency.
   *
   * <pre>
   *   R1 uses yes, ehr yes,    yes no  yes yes no  yes
   *   R2 uses yes, ehr no,     yes yes no  -   no  no
   *   R3 uses yes, ehr unsure, no  -   -   -   -   -
   *   R4 uses yes, nothing else
   *   R5 uses no
   *   R6 uses no
   *   R7 nothing answered
   * </pre>
   */
  static final List<Map<String, String>> SMALL =
      List.of(
          row("yes", "yes", "yes", "no", "yes", "yes", "no", "yes"),
          row("yes", "no", "yes", "yes", "no", "", "no", "no"),
          row("yes", "unsure", "no"),
          row("yes", ""),
          row("no", ""),
          row("no", ""),
          Map.of());

  /**
   * The telemedicine section of an edition of telemedicine alone holding these rows of text cells.
   */
  static SectionResult section(List<Map<String, String>> rows) {
    return EDITION.section("telemedicine", rows);
  }

  /** A row: uses, ehr_integrated, then the six statements in order ("" = unanswered). */
  static Map<String, String> row(String uses, String ehr, String... statements) {
    Map<String, String> row = new HashMap<>();
    row.put("telemedicine.uses", uses);
    row.put("telemedicine.ehr_integrated", ehr);
    for (int i = 0; i < statements.length; i++) {
      row.put("telemedicine." + STATEMENTS.get(i), statements[i]);
    }
    return row;
  }

  @Test
  void usesRateIsOfThoseWhoAnswered() {
    // 6 answered (R7 did not), 4 yes -> 4/6
    SectionResult section = section(SMALL);
    assertEquals(4.0 / 6, section.value("telemedicine.uses_rate"), 1e-12);
    assertEquals(4L, section.statistic("telemedicine.uses_rate").numerator());
    assertEquals(6L, section.statistic("telemedicine.uses_rate").basis());
  }

  @Test
  void ehrIntegratedRateIsOfUsersWhoAnswered() {
    // users who answered: R1 yes, R2 no, R3 unsure (R4 skipped it) -> 1/3; no 1/3, unsure 1/3
    SectionResult section = section(SMALL);
    assertEquals(1.0 / 3, section.value("telemedicine.ehr_integrated_rate"), 1e-12);
    assertEquals(3L, section.statistic("telemedicine.ehr_integrated_rate").basis());
    assertEquals(1.0 / 3, section.value("telemedicine.ehr_integrated_share.yes"), 1e-12);
    assertEquals(1.0 / 3, section.value("telemedicine.ehr_integrated_share.no"), 1e-12);
    assertEquals(1.0 / 3, section.value("telemedicine.ehr_integrated_share.unsure"), 1e-12);
  }

  @Test
  void agreementIsOfUsersWhoAnsweredEachStatement() {
    // access: R1 yes, R2 yes, R3 no -> 2/3; user-friendly: R1 no, R2 yes -> 1/2; work life: yes, no
    // -> 1/2;
    // care: R1 yes only -> 1/1; attracts: no, no -> 0/2; efficiency: yes, no -> 1/2
    SectionResult section = section(SMALL);
    double[] expected = {2.0 / 3, 1.0 / 2, 1.0 / 2, 1.0, 0.0, 1.0 / 2};
    long[] bases = {3, 2, 2, 1, 2, 2};
    for (int i = 0; i < STATEMENTS.size(); i++) {
      String key = "telemedicine.agree." + STATEMENTS.get(i);
      assertEquals(expected[i], section.value(key), 1e-12, key);
      assertEquals(bases[i], section.statistic(key).basis(), key);
      assertEquals(Statistic.Kind.PROPORTION, section.statistic(key).kind(), key);
    }
  }

  @Test
  void everybodyAgreesWithEverything() {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      rows.add(row("yes", "yes", "yes", "yes", "yes", "yes", "yes", "yes"));
    }
    SectionResult section = section(rows);
    assertEquals(1.0, section.value("telemedicine.uses_rate"), 0.0);
    assertEquals(1.0, section.value("telemedicine.ehr_integrated_rate"), 0.0);
    assertEquals(0.0, section.value("telemedicine.ehr_integrated_share.unsure"), 0.0);
    for (String statement : STATEMENTS) {
      assertEquals(1.0, section.value("telemedicine.agree." + statement), 0.0, statement);
      assertTrue(section.withheld("telemedicine.agree." + statement).isEmpty(), statement);
    }
    assertTrue(
        section.withheld("telemedicine.ehr_integrated_share.no").isPresent(),
        "0 of 10 is a small count");
  }

  @Test
  void withoutUsersTheFollowUpsAreUndefinedNotAFailure() {
    // 8 non-users: uses_rate 0 of 8; nobody was shown the follow-ups
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      rows.add(row("no", ""));
    }
    SectionResult section = section(rows);
    assertEquals(0.0, section.value("telemedicine.uses_rate"), 0.0);
    assertEquals(8L, section.statistic("telemedicine.uses_rate").basis());
    assertTrue(Double.isNaN(section.value("telemedicine.ehr_integrated_rate")));
    assertEquals(0L, section.statistic("telemedicine.ehr_integrated_rate").basis());
    for (String statement : STATEMENTS) {
      assertTrue(Double.isNaN(section.value("telemedicine.agree." + statement)), statement);
    }
  }

  @Test
  void nobodyAnsweringGivesUndefinedStatistics() {
    SectionResult section = section(List.of(Map.of(), Map.of()));
    assertTrue(Double.isNaN(section.value("telemedicine.uses_rate")));
    assertEquals(0L, section.statistic("telemedicine.uses_rate").basis());
  }

  @Test
  void singleResponseIsReportedAndSuppressed() {
    SectionResult section = section(List.of(row("yes", "no", "yes")));
    assertEquals(1.0, section.value("telemedicine.uses_rate"), 0.0);
    assertEquals(0.0, section.value("telemedicine.ehr_integrated_rate"), 0.0);
    assertEquals(1.0, section.value("telemedicine.agree.improves_access"), 0.0);
    for (String key : section.statisticsByKey().keySet()) {
      assertTrue(section.withheld(key).isPresent(), key + " rests on at most one respondent");
    }
  }

  @Test
  void chartShowsAgreementWithEveryStatement() {
    SectionResult section = section(SMALL);
    List<ReportChart> charts = section.charts();
    assertEquals(1, charts.size());
    ReportChart chart = charts.get(0);
    assertEquals(ReportChart.Type.HORIZONTAL_BAR, chart.type());
    assertEquals(
        STATEMENTS.stream().map(s -> "telemedicine.agree." + s).toList(),
        chart.series().get(0).statisticKeys());
    assertEquals(6, chart.labels().size());
    assertTrue(
        section.notes().stream().anyMatch(n -> n.contains("hidden")),
        "the denominators are explained");
  }

  @Test
  void everySpecKeyIsProducedAndTablesAndChartsReferOnlyToThem() {
    SectionResult section = section(SMALL);
    Set<String> keys = section.statisticsByKey().keySet();
    Set<String> spec =
        new HashSet<>(List.of("telemedicine.uses_rate", "telemedicine.ehr_integrated_rate"));
    STATEMENTS.forEach(s -> spec.add("telemedicine.agree." + s));
    assertTrue(keys.containsAll(spec), keys::toString);
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
    assertTrue(keys.stream().allMatch(k -> k.startsWith("telemedicine.")), keys::toString);
    assertFalse(section.tables().isEmpty());
  }
}
