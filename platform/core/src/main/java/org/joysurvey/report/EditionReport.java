package org.joysurvey.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joysurvey.edition.EditionView;

/**
 * An edition's report, with the instruments it could not include because they are not installed,
 * the comparison of its proportions with earlier years, by statistic key, and the one group it is
 * restricted to, if any ({@code null}: everyone).
 */
public record EditionReport(
    EditionView edition,
    List<String> missingInstruments,
    Report report,
    Map<String, Comparison> comparisons,
    ReportGroup group) {

  public EditionReport {
    missingInstruments = List.copyOf(missingInstruments);
    comparisons = Collections.unmodifiableMap(new LinkedHashMap<>(comparisons));
  }

  /** The report of everyone. */
  public EditionReport(
      EditionView edition,
      List<String> missingInstruments,
      Report report,
      Map<String, Comparison> comparisons) {
    this(edition, missingInstruments, report, comparisons, null);
  }

  /** A report without comparisons. */
  public EditionReport(EditionView edition, List<String> missingInstruments, Report report) {
    this(edition, missingInstruments, report, Map.of());
  }

  public Optional<Comparison> comparison(String key) {
    return Optional.ofNullable(comparisons.get(key));
  }
}
