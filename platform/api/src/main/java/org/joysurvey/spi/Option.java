package org.joysurvey.spi;

import java.util.Objects;

/**
 * One choice of an item: a stable code (lower-case kebab-case, or an integer for a likert scale
 * point), the label a respondent reads, and whether it excludes every other option of a multi item.
 */
public record Option(String code, String label, boolean exclusive) {

  public Option {
    Objects.requireNonNull(code, "An option code is required.");
    Objects.requireNonNull(label, "An option label is required.");
  }

  public static Option of(String code, String label) {
    return new Option(code, label, false);
  }

  /** An option that cannot be combined with any other, such as {@code none}. */
  public static Option exclusive(String code, String label) {
    return new Option(code, label, true);
  }
}
