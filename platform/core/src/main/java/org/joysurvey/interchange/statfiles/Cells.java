package org.joysurvey.interchange.statfiles;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/** What both writers do with a cell: check it against its variable, and cut text to a size. */
final class Cells {

  private Cells() {}

  /** The cell of a numeric variable as a double, {@code NaN} when it is missing. */
  static double number(Variable v, Object cell) {
    if (cell == null) {
      return Double.NaN;
    }
    if (v.type() == Variable.Type.DATE) {
      if (cell instanceof LocalDate day) {
        return day.toEpochDay();
      }
      throw wrongKind(v, cell, "a LocalDate");
    }
    if (!(cell instanceof Number n)) {
      throw wrongKind(v, cell, "a number");
    }
    double value = n.doubleValue();
    if (v.type() == Variable.Type.INTEGER
        && (value != Math.rint(value) || value < v.min() || value > v.max())) {
      throw new IllegalArgumentException(
          "Variable "
              + v.name()
              + " holds whole numbers from "
              + v.min()
              + " to "
              + v.max()
              + ", not "
              + cell);
    }
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          "Variable " + v.name() + " cannot hold " + cell + "; give null for a missing value");
    }
    return value;
  }

  /** The cell of a text variable as UTF-8, empty when it is missing. */
  static byte[] text(Variable v, Object cell) {
    if (cell == null) {
      return new byte[0];
    }
    if (!(cell instanceof String s)) {
      throw wrongKind(v, cell, "a String");
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > v.width()) {
      throw new IllegalArgumentException(
          "Variable " + v.name() + " holds " + v.width() + " bytes; a value has " + bytes.length);
    }
    return bytes;
  }

  /**
   * The UTF-8 bytes of {@code text}, cut to at most {@code max} bytes at a character boundary (a
   * label longer than a format allows keeps its start).
   */
  static byte[] utf8(String text, int max) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= max) {
      return bytes;
    }
    int end = max;
    while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
      end--; // never cut inside a character: back up to the start of the one at max
    }
    return Arrays.copyOf(bytes, end);
  }

  private static IllegalArgumentException wrongKind(Variable v, Object cell, String expected) {
    return new IllegalArgumentException(
        "Variable " + v.name() + " takes " + expected + ", not " + cell.getClass().getSimpleName());
  }
}
