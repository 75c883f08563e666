package org.joysurvey.report;

import java.util.List;
import org.joysurvey.edition.EditionView;

/** An edition's report, with the instruments it could not include because they are not installed. */
public record EditionReport(EditionView edition, List<String> missingInstruments, Report report) {

  public EditionReport {
    missingInstruments = List.copyOf(missingInstruments);
  }
}
