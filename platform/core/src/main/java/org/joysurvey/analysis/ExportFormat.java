package org.joysurvey.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats of {@code GET .../responses/export?format=}. */
public enum ExportFormat {
  CSV("csv", "text/csv; charset=UTF-8", "responses.csv"),
  DTA("dta", "application/x-stata-dta", "responses.dta"),
  SAV("sav", "application/x-spss-sav", "responses.sav"),
  CODEBOOK_CSV("codebook-csv", "text/csv; charset=UTF-8", "codebook.csv"),
  CODEBOOK_JSON("codebook-json", "application/json", "schema.json"),
  BUNDLE("bundle", "application/zip", "analysis.zip");

  private final String code;
  private final String mediaType;
  private final String suffix;

  ExportFormat(String code, String mediaType, String suffix) {
    this.code = code;
    this.mediaType = mediaType;
    this.suffix = suffix;
  }

  public String code() {
    return code;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The file name of an edition's export in this format: {@code edition-7-responses.dta}. */
  public String fileName(long editionId) {
    return "edition-" + editionId + "-" + suffix;
  }

  /**
   * What the audit log records of an export in this format (the API's, the edition page's and the
   * report page's alike): {@code dta with derived variables of 200 responses}.
   */
  public String auditDetail(boolean derived, long responses) {
    return (this == CSV ? "CSV" : code)
        + (derived ? " with derived variables" : "")
        + " of "
        + responses
        + " responses";
  }

  /** The format of a code, or empty for an unknown one. */
  public static Optional<ExportFormat> of(String code) {
    String wanted = code == null ? "csv" : code.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.code.equals(wanted)).findFirst();
  }

  /** The codes, for a message. */
  public static String codes() {
    return String.join(", ", Arrays.stream(values()).map(ExportFormat::code).toList());
  }
}
