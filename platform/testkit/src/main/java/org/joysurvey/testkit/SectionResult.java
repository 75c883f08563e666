package org.joysurvey.testkit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joysurvey.spi.ReportChart;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.ReportTable;
import org.joysurvey.spi.ReportTextList;
import org.joysurvey.spi.Statistic;

/**
 * One instrument's section of a report the {@link InstrumentTestKit} computed, with what the
 * platform's small-cell rule withholds from publication.
 *
 * @param instrument the instrument's id
 * @param section the section the plugin built: statistics, tables, charts, free-text lists, notes
 * @param withheld the statistic keys and free-text item codes the small-cell rule withholds, each
 *     with its reason, in the section's order; the statistics themselves keep their exact values
 * @param responses how many responses the report read
 * @param threshold the suppression threshold k the rule applied
 */
public record SectionResult(
    String instrument,
    ReportSection section,
    Map<String, String> withheld,
    long responses,
    int threshold) {

  public SectionResult {
    withheld = Collections.unmodifiableMap(new LinkedHashMap<>(withheld));
  }

  /** The section's statistics by key, in the section's order (a key given twice keeps the last). */
  public Map<String, Statistic> statisticsByKey() {
    Map<String, Statistic> byKey = new LinkedHashMap<>();
    section.statistics().forEach(s -> byKey.put(s.key(), s));
    return byKey;
  }

  /** The statistic of this key; an {@link AssertionError} lists the keys there are. */
  public Statistic statistic(String key) {
    Map<String, Statistic> byKey = statisticsByKey();
    Statistic statistic = byKey.get(key);
    if (statistic == null) {
      throw new AssertionError("no statistic " + key + " in " + byKey.keySet());
    }
    return statistic;
  }

  /** The exact value of the statistic of this key. */
  public double value(String key) {
    return statistic(key).value();
  }

  /** Why the statistic or free-text list of this key is withheld, or empty when it is published. */
  public Optional<String> withheld(String key) {
    return Optional.ofNullable(withheld.get(key));
  }

  public boolean isWithheld(String key) {
    return withheld.containsKey(key);
  }

  public List<ReportTable> tables() {
    return section.tables();
  }

  public List<ReportChart> charts() {
    return section.charts();
  }

  public List<ReportTextList> texts() {
    return section.texts();
  }

  public List<String> notes() {
    return section.notes();
  }
}
