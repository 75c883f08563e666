package org.joysurvey.spi;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The derived variables of several instruments seen as one map without copying them: a name is
 * looked up only in the variables of the instrument whose id it starts with. So one instrument can
 * never shadow another's variable, and the report does not merge some sixty entries per response.
 * Immutable; its parts were checked when they were made.
 */
final class InstrumentVariables extends AbstractMap<String, Object> {

  private final String[] prefixes;
  private final List<Map<String, Object>> parts;

  /**
   * @param prefixes {@code "<id>."} of each instrument, made once per report and shared
   * @param variables one set per instrument, in the order of the prefixes
   */
  InstrumentVariables(String[] prefixes, List<DerivedVariables> variables) {
    if (variables.size() != prefixes.length) {
      throw new IllegalArgumentException("one set of variables per instrument id: " + prefixes.length
          + " expected, " + variables.size() + " given");
    }
    this.prefixes = prefixes;
    this.parts = new ArrayList<>(variables.size());
    variables.forEach(v -> parts.add(v.values()));
  }

  @Override
  public Object get(Object name) {
    if (name instanceof String s) {
      for (int i = 0; i < prefixes.length; i++) {
        if (s.startsWith(prefixes[i])) {
          return parts.get(i).get(s);
        }
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(Object name) {
    return get(name) != null;
  }

  /** Every visible variable; rarely needed (a report looks variables up by name), so made on demand. */
  @Override
  public Set<Entry<String, Object>> entrySet() {
    Map<String, Object> visible = new HashMap<>();
    for (int i = 0; i < prefixes.length; i++) {
      for (Entry<String, Object> e : parts.get(i).entrySet()) {
        if (e.getKey().startsWith(prefixes[i])) {
          visible.put(e.getKey(), e.getValue());
        }
      }
    }
    return Map.copyOf(visible).entrySet();
  }

  @Override
  public Object put(String key, Object value) {
    throw new UnsupportedOperationException("derived variables are immutable");
  }
}
