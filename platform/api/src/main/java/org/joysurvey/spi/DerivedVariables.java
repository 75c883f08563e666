package org.joysurvey.spi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Named per-response variables computed by scoring, keyed by full name ({@code mini-z.burnout}).
 * Values are {@link Boolean}, {@link Integer}, {@link Double} or {@link String}. A variable the
 * answers do not determine is absent ("unknown"), and is left out of every denominator.
 */
public record DerivedVariables(Map<String, Object> values) {

  public static final DerivedVariables NONE = new DerivedVariables(Map.of());

  public DerivedVariables {
    // an instrument-by-instrument view, or a builder's map, is immutable and made of checked
    // variables
    if (!(values instanceof InstrumentVariables || values instanceof Checked)) {
      values = Map.copyOf(values);
      values.forEach(DerivedVariables::requireSupportedType);
    }
  }

  private static void requireSupportedType(String name, Object value) {
    if (!(value instanceof Boolean
        || value instanceof Integer
        || value instanceof Double
        || value instanceof String)) {
      throw new IllegalArgumentException(
          "Derived variable " + name + " must be a Boolean, Integer, Double or String.");
    }
  }

  public Optional<Boolean> flag(String name) {
    return values.get(name) instanceof Boolean b ? Optional.of(b) : Optional.empty();
  }

  public OptionalInt integer(String name) {
    return values.get(name) instanceof Integer i ? OptionalInt.of(i) : OptionalInt.empty();
  }

  /** Both sets of variables; a name in both keeps {@code other}'s value. */
  public DerivedVariables plus(DerivedVariables other) {
    if (values.isEmpty()) {
      return other;
    }
    Map<String, Object> merged = new HashMap<>(values);
    merged.putAll(other.values);
    return new DerivedVariables(merged);
  }

  /**
   * Joins the variables of an edition's instruments, response after response, without copying them:
   * a name is looked up only among the variables of the instrument whose id it starts with ({@code
   * mini-z.burnout} among mini-z's), so no instrument can shadow another's. Only the platform uses
   * it, to score each response with every instrument.
   *
   * @since 1.2
   */
  @PlatformInternal
  public static final class Combiner {
    private final InstrumentVariables.Routes routes;

    /**
     * @param instrumentIds the instruments, in the order their variables will be given
     */
    public Combiner(List<String> instrumentIds) {
      this.routes =
          new InstrumentVariables.Routes(
              instrumentIds.stream().map(id -> id + ".").toArray(String[]::new));
    }

    /** One response's variables, one set per instrument in the order of the ids. */
    public DerivedVariables combine(List<DerivedVariables> perInstrument) {
      return new DerivedVariables(new InstrumentVariables(routes, perInstrument));
    }
  }

  /** Collects variables, skipping the unknown ones ({@code null} values). */
  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder {
    private final java.util.List<Map.Entry<String, Object>> entries = new java.util.ArrayList<>(16);

    public Builder put(String name, Object valueOrNull) {
      if (valueOrNull != null) {
        requireSupportedType(name, valueOrNull);
        entries.add(Map.entry(name, valueOrNull));
      }
      return this;
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type can only be made raw
    public DerivedVariables build() {
      Map<String, Object> values;
      try {
        values = Map.ofEntries(entries.toArray(new Map.Entry[0]));
      } catch (IllegalArgumentException nameGivenTwice) {
        // rare: the last value given for a name wins
        Map<String, Object> last = new HashMap<>();
        entries.forEach(e -> last.put(e.getKey(), e.getValue()));
        values = Map.copyOf(last);
      }
      return new DerivedVariables(new Checked(values));
    }
  }

  /**
   * Variables a {@link Builder} checked as they were put, in an immutable map: the record keeps
   * them without copying and checking them again (scoring builds one per instrument per response).
   */
  private static final class Checked extends java.util.AbstractMap<String, Object> {
    private final Map<String, Object> values;

    Checked(Map<String, Object> values) {
      this.values = values;
    }

    @Override
    public Object get(Object name) {
      return values.get(name);
    }

    @Override
    public boolean containsKey(Object name) {
      return values.containsKey(name);
    }

    @Override
    public int size() {
      return values.size();
    }

    @Override
    public java.util.Set<Entry<String, Object>> entrySet() {
      return values.entrySet();
    }
  }
}
