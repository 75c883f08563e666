package org.joysurvey.web.pages;

/** Reading the query parameters of the servlets beside the pages (report.pdf, report-export). */
final class QueryParameters {

  private QueryParameters() {}

  /** {@code text} as a whole number, or {@code null} when it is absent, blank or not one. */
  static Long wholeNumber(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
