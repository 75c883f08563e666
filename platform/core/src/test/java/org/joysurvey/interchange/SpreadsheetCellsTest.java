package org.joysurvey.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.joysurvey.spi.ItemType;
import org.joysurvey.testing.HostileAnswers;
import org.joysurvey.testing.Tries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellsTest {

  /** Any string, half the time starting with a formula character or an apostrophe. */
  private static String cell(java.util.Random random) {
    String cell = HostileAnswers.anyString(random, 40);
    return random.nextBoolean() ? "=+-@\t\r'".charAt(random.nextInt(7)) + cell : cell;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {201, 202, 203, 204})
  void restoringANeutralisedCellGivesItBack(long seed) {
    Tries.run(
        seed,
        250,
        (random, where) -> {
          String cell = cell(random);
          assertEquals(cell, SpreadsheetCells.restore(SpreadsheetCells.neutralise(cell)), where);
        });
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {211, 212, 213, 214})
  void aNeutralisedCellNeverStartsLikeAFormula(long seed) {
    Tries.run(
        seed,
        250,
        (random, where) -> {
          String written = SpreadsheetCells.neutralise(cell(random));
          assertFalse(
              !written.isEmpty() && "=+-@\t\r".indexOf(written.charAt(0)) >= 0,
              where + ": " + written);
        });
  }

  @Test
  void cellsStartingLikeAFormulaOrWithAnApostropheGetOneApostrophe() {
    for (String start : new String[] {"=", "+", "-", "@", "\t", "\r", "'"}) {
      assertEquals("'" + start + "x", SpreadsheetCells.neutralise(start + "x"));
    }
    assertEquals("plain", SpreadsheetCells.neutralise("plain"));
    assertEquals(" =x", SpreadsheetCells.neutralise(" =x"));
    assertEquals("'a", SpreadsheetCells.restore("'a")); // not one the export added
  }

  @Test
  void numbersAndScalePointsAreNotText() {
    assertFalse(SpreadsheetCells.isText(ItemType.NUMBER));
    assertFalse(SpreadsheetCells.isText(ItemType.LIKERT));
    assertTrue(SpreadsheetCells.isText(ItemType.TEXT));
    assertTrue(SpreadsheetCells.isText(ItemType.SINGLE));
  }
}
