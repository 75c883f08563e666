package org.joysurvey.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.joysurvey.disclosure.Suppression;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.Statistic;

/**
 * One instrument's part of a report: the section it built (or, if the plugin failed, the reason)
 * and what must not be published: statistics by key, free-text lists by item code.
 */
public record SectionReport(
    String instrument,
    String instrumentVersion,
    ReportSection section,
    List<Suppression> suppressed,
    String error) {

  public SectionReport {
    suppressed = List.copyOf(suppressed);
  }

  public static SectionReport failed(String instrument, String version, String error) {
    return new SectionReport(instrument, version, null, List.of(), error);
  }

  public boolean isFailed() {
    return section == null;
  }

  public Map<String, Statistic> statisticsByKey() {
    return section == null
        ? Map.of()
        : section.statistics().stream()
            .collect(Collectors.toMap(Statistic::key, Function.identity(), (a, b) -> b));
  }

  public Optional<Suppression> suppression(String key) {
    return suppressed.stream().filter(s -> s.key().equals(key)).findFirst();
  }
}
