package org.joysurvey.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What an instrument is: a stable id (lower-case kebab-case, it prefixes every code), a version
 * (wording and scoring changes bump it; stored with each response), a title, a one-paragraph
 * description and a licence note (who owns the items and on what terms they may be used).
 */
public record InstrumentMetadata(
    String id, String version, String title, String description, String licence) {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public InstrumentMetadata {
    Objects.requireNonNull(id, "An instrument id is required.");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "Instrument id '" + id + "' must be lower-case kebab-case, e.g. 'mini-z'.");
    }
    requireText(version, "version");
    requireText(title, "title");
    description = description == null ? "" : description;
    licence = licence == null ? "" : licence;
  }

  private static void requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("An instrument " + what + " is required.");
    }
  }
}
