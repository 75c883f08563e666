package org.joysurvey.participation;

import java.io.Serializable;
import java.util.Map;

/**
 * Where a respondent's link leads: the access, and when it is {@link Access#OPEN} the saved answers
 * (interchange text cells) and the page to continue on.
 *
 * @param editionId {@code null} when the link names no edition
 * @param draftKey {@code null} until something is saved (an open-link respondent's first page)
 */
public record Entry(
    Access access,
    Long editionId,
    String title,
    DraftKey draftKey,
    Map<String, String> cells,
    int page)
    implements Serializable {

  public Entry {
    cells = Map.copyOf(cells);
  }

  static Entry closedDoor(Access access, Long editionId, String title) {
    return new Entry(access, editionId, title, null, Map.of(), 0);
  }
}
