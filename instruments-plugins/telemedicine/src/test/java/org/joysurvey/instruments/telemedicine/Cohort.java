package org.joysurvey.instruments.telemedicine;

import java.util.List;
import java.util.Map;
import org.joysurvey.report.SectionReport;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.Statistic;
import org.joysurvey.testkit.Cells;
import org.joysurvey.testkit.Sections;

/** Test helper: this instrument's rows read as the platform reads them, and its section of them. */
final class Cohort {

  static final Cells CELLS = new Cells(List.of(new Telemedicine()));

  private Cohort() {}

  /** The answers of one row of text cells (full item codes); throws on anything the platform rejects. */
  static Answers answers(Map<String, String> cells) {
    return CELLS.read(cells);
  }

  static SectionReport section(List<Map<String, String>> rows) {
    return Sections.of(new Telemedicine(), rows);
  }

  static Statistic statistic(SectionReport section, String key) {
    return Sections.statistic(section, key);
  }

  static double value(SectionReport section, String key) {
    return Sections.value(section, key);
  }
}
