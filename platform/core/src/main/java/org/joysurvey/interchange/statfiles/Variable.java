package org.joysurvey.interchange.statfiles;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One column of a {@link LabelledDataset}.
 *
 * @param name a name both Stata and SPSS accept: a letter, then at most 31 letters, digits and
 *     {@code _}, not ending in {@code _}, and no reserved word of either
 * @param label what the column holds ({@code ""} for none); Stata keeps 80 characters of it, SPSS
 *     255 bytes
 * @param type how its values are stored
 * @param measure its measurement level (SPSS records it; Stata has no such notion)
 * @param min for {@link Type#INTEGER}, the smallest value it may hold
 * @param max for {@link Type#INTEGER}, the largest value it may hold
 * @param width for {@link Type#STRING}, the most UTF-8 bytes a value may have (1 to 32767)
 * @param valueLabels the name of the {@link ValueLabels} set of its codes, or {@code null}
 */
public record Variable(
    String name,
    String label,
    Type type,
    Measure measure,
    int min,
    int max,
    int width,
    String valueLabels) {

  /** How a variable's values are stored. */
  public enum Type {
    /** Whole numbers between {@code min} and {@code max}: codes, counts, 0/1 flags. */
    INTEGER,
    /** Decimal numbers (IEEE doubles). */
    DECIMAL,
    /** A day ({@link java.time.LocalDate}): Stata {@code %td}, SPSS {@code DATE11}. */
    DATE,
    /** UTF-8 text of at most {@code width} bytes. */
    STRING
  }

  /** SPSS's measurement levels. */
  public enum Measure {
    NOMINAL(1),
    ORDINAL(2),
    SCALE(3);

    final int spssCode;

    Measure(int spssCode) {
      this.spssCode = spssCode;
    }
  }

  /** The longest text SPSS stores in one variable, in bytes. */
  public static final int MAX_STRING_WIDTH = 32767;

  /**
   * Stata stores integers up to this (above it lie its missing values {@code .}, {@code .a} ...);
   * the lowest is {@code -MAX_INTEGER - 27}, which is kept symmetric here.
   */
  public static final int MAX_INTEGER = 2_147_483_620;

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");

  /** Stata's reserved names and SPSS's reserved keywords (compared without case). */
  private static final Set<String> RESERVED =
      Set.of(
          "all", "and", "by", "eq", "ge", "gt", "le", "lt", "ne", "not", "or", "to", "with", "byte",
          "double", "float", "if", "in", "int", "long", "strl", "using", "str");

  public Variable {
    requireValidName(name);
    label = label == null ? "" : label;
    Objects.requireNonNull(type, "type of " + name);
    Objects.requireNonNull(measure, "measure of " + name);
    if (type == Type.INTEGER && (min > max || min < -MAX_INTEGER || max > MAX_INTEGER)) {
      throw new IllegalArgumentException(
          "Variable " + name + " needs -" + MAX_INTEGER + " <= min <= max <= " + MAX_INTEGER);
    }
    if (type == Type.STRING && (width < 1 || width > MAX_STRING_WIDTH)) {
      throw new IllegalArgumentException(
          "Text variable " + name + " holds between 1 and " + MAX_STRING_WIDTH + " bytes");
    }
    if (valueLabels != null && type != Type.INTEGER) {
      throw new IllegalArgumentException("Only integer variables have value labels (" + name + ")");
    }
  }

  /** An integer variable between {@code min} and {@code max}. */
  public static Variable integer(
      String name, String label, Measure measure, int min, int max, String valueLabels) {
    return new Variable(name, label, Type.INTEGER, measure, min, max, 0, valueLabels);
  }

  public static Variable decimal(String name, String label) {
    return new Variable(name, label, Type.DECIMAL, Measure.SCALE, 0, 0, 0, null);
  }

  public static Variable date(String name, String label) {
    return new Variable(name, label, Type.DATE, Measure.SCALE, 0, 0, 0, null);
  }

  public static Variable string(String name, String label, int width) {
    return new Variable(name, label, Type.STRING, Measure.NOMINAL, 0, 0, width, null);
  }

  /** Whether a name is one that {@link Variable} accepts. */
  public static boolean isValidName(String name) {
    return name != null
        && NAME.matcher(name).matches()
        && !name.endsWith("_")
        && !RESERVED.contains(name.toLowerCase(Locale.ROOT))
        && !name.toLowerCase(Locale.ROOT).matches("str[0-9]+")
        && !name.startsWith("_");
  }

  static void requireValidName(String name) {
    if (!isValidName(name)) {
      throw new IllegalArgumentException(
          "'"
              + name
              + "' is not a variable name Stata and SPSS both accept: a letter, then at most 31"
              + " letters, digits and '_', not ending in '_', and no reserved word");
    }
  }
}
