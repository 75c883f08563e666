package org.joysurvey.spi;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The demographic subgroups reports break figures down by.
 *
 * <p>Since 1.3 a section finds them in its context: {@code context.subgroups()} holds the {@link
 * Dimension}s the edition's instruments declare ({@link Instrument#subgroups()}), in edition order,
 * each with its groups in the declaring item's option order and their labels. It is empty when no
 * instrument of the edition declares any. The built-in {@code demographics} instrument declares age
 * band, gender and practice mode, and publishes each respondent's answer as a derived variable of
 * the same name ({@code demographics.age_band} = {@code "36-45"}); {@link Dimension#groupOf} reads
 * it.
 *
 * <p>The static members are the 1.1 way, which still works with the {@code demographics}
 * instrument: check {@code context.editionHas(Subgroups.INSTRUMENT)} and read a group with {@link
 * #of}.
 *
 * <p>Subgroup statistics are keyed {@code <instrument-id>.by.<dimension>.<group>.<statistic>}, e.g.
 * {@code mini-z.by.age_band.36-45.burnout_rate}; small cells are suppressed like any other figure.
 *
 * @since 1.1
 */
public final class Subgroups {

  /**
   * The instrument that publishes the subgroup variables (1.1; since 1.3 see {@link
   * #dimensions()}).
   */
  public static final String INSTRUMENT = "demographics";

  /** The dimensions of the 1.1 subgroup tables: age band, gender, practice mode. */
  public static final List<String> DIMENSIONS = List.of("age_band", "gender", "practice_mode");

  /** Made once: reports look groups up for every response, and a new string is hashed anew. */
  private static final Map<String, String> VARIABLES =
      DIMENSIONS.stream().collect(Collectors.toUnmodifiableMap(d -> d, d -> INSTRUMENT + "." + d));

  /** The variables of {@link #DIMENSIONS}, in the same order. */
  private static final String[] DIMENSION_VARIABLES =
      DIMENSIONS.stream().map(VARIABLES::get).toArray(String[]::new);

  /**
   * No subgroups: the edition has no instrument that declares any.
   *
   * @since 1.3
   */
  public static final Subgroups NONE = new Subgroups(List.of());

  private final List<Dimension> dimensions;

  /**
   * The platform makes these; a plugin's test may make its own.
   *
   * @since 1.3
   */
  public Subgroups(List<Dimension> dimensions) {
    this.dimensions = List.copyOf(dimensions);
  }

  /**
   * The dimensions, in the order the edition's instruments declare them.
   *
   * @since 1.3
   */
  public List<Dimension> dimensions() {
    return dimensions;
  }

  /**
   * @since 1.3
   */
  public boolean isEmpty() {
    return dimensions.isEmpty();
  }

  /**
   * The dimension of this name ({@code age_band}), if the edition has it.
   *
   * @since 1.3
   */
  public Optional<Dimension> dimension(String name) {
    return dimensions.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Subgroups that && dimensions.equals(that.dimensions);
  }

  @Override
  public int hashCode() {
    return dimensions.hashCode();
  }

  @Override
  public String toString() {
    return "Subgroups" + dimensions;
  }

  /**
   * One dimension as a section sees it.
   *
   * @param name the dimension in statistic keys ({@code age_band}): the declaring item's short code
   * @param variable the derived variable holding a respondent's group ({@code
   *     demographics.age_band})
   * @param title how a table names it ({@code "Age band"})
   * @param groups its groups, in the item's option order
   * @since 1.3
   */
  public record Dimension(String name, String variable, String title, List<Group> groups) {

    public Dimension {
      Objects.requireNonNull(name, "A dimension needs a name.");
      Objects.requireNonNull(variable, "Dimension " + name + " needs a variable.");
      Objects.requireNonNull(title, "Dimension " + name + " needs a title.");
      groups = List.copyOf(groups);
    }

    /** The respondent's group (an option code), if the declaring instrument published one. */
    public Optional<String> groupOf(ScoredResponse response) {
      return response.derived().values().get(variable) instanceof String group
          ? Optional.of(group)
          : Optional.empty();
    }

    /** The group codes, in order. */
    public List<String> codes() {
      return groups.stream().map(Group::code).toList();
    }

    /** A group's label, or the code itself for a group the dimension does not list. */
    public String label(String code) {
      for (Group group : groups) {
        if (group.code().equals(code)) {
          return group.label();
        }
      }
      return code;
    }
  }

  /**
   * One group of a dimension: an option code and its label for tables.
   *
   * @since 1.3
   */
  public record Group(String code, String label) {

    public Group {
      Objects.requireNonNull(code, "A group needs a code.");
      Objects.requireNonNull(label, "Group " + code + " needs a label.");
    }
  }

  /** The derived-variable name of a 1.1 dimension ({@code demographics.age_band}). */
  public static String variable(String dimension) {
    // sections ask for the same three dimensions for every response: by identity first, no hashing
    for (int i = 0; i < DIMENSION_VARIABLES.length; i++) {
      if (DIMENSIONS.get(i) == dimension) {
        return DIMENSION_VARIABLES[i];
      }
    }
    String known = VARIABLES.get(dimension);
    return known != null ? known : INSTRUMENT + "." + dimension;
  }

  /** The respondent's group on a 1.1 dimension (an option code), if they answered it. */
  public static Optional<String> of(ScoredResponse response, String dimension) {
    Object value = response.derived().values().get(variable(dimension));
    return value instanceof String group ? Optional.of(group) : Optional.empty();
  }
}
