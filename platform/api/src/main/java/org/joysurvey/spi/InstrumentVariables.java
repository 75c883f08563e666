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
@PlatformInternal
final class InstrumentVariables extends AbstractMap<String, Object> {

  private final String[] prefixes;

  /** Remembers which part each name is in, for the whole report. */
  private final Routes routes;

  private final List<Map<String, Object>> parts;

  /**
   * @param routes {@code "<id>."} of each instrument, made once per report and shared
   * @param variables one set per instrument, in the order of the prefixes
   */
  InstrumentVariables(Routes routes, List<DerivedVariables> variables) {
    String[] prefixes = routes.prefixes;
    if (variables.size() != prefixes.length) {
      throw new IllegalArgumentException(
          "one set of variables per instrument id: "
              + prefixes.length
              + " expected, "
              + variables.size()
              + " given");
    }
    this.prefixes = prefixes;
    this.routes = routes;
    this.parts = new ArrayList<>(variables.size());
    variables.forEach(v -> parts.add(v.values()));
  }

  @Override
  public Object get(Object name) {
    if (name instanceof String s) {
      int part = routes.partOf(s);
      return part < 0 ? null : parts.get(part).get(s);
    }
    return null;
  }

  /**
   * Which instrument's variables a name belongs to, remembered per name instance for a whole
   * report: sections look the same constant names up for every response, and finding the prefix
   * again each time cost more than the look-up itself.
   */
  static final class Routes {
    private final String[] prefixes;
    private final IdentityCache parts = new IdentityCache(512);

    Routes(String[] prefixes) {
      this.prefixes = prefixes;
    }

    int partOf(String name) {
      int part = parts.get(name);
      if (part == IdentityCache.MISS) {
        part = scan(prefixes, name);
        parts.put(name, part);
      }
      return part;
    }

    static int scan(String[] prefixes, String name) {
      for (int i = 0; i < prefixes.length; i++) {
        if (name.startsWith(prefixes[i])) {
          return i;
        }
      }
      return -1;
    }
  }

  @Override
  public boolean containsKey(Object name) {
    return get(name) != null;
  }

  /**
   * Every visible variable; rarely needed (a report looks variables up by name), so made on demand.
   */
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
