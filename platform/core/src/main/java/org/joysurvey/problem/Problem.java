package org.joysurvey.problem;

/**
 * Why some input was refused: where (a CSV data row counted from 1, or {@code null}; a column or
 * item code, or {@code null} for the whole row or file) and a sentence saying what is wrong.
 */
public record Problem(Long row, String column, String message) {

  public static Problem at(String column, String message) {
    return new Problem(null, column, message);
  }

  public Problem inRow(long rowNumber) {
    return new Problem(rowNumber, column, message);
  }

  @Override
  public String toString() {
    return (row == null ? "" : "row " + row + ", ")
        + (column == null ? "" : column + ": ")
        + message;
  }
}
