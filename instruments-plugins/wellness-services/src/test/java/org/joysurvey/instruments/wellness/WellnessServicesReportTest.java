package org.joysurvey.instruments.wellness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joysurvey.spi.ReportChart;
import org.joysurvey.spi.ReportTable;
import org.joysurvey.spi.Settings;
import org.joysurvey.spi.Statistic;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.MiniZStandIn;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.Test;

/**
 * The wellness-services section, through the platform's report engine, on small cohorts worked out
 * by hand.
 */
class WellnessServicesReportTest {

  private static final String P = "wellness-services.";

  /**
   * Twelve responses (Mini-Z 3+ = burned out):
   *
   * <pre>
   *   R1  self-pay                    3 burned out
   *   R2  employer                    1
   *   R3  society                     4 burned out
   *   R4  self-pay, employer          5 burned out
   *   R5  self-pay, society           2
   *   R6  employer, society           3 burned out
   *   R7  all three                   - (Mini-Z unanswered)
   *   R8  none                        3 burned out
   *   R9  none                        1
   *   R10 (unanswered)                5 burned out
   *   R11 self-pay                    4 burned out
   *   R12 employer, self-pay          2
   * </pre>
   */
  static final List<Map<String, String>> SMALL =
      List.of(
          row("self-pay", 3),
          row("employer", 1),
          row("society", 4),
          row("self-pay;employer", 5),
          row("self-pay;society", 2),
          row("employer;society", 3),
          row("self-pay;employer;society", null),
          row("none", 3),
          row("none", 1),
          row("", 5),
          row("self-pay", 4),
          row("employer;self-pay", 2));

  /**
   * The wellness-services section of these rows (cells keyed by full item code), with the Mini-Z
   * stand-in in the edition or not, and the edition's wellness-services settings ({@code null}:
   * none).
   */
  static SectionResult section(
      List<Map<String, String>> rows, boolean withMiniZ, Settings settings) {
    InstrumentTestKit edition =
        withMiniZ
            ? InstrumentTestKit.of(new MiniZStandIn(), new WellnessServices())
            : InstrumentTestKit.of(new WellnessServices());
    if (settings != null) {
      for (Map.Entry<String, String> setting : settings.values().entrySet()) {
        edition =
            edition.withSetting(WellnessServices.ID + "." + setting.getKey(), setting.getValue());
      }
    }
    List<Map<String, String>> own =
        rows.stream()
            .map(
                row -> {
                  Map<String, String> copy = new HashMap<>(row);
                  if (!withMiniZ) {
                    copy.keySet()
                        .removeIf(
                            code ->
                                code.startsWith(
                                    "mini-z.")); // an edition without Mini-Z has no such column
                  }
                  return copy;
                })
            .toList();
    return edition.section(WellnessServices.ID, own);
  }

  /** A row: services used ("" = unanswered) and the Mini-Z level (null = unanswered). */
  static Map<String, String> row(String used, Integer miniZ) {
    Map<String, String> row = new HashMap<>();
    row.put("wellness-services.used", used);
    row.put("mini-z.burnout", miniZ == null ? "" : miniZ.toString());
    return row;
  }

  @Test
  void ratesAreOfThoseWhoAnswered() {
    // 11 answered (R10 did not); any = 11 - 2 none = 9 -> 9/11
    // self-pay R1 R4 R5 R7 R11 R12 = 6/11; employer R2 R4 R6 R7 R12 = 5/11; society R3 R5 R6 R7 =
    // 4/11; none 2/11
    SectionResult section = section(SMALL, true, null);
    assertEquals(9.0 / 11, section.value(P + "any_rate"), 1e-12);
    assertEquals(9L, section.statistic(P + "any_rate").numerator());
    assertEquals(11L, section.statistic(P + "any_rate").basis());
    assertEquals(6.0 / 11, section.value(P + "rate.self-pay"), 1e-12);
    assertEquals(5.0 / 11, section.value(P + "rate.employer"), 1e-12);
    assertEquals(4.0 / 11, section.value(P + "rate.society"), 1e-12);
    assertEquals(2.0 / 11, section.value(P + "rate.none"), 1e-12);
  }

  @Test
  void vennRegionsAreExclusiveCountsKeyedBySortedCodes() {
    // self-pay only R1 R11 = 2; employer only R2 = 1; society only R3 = 1; employer+self-pay R4 R12
    // = 2;
    // self-pay+society R5 = 1; employer+society R6 = 1; all three R7 = 1 (sum 9 = any)
    SectionResult section = section(SMALL, true, null);
    Map<String, Double> expected =
        Map.of(
            P + "venn.self-pay",
            2.0,
            P + "venn.employer",
            1.0,
            P + "venn.society",
            1.0,
            P + "venn.employer+self-pay",
            2.0,
            P + "venn.self-pay+society",
            1.0,
            P + "venn.employer+society",
            1.0,
            P + "venn.employer+self-pay+society",
            1.0);
    expected.forEach(
        (key, count) -> {
          assertEquals(count, section.value(key), 0.0, key);
          assertEquals(Statistic.Kind.COUNT, section.statistic(key).kind(), key);
        });
    assertEquals(
        7,
        section.statisticsByKey().keySet().stream().filter(k -> k.startsWith(P + "venn.")).count());
  }

  @Test
  void vennChartFollowsTheChartTypesRegionOrder() {
    // sets A = self-pay, B = employer, C = society: A, B, C, A+B, A+C, B+C, A+B+C
    SectionResult section = section(SMALL, true, null);
    ReportChart venn =
        section.charts().stream()
            .filter(c -> c.type() == ReportChart.Type.VENN3)
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of(
            P + "venn.self-pay",
            P + "venn.employer",
            P + "venn.society",
            P + "venn.employer+self-pay",
            P + "venn.self-pay+society",
            P + "venn.employer+society",
            P + "venn.employer+self-pay+society"),
        venn.series().get(0).statisticKeys());
    assertEquals(3, venn.labels().size());
    assertTrue(venn.labels().get(0).toLowerCase().contains("self-pay"), venn.labels().toString());
    assertTrue(venn.labels().get(1).toLowerCase().contains("employer"), venn.labels().toString());
    assertEquals("The society's wellness program", venn.labels().get(2));
  }

  @Test
  void useAmongTheBurnedOutIsOfThoseWhoAnsweredBoth() {
    // burned out and answered: R1 R3 R4 R6 R8 R11 = 6 (R10 skipped the question, R7 skipped Mini-Z)
    // self-pay R1 R4 R11 = 3/6; employer R4 R6 = 2/6; society R3 R6 = 2/6; none R8 = 1/6; any 5/6
    // not burned out: R2 R5 R9 R12 = 4: self-pay R5 R12 = 2/4; employer R2 R12 = 2/4; society R5 =
    // 1/4; none R9 1/4
    SectionResult section = section(SMALL, true, null);
    assertEquals(3.0 / 6, section.value(P + "among_burnout.self-pay"), 1e-12);
    assertEquals(2.0 / 6, section.value(P + "among_burnout.employer"), 1e-12);
    assertEquals(2.0 / 6, section.value(P + "among_burnout.society"), 1e-12);
    assertEquals(1.0 / 6, section.value(P + "among_burnout.none"), 1e-12);
    assertEquals(5.0 / 6, section.value(P + "among_burnout.any"), 1e-12);
    assertEquals(6L, section.statistic(P + "among_burnout.self-pay").basis());
    assertEquals(2.0 / 4, section.value(P + "among_not_burnout.self-pay"), 1e-12);
    assertEquals(2.0 / 4, section.value(P + "among_not_burnout.employer"), 1e-12);
    assertEquals(1.0 / 4, section.value(P + "among_not_burnout.society"), 1e-12);
    assertEquals(1.0 / 4, section.value(P + "among_not_burnout.none"), 1e-12);
    assertEquals(4L, section.statistic(P + "among_not_burnout.society").basis());
  }

  @Test
  void withoutMiniZThereIsNoUseAmongTheBurnedOut() {
    SectionResult section = section(SMALL, false, null);
    assertTrue(
        section.statisticsByKey().keySet().stream().noneMatch(k -> k.contains("among_")),
        section.statisticsByKey().keySet()::toString);
    assertEquals(9.0 / 11, section.value(P + "any_rate"), 1e-12);
    assertNull(
        section.tables().stream()
            .filter(t -> t.title().contains("burnout"))
            .findFirst()
            .orElse(null));
  }

  @Test
  void theEditionsProgramLabelNamesTheSocietyService() {
    SectionResult section =
        section(SMALL, true, new Settings(Map.of("program_label", "Joy of Medicine")));
    ReportChart venn =
        section.charts().stream()
            .filter(c -> c.type() == ReportChart.Type.VENN3)
            .findFirst()
            .orElseThrow();
    assertTrue(venn.labels().get(2).startsWith("Joy of Medicine"), venn.labels().get(2));
    assertTrue(section.statistic(P + "rate.society").label().contains("Joy of Medicine"));
    ReportTable rates = section.tables().get(0);
    assertTrue(
        rates.rows().stream()
            .anyMatch(
                r ->
                    r.get(0) instanceof ReportTable.Text t
                        && t.text().startsWith("Joy of Medicine")),
        rates.toString());
    assertTrue(section.notes().stream().anyMatch(n -> n.contains("\"Joy of Medicine\"")));
    // the figures do not change with the name
    assertEquals(4.0 / 11, section.value(P + "rate.society"), 1e-12);
  }

  @Test
  void everybodyUsingAllThreeAndNobodyAnswering() {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      rows.add(row("society;employer;self-pay", 4));
    }
    SectionResult section = section(rows, true, null);
    assertEquals(1.0, section.value(P + "any_rate"), 0.0);
    assertEquals(1.0, section.value(P + "rate.society"), 0.0);
    assertEquals(0.0, section.value(P + "rate.none"), 0.0);
    assertEquals(6.0, section.value(P + "venn.employer+self-pay+society"), 0.0);
    assertEquals(0.0, section.value(P + "venn.employer"), 0.0);
    assertEquals(1.0, section.value(P + "among_burnout.employer"), 0.0);
    assertTrue(
        Double.isNaN(section.value(P + "among_not_burnout.employer")), "nobody is not burned out");

    SectionResult empty = section(List.of(row("", null), row("", 2)), true, null);
    assertTrue(Double.isNaN(empty.value(P + "any_rate")));
    assertEquals(0L, empty.statistic(P + "any_rate").basis());
    assertTrue(Double.isNaN(empty.value(P + "rate.self-pay")));
    assertTrue(Double.isNaN(empty.value(P + "among_burnout.society")));
    assertEquals(0.0, empty.value(P + "venn.society"), 0.0);
  }

  @Test
  void singleResponseIsReportedAndSuppressed() {
    SectionResult section = section(List.of(row("employer", 5)), true, null);
    assertEquals(1.0, section.value(P + "rate.employer"), 0.0);
    assertEquals(1.0, section.value(P + "venn.employer"), 0.0);
    assertEquals(1.0, section.value(P + "among_burnout.employer"), 0.0);
    for (String key : section.statisticsByKey().keySet()) {
      assertTrue(section.withheld(key).isPresent(), key + " rests on at most one respondent");
    }
  }

  @Test
  void everySpecKeyIsProducedAndTablesAndChartsReferOnlyToThem() {
    SectionResult section = section(SMALL, true, null);
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
    assertEquals(keys, referenced);
    assertTrue(keys.stream().allMatch(k -> k.startsWith(P)), keys::toString);
    // any_rate, 4 rates, 7 regions, 5 + 5 among the burned-out and the others
    assertEquals(22, keys.size(), keys::toString);
    assertFalse(section.notes().isEmpty());
  }
}
