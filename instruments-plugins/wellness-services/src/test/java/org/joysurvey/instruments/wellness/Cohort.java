package org.joysurvey.instruments.wellness;

import org.joysurvey.testing.Cells;
import org.joysurvey.testing.MiniZStandIn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joysurvey.report.Report;
import org.joysurvey.report.ReportEngine;
import org.joysurvey.report.SectionReport;
import org.joysurvey.report.SmallCellRule;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.Settings;
import org.joysurvey.spi.Statistic;

/** Test helper: reads text rows as the platform does and runs them through the report engine. */
final class Cohort {

  private Cohort() {}

  /**
   * The wellness-services section of these rows (cells keyed by full item code), with the Mini-Z
   * stand-in in the edition or not, and the edition's wellness-services settings ({@code null}: none).
   */
  static SectionReport section(List<Map<String, String>> rows, boolean withMiniZ, Settings settings) {
    List<Instrument> instruments = withMiniZ
        ? List.of(new MiniZStandIn(), new WellnessServices()) : List.of(new WellnessServices());
    Cells cells = new Cells(instruments);
    Map<String, Settings> bySettings = settings == null ? Map.of() : Map.of(WellnessServices.ID, settings);
    ReportEngine engine = new ReportEngine(instruments, bySettings, new SmallCellRule(5));
    for (Map<String, String> row : rows) {
      Map<String, String> own = new HashMap<>(row);
      if (!withMiniZ) {
        own.keySet().removeIf(code -> code.startsWith("mini-z.")); // an edition without Mini-Z has no such column
      }
      engine.accept(cells.read(own));
    }
    Report report = engine.finish();
    assertEquals(rows.size(), report.responses());
    SectionReport section = report.sections().stream()
        .filter(s -> s.instrument().equals(WellnessServices.ID)).findFirst().orElseThrow();
    assertFalse(section.isFailed(), section.error());
    return section;
  }

  static Statistic statistic(SectionReport section, String key) {
    Statistic statistic = section.statisticsByKey().get(key);
    if (statistic == null) {
      throw new AssertionError("no statistic " + key + " in " + section.statisticsByKey().keySet());
    }
    return statistic;
  }

  static double value(SectionReport section, String key) {
    return statistic(section, key).value();
  }
}
