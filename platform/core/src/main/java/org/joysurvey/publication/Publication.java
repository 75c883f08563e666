package org.joysurvey.publication;

import java.time.LocalDate;
import java.util.Map;
import org.joysurvey.report.ReportGroup;

/**
 * One published version of an edition's report: who published it on which day, with what note, and
 * what it rests on (responses, the suppression threshold k, the instrument versions).
 *
 * @param group the one group the report is restricted to, or {@code null} for everyone
 * @param note the publisher's note, or {@code null}
 * @param instrumentVersions instrument id to the version that computed its section, in report order
 */
public record Publication(
    long editionId,
    ReportGroup group,
    int version,
    LocalDate publishedOn,
    String publishedBy,
    String note,
    long responses,
    int suppressionThreshold,
    Map<String, String> instrumentVersions)
    implements java.io.Serializable {

  public Publication {
    instrumentVersions =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(instrumentVersions));
  }
}
