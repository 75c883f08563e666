package org.joysurvey.edition;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An edition's wording versions, oldest first, and how many of its responses were answered under
 * each version, including 0 (the plugin's wording before any change). Serializable because the
 * designer page keeps it in its view state.
 *
 * @param currentVersion the version new responses are stored under
 * @param responsesByVersion responses by wording version; versions without responses are absent
 */
public record WordingHistory(
    long editionId,
    int currentVersion,
    List<WordingVersionView> versions,
    Map<Integer, Long> responsesByVersion)
    implements java.io.Serializable {

  public WordingHistory {
    versions = List.copyOf(versions);
    responsesByVersion =
        java.util.Collections.unmodifiableSortedMap(new TreeMap<>(responsesByVersion));
  }
}
