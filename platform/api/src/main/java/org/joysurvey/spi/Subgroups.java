package org.joysurvey.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The demographic subgroups reports break figures down by. The {@code demographics} instrument
 * publishes each respondent's answer as a derived variable of the same name ({@code
 * demographics.age_band} = {@code "36-45"}); a section that wants subgroups checks {@code
 * context.editionHas(Subgroups.INSTRUMENT)} and reads them with {@link #of}.
 *
 * <p>Subgroup statistics are keyed {@code <instrument-id>.by.<dimension>.<group>.<statistic>}, e.g.
 * {@code mini-z.by.age_band.36-45.burnout_rate}; small cells are suppressed like any other figure.
 *
 * @since 1.1
 */
public final class Subgroups {

  /** The instrument that publishes the subgroup variables. */
  public static final String INSTRUMENT = "demographics";

  /** The dimensions of the report's subgroup tables: age band, gender, practice mode. */
  public static final List<String> DIMENSIONS = List.of("age_band", "gender", "practice_mode");

  /** Made once: reports look groups up for every response, and a new string is hashed anew. */
  private static final Map<String, String> VARIABLES =
      DIMENSIONS.stream().collect(Collectors.toUnmodifiableMap(d -> d, d -> INSTRUMENT + "." + d));

  private Subgroups() {}

  /** The derived-variable name of a dimension ({@code demographics.age_band}). */
  /** The variables of {@link #DIMENSIONS}, in the same order. */
  private static final String[] DIMENSION_VARIABLES = DIMENSIONS.stream().map(VARIABLES::get).toArray(String[]::new);

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

  /** The respondent's group on a dimension (an option code), if they answered it. */
  public static Optional<String> of(ScoredResponse response, String dimension) {
    Object value = response.derived().values().get(variable(dimension));
    return value instanceof String group ? Optional.of(group) : Optional.empty();
  }
}
