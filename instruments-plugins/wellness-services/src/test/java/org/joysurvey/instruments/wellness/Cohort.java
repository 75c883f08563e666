package org.joysurvey.instruments.wellness;

import org.joysurvey.testkit.MiniZStandIn;
import org.joysurvey.testkit.Sections;


import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joysurvey.report.SectionReport;
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
    Map<String, Settings> bySettings = settings == null ? Map.of() : Map.of(WellnessServices.ID, settings);
    List<Map<String, String>> own = rows.stream().map(row -> {
      Map<String, String> copy = new HashMap<>(row);
      if (!withMiniZ) {
        copy.keySet().removeIf(code -> code.startsWith("mini-z.")); // an edition without Mini-Z has no such column
      }
      return (Map<String, String>) copy;
    }).toList();
    return Sections.of(WellnessServices.ID, instruments, bySettings, own);
  }

  static Statistic statistic(SectionReport section, String key) {
    return Sections.statistic(section, key);
  }

  static double value(SectionReport section, String key) {
    return Sections.value(section, key);
  }
}
