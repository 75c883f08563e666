package org.joysurvey.publication;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The {@code instrument_versions} column: {@code mini-z=1.0.0;mbi-2=1.0.0}, in report order. */
final class InstrumentVersions {

  private InstrumentVersions() {}

  static String format(Map<String, String> versions) {
    return versions.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(";"));
  }

  static Map<String, String> parse(String column) {
    Map<String, String> versions = new LinkedHashMap<>();
    if (column == null || column.isEmpty()) {
      return versions;
    }
    for (String pair : column.split(";")) {
      int eq = pair.indexOf('=');
      versions.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return versions;
  }
}
