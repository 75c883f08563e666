package org.joysurvey.instruments.telemedicine;

import org.joysurvey.testing.Cells;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.joysurvey.report.Report;
import org.joysurvey.report.ReportEngine;
import org.joysurvey.report.SectionReport;
import org.joysurvey.report.SmallCellRule;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.Statistic;

/** Test helper: reads text rows as the platform does and runs them through the report engine. */
final class Cohort {

  static final Cells CELLS = new Cells(List.of(new Telemedicine()));

  private Cohort() {}

  /** The answers of one row of text cells (full item codes); throws on anything the platform rejects. */
  static Answers answers(Map<String, String> cells) {
    return CELLS.read(cells);
  }

  /** The telemedicine section of these rows. */
  static SectionReport section(List<Map<String, String>> rows) {
    ReportEngine engine = new ReportEngine(List.of(new Telemedicine()), Map.of(), new SmallCellRule(5));
    rows.forEach(row -> engine.accept(answers(row)));
    Report report = engine.finish();
    assertEquals(rows.size(), report.responses());
    SectionReport section = report.sections().get(0);
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
