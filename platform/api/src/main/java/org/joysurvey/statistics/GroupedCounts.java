package org.joysurvey.statistics;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Respondents and "yes" cases per group (e.g. burned out, by age band), for subgroup tables: the
 * rate within each group and each group's share of all respondents and of all "yes" cases.
 *
 * @since 1.1
 */
public final class GroupedCounts {

  /** Hashed, not sorted, while counting: a report adds to it for every response. */
  private final Map<String, long[]> counts = new HashMap<>();

  /** Counts one respondent of {@code group}; {@code yes} says whether they are a case. */
  public void add(String group, boolean yes) {
    add(group, 1, yes ? 1 : 0);
  }

  /**
   * Counts {@code respondents} of {@code group} at once, {@code cases} of them cases.
   *
   * @since 1.2
   */
  public void add(String group, long respondents, long cases) {
    long[] c = counts.get(group);
    if (c == null) {
      c = new long[2];
      counts.put(group, c);
    }
    c[0] += respondents;
    c[1] += cases;
  }

  /** The groups seen, sorted. */
  public Set<String> groups() {
    return new TreeSet<>(counts.keySet());
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
