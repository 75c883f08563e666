package org.joysurvey.publication;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joysurvey.disclosure.Suppression;
import org.joysurvey.report.Comparison;
import org.joysurvey.report.EditionReport;
import org.joysurvey.report.Report;
import org.joysurvey.report.SectionReport;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.ReportTextList;
import org.joysurvey.spi.Statistic;

/**
 * What the public may see of a report: the report with every withheld figure left out, not merely
 * marked, so that no code that renders it can leak one. A statistic is withheld when its key is in
 * its section's {@link SectionReport#suppressed()}; a free-text list when its item code is; a
 * comparison when its statistic is withheld or its earlier figure is ({@link
 * Comparison#suppressed()}). The {@code suppressed} lists stay, with their reasons, so that a
 * reader learns what is missing and why.
 *
 * @param report the report without the withheld figures
 * @param withheldStatistics the label of each withheld statistic by key, in report order: the page
 *     can still say "Level 5: suppressed" without the number
 * @param withheldTexts the title of each withheld free-text list by item code, in report order
 */
public record PublicReport(
    EditionReport report,
    Map<String, String> withheldStatistics,
    Map<String, String> withheldTexts) {

  public PublicReport {
    withheldStatistics = Collections.unmodifiableMap(new LinkedHashMap<>(withheldStatistics));
    withheldTexts = Collections.unmodifiableMap(new LinkedHashMap<>(withheldTexts));
  }

  /** How many figures and text lists were left out. */
  public int withheldCount() {
    return withheldStatistics.size() + withheldTexts.size();
  }

  /** The public view of a live report. */
  public static PublicReport of(EditionReport live) {
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, String> titles = new LinkedHashMap<>();
    Set<String> withheldKeys = new HashSet<>();
    List<SectionReport> sections = new ArrayList<>();
    for (SectionReport s : live.report().sections()) {
      Set<String> withheld = new HashSet<>();
      for (Suppression sup : s.suppressed()) {
        withheld.add(sup.key());
      }
      withheldKeys.addAll(withheld);
      if (s.isFailed()) {
        sections.add(s);
        continue;
      }
      ReportSection section = s.section();
      List<Statistic> statistics = new ArrayList<>();
      for (Statistic st : section.statistics()) {
        if (withheld.contains(st.key())) {
          labels.put(st.key(), st.label());
        } else {
          statistics.add(st);
        }
      }
      List<ReportTextList> texts = new ArrayList<>();
      for (ReportTextList list : section.texts()) {
        if (withheld.contains(list.item())) {
          titles.put(list.item(), list.title());
        } else {
          texts.add(list);
        }
      }
      ReportSection visible =
          new ReportSection(
              section.title(),
              statistics,
              section.tables(),
              section.charts(),
              texts,
              section.notes());
      sections.add(
          new SectionReport(
              s.instrument(), s.instrumentVersion(), visible, s.suppressed(), s.error()));
    }
    Map<String, Comparison> comparisons = new LinkedHashMap<>();
    live.comparisons()
        .forEach(
            (key, c) -> {
              if (!withheldKeys.contains(key)
                  && !withheldKeys.contains(c.key())
                  && c.suppressed() == null) {
                comparisons.put(key, c);
              }
            });
    Report report =
        new Report(live.report().responses(), live.report().suppressionThreshold(), sections);
    return new PublicReport(
        new EditionReport(
            live.edition(), live.missingInstruments(), report, comparisons, live.group()),
        labels,
        titles);
  }
}
