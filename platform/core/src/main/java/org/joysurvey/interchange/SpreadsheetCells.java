package org.joysurvey.interchange;

import org.joysurvey.spi.ItemType;

/**
 * Keeps text cells text when a CSV is opened in a spreadsheet (OWASP "CSV Injection"): a cell that
 * a spreadsheet would read as a formula gets a leading apostrophe on export, and an import takes
 * exactly that apostrophe off again, so an export re-imports unchanged.
 *
 * <p>A cell is neutralised when it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or
 * a carriage return, and also when it starts with an apostrophe: a real answer {@code '=x} is then
 * written {@code ''=x}, and reading removes one apostrophe from a cell whose second character is
 * one of these (apostrophe included), which gives back exactly what was written.
 */
public final class SpreadsheetCells {

  /** The characters that make a spreadsheet read a cell as a formula, and the apostrophe. */
  static final String TRIGGERS = "=+-@\t\r'";

  private SpreadsheetCells() {}

  /**
   * Whether answers to items of this type are text that a person typed or a code, rather than a
   * number: numbers ({@code number}, {@code likert}) stay numbers for analysts ({@code -3} is not a
   * formula and must not become {@code '-3}).
   */
  public static boolean isText(ItemType type) {
    return type != ItemType.NUMBER && type != ItemType.LIKERT;
  }

  /** The cell as it is written to a CSV that a spreadsheet may open. */
  public static String neutralise(String cell) {
    return !cell.isEmpty() && TRIGGERS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  /** The inverse of {@link #neutralise}: the cell as it was before export. */
  public static String restore(String cell) {
    return cell.length() >= 2 && cell.charAt(0) == '\'' && TRIGGERS.indexOf(cell.charAt(1)) >= 0
        ? cell.substring(1)
        : cell;
  }
}
