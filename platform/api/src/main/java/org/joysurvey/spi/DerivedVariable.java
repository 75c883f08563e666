package org.joysurvey.spi;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One per-response variable an instrument's {@link Instrument#score score} computes, as an
 * analyst's codebook describes it: its full name (the key {@code score} publishes it under), a
 * label, its type, the codes it takes with their labels, and the rule that computes it, in plain
 * words.
 *
 * <pre>{@code
 * DerivedVariable.binary("mini-z.burnout", "Burnout on the Mini-Z (level 3 or more)",
 *     "No burnout (level 1 or 2)", "Burnout (level 3 or more)",
 *     "1 when the burnout level is 3 or more (Mini-Z item 'burnout'), 0 when 1 or 2, missing"
 *         + " when unanswered")
 * }</pre>
 *
 * <p>How {@code score} publishes each type: {@link Type#BINARY} as a {@link Boolean} (written 1 for
 * true, 0 for false); {@link Type#CATEGORICAL} as a {@link String} option code or an {@link
 * Integer}, one of {@link #values()}' codes; {@link Type#NUMBER} as an {@link Integer} or {@link
 * Double}; {@link Type#TEXT} as a {@link String}. A variable the answers do not determine is left
 * out (missing), as ever.
 *
 * @param name the full name, {@code <instrument-id>.<name>} ({@code mini-z.burnout})
 * @param label what the variable holds, in a few words (a Stata or SPSS variable label)
 * @param type binary, categorical, number or text
 * @param values the codes with their labels: for a binary variable exactly {@code 0} and {@code 1};
 *     for a categorical one every code it takes, in order (integers for a numbered scale); none for
 *     a number or text
 * @param rule how it is computed from the answers, and when it is missing, in plain text
 * @since 1.5
 */
public record DerivedVariable(
    String name, String label, Type type, List<Option> values, String rule) {

  /** The kind of value a derived variable holds. */
  public enum Type {
    /** Yes or no: {@code score} gives a {@link Boolean}; the codes are 0 (false) and 1 (true). */
    BINARY,
    /** One of a fixed set of codes, each with a label. */
    CATEGORICAL,
    /** A number ({@link Integer} or {@link Double}). */
    NUMBER,
    /** Free text. */
    TEXT
  }

  public DerivedVariable {
    if (name == null || name.isBlank() || name.indexOf('.') < 1) {
      throw new IllegalArgumentException(
          "A derived variable needs its full name, <instrument-id>.<name> (e.g. mini-z.burnout),"
              + " not '"
              + name
              + "'.");
    }
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("The derived variable " + name + " needs a label.");
    }
    if (type == null) {
      throw new IllegalArgumentException(
          "The derived variable " + name + " needs a type: BINARY, CATEGORICAL, NUMBER or TEXT.");
    }
    if (rule == null || rule.isBlank()) {
      throw new IllegalArgumentException(
          "The derived variable " + name + " needs its rule: how it is computed, in plain text.");
    }
    values = values == null ? List.of() : List.copyOf(values);
    Set<String> codes = new HashSet<>();
    for (Option value : values) {
      if (!codes.add(value.code())) {
        throw new IllegalArgumentException(
            "The derived variable " + name + " gives the code " + value.code() + " twice.");
      }
    }
    switch (type) {
      case BINARY -> {
        if (!codes.equals(Set.of("0", "1"))) {
          throw new IllegalArgumentException(
              "The binary derived variable "
                  + name
                  + " labels exactly the codes 0 (false) and 1 (true), not "
                  + codes
                  + ".");
        }
      }
      case CATEGORICAL -> {
        if (values.isEmpty()) {
          throw new IllegalArgumentException(
              "The categorical derived variable " + name + " needs its codes with their labels.");
        }
      }
      default -> {
        if (!values.isEmpty()) {
          throw new IllegalArgumentException(
              "The derived variable "
                  + name
                  + " is a "
                  + type
                  + "; only binary and categorical ones have codes with labels.");
        }
      }
    }
  }

  /** A yes/no variable: its label, the labels of 0 (false) and 1 (true), its rule. */
  public static DerivedVariable binary(
      String name, String label, String falseLabel, String trueLabel, String rule) {
    return new DerivedVariable(
        name,
        label,
        Type.BINARY,
        List.of(Option.of("0", falseLabel), Option.of("1", trueLabel)),
        rule);
  }

  /** A variable of fixed codes, in order, each with its label. */
  public static DerivedVariable categorical(
      String name, String label, List<Option> values, String rule) {
    return new DerivedVariable(name, label, Type.CATEGORICAL, values, rule);
  }

  /** A number. */
  public static DerivedVariable number(String name, String label, String rule) {
    return new DerivedVariable(name, label, Type.NUMBER, List.of(), rule);
  }

  /** Free text. */
  public static DerivedVariable text(String name, String label, String rule) {
    return new DerivedVariable(name, label, Type.TEXT, List.of(), rule);
  }

  /** The label of a code, or {@code null} when the variable has no such code. */
  public String labelOf(String code) {
    for (Option value : values) {
      if (value.code().equals(code)) {
        return value.label();
      }
    }
    return null;
  }
}
