package org.joysurvey.edition;

import java.util.List;
import java.util.Map;

/** What the API and pages show of an edition; {@code settings} are the effective values. */
public record EditionView(
    long id, int year, String title, EditionStatus status, List<String> instruments, Map<String, String> settings,
    int suppressionThreshold, long responses) {

  public EditionView {
    instruments = List.copyOf(instruments);
    settings = Map.copyOf(settings);
  }
}
