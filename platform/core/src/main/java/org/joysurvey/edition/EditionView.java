package org.joysurvey.edition;

import java.util.List;
import java.util.Map;

/**
 * What the API and pages show of an edition; {@code settings} are the effective values, and {@code
 * wordingVersion} is the version of its item wording that responses are stored under now (0 while
 * it never changed), and {@code accessMode} how respondents reach it (personal invitations or one
 * public link).
 */
public record EditionView(
    long id,
    int year,
    String title,
    EditionStatus status,
    List<String> instruments,
    Map<String, String> settings,
    int suppressionThreshold,
    long responses,
    int wordingVersion,
    AccessMode accessMode) {

  public EditionView {
    instruments = List.copyOf(instruments);
    settings = Map.copyOf(settings);
  }
}
