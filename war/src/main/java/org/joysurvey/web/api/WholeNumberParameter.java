package org.joysurvey.web.api;

import java.util.List;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;

/**
 * A query parameter that must be a whole number in a range ({@code ?limit=}, {@code ?atMost=}).
 * Read as text, because JAX-RS answers an unconvertible {@code int} parameter with 404; this
 * answers 400 with the parameter's name and what it takes.
 */
record WholeNumberParameter(String name, int min, int max, int whenAbsent) {

  int read(String text, String whatFailed) {
    if (text == null || text.isBlank()) {
      return whenAbsent;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
    String range = max == Integer.MAX_VALUE ? "of at least " + min : "from " + min + " to " + max;
    throw new InputRejectedException(
        whatFailed,
        List.of(Problem.at(name, "must be a whole number " + range + ", not \"" + shown + "\"")));
  }
}
