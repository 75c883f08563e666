package org.joysurvey.statistics;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Respondents and "yes" cases per group (e.g. burned out, by age band), for subgroup tables: the
 * rate within each group and each group's share of all respondents and of all "yes" cases.
 */
public final class GroupedCounts {

  private final Map<String, long[]> counts = new TreeMap<>();

  /** Counts one respondent of {@code group}; {@code yes} says whether they are a case. */
  public void add(String group, boolean yes) {
    long[] c = counts.computeIfAbsent(group, g -> new long[2]);
    c[0]++;
    if (yes) {
      c[1]++;
    }
  }

  /** The groups seen, sorted. */
  public Set<String> groups() {
    return counts.keySet();
  }

  public long respondents(String group) {
    return counts.getOrDefault(group, new long[2])[0];
  }

  public long cases(String group) {
    return counts.getOrDefault(group, new long[2])[1];
  }

  public long respondents() {
    return counts.values().stream().mapToLong(c -> c[0]).sum();
  }

  public long cases() {
    return counts.values().stream().mapToLong(c -> c[1]).sum();
  }
}
