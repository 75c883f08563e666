package org.joysurvey.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.joysurvey.spi.ItemType;

class SpreadsheetCellsTest {

  @Property(tries = 1000)
  void restoringANeutralisedCellGivesItBack(@ForAll String cell) {
    assertEquals(cell, SpreadsheetCells.restore(SpreadsheetCells.neutralise(cell)));
  }

  @Property(tries = 1000)
  void aNeutralisedCellNeverStartsLikeAFormula(@ForAll String cell) {
    String written = SpreadsheetCells.neutralise(cell);
    assertFalse(!written.isEmpty() && "=+-@\t\r".indexOf(written.charAt(0)) >= 0, written);
  }

  @Example
  void cellsStartingLikeAFormulaOrWithAnApostropheGetOneApostrophe() {
    for (String start : new String[] {"=", "+", "-", "@", "\t", "\r", "'"}) {
      assertEquals("'" + start + "x", SpreadsheetCells.neutralise(start + "x"));
    }
    assertEquals("plain", SpreadsheetCells.neutralise("plain"));
    assertEquals(" =x", SpreadsheetCells.neutralise(" =x"));
    assertEquals("'a", SpreadsheetCells.restore("'a")); // not one the export added
  }

  @Example
  void numbersAndScalePointsAreNotText() {
    assertFalse(SpreadsheetCells.isText(ItemType.NUMBER));
    assertFalse(SpreadsheetCells.isText(ItemType.LIKERT));
    assertTrue(SpreadsheetCells.isText(ItemType.TEXT));
    assertTrue(SpreadsheetCells.isText(ItemType.SINGLE));
  }
}
