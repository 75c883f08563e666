package org.joysurvey.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.joysurvey.report.Report;
import org.joysurvey.report.ReportEngine;
import org.joysurvey.report.SectionReport;
import org.joysurvey.report.SmallCellRule;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.Settings;
import org.joysurvey.spi.Statistic;

/**
 * Runs rows of text cells (full item codes), read as the platform reads them, through the report
 * engine, and returns one instrument's section: how plugin tests check their statistics.
 */
public final class Sections {

  private Sections() {}

  /** The section of {@code instrumentId} in an edition of {@code instruments} holding these rows. */
  public static SectionReport of(
      String instrumentId, List<Instrument> instruments, Map<String, Settings> settings,
      List<Map<String, String>> rows) {
    Cells cells = new Cells(instruments);
    ReportEngine engine = new ReportEngine(instruments, settings, new SmallCellRule(5));
    rows.forEach(row -> engine.accept(cells.read(row)));
    Report report = engine.finish();
    assertEquals(rows.size(), report.responses());
    SectionReport section = report.sections().stream()
        .filter(s -> s.instrument().equals(instrumentId)).findFirst().orElseThrow();
    assertFalse(section.isFailed(), section.error());
    return section;
  }

  /** The section of an edition holding only {@code instrument}, with its default settings. */
  public static SectionReport of(Instrument instrument, List<Map<String, String>> rows) {
    return of(instrument.metadata().id(), List.of(instrument), Map.of(), rows);
  }

  public static Statistic statistic(SectionReport section, String key) {
    Statistic statistic = section.statisticsByKey().get(key);
    if (statistic == null) {
      throw new AssertionError("no statistic " + key + " in " + section.statisticsByKey().keySet());
    }
    return statistic;
  }

  public static double value(SectionReport section, String key) {
    return statistic(section, key).value();
  }
}
