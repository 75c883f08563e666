package org.joysurvey.edition;

import java.util.List;
import java.util.Map;

/**
 * What the API and pages show of an edition; {@code settings} are the effective values.
 *
 * @param accessMode how respondents reach it (personal invitations or one public link)
 */
public record EditionView(
    long id, int year, String title, EditionStatus status, List<String> instruments, Map<String, String> settings,
    int suppressionThreshold, long responses, AccessMode accessMode) {

  public EditionView {
    instruments = List.copyOf(instruments);
    settings = Map.copyOf(settings);
  }
}
