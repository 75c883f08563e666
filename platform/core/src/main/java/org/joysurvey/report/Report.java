package org.joysurvey.report;

import java.util.List;

/** The report of an edition: how many responses it rests on, and one section per instrument. */
public record Report(long responses, int suppressionThreshold, List<SectionReport> sections) {

  public Report {
    sections = List.copyOf(sections);
  }
}
