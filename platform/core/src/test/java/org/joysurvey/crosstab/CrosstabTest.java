package org.joysurvey.crosstab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.special.Erf;
import org.joysurvey.disclosure.Suppression;
import org.junit.jupiter.api.Test;

/** A table's figures, tests and withholding, on tables whose results are known independently. */
class CrosstabTest {

  private static CrosstabVariable variable(String name, String... codes) {
    List<CrosstabVariable.Category> categories = new ArrayList<>();
    for (String code : codes) {
      categories.add(new CrosstabVariable.Category(code, code.toUpperCase()));
    }
    return new CrosstabVariable(name, name, "t", "single", categories);
  }

  /**
   * R's {@code chisq.test} documentation example (Agresti 2007): X-squared = 30.07, df = 2, p-value
   * = 2.954e-07; Cramér's V = sqrt(30.07 / 2757) for two rows. Every cell is at least 239, so
   * nothing is withheld at k = 5 and no expected count is small.
   */
  @Test
  void partyByGenderGivesRsChiSquareAndCramersV() {
    Crosstab table =
        Crosstab.of(
            variable("gender", "f", "m"),
            variable("party", "dem", "ind", "rep"),
            null,
            new long[][] {{762, 327, 468}, {484, 239, 477}},
            5);
    var chi = table.tests().chiSquare();
    assertEquals(30.07, chi.chiSquare(), 0.005);
    assertEquals(2, chi.degreesOfFreedom());
    assertEquals(2.954e-07, chi.pValue(), 5e-11);
    assertEquals(Math.sqrt(chi.chiSquare() / 2757), chi.cramersV(), 1e-12);
    assertNull(table.tests().fisher());
    assertEquals(List.of(), table.warnings());
    // 762 of the 1557 women, 762 of the 1246 Democrats
    assertEquals(100.0 * 762 / 1557, table.cells().get(0).get(0).rowPercent(), 1e-12);
    assertEquals(100.0 * 762 / 1246, table.cells().get(0).get(0).columnPercent(), 1e-12);
    assertEquals(100.0 * 1557 / 2757, table.rowTotals().get(0).columnPercent(), 1e-12);
    assertEquals(100.0 * 1246 / 2757, table.columnTotals().get(0).rowPercent(), 1e-12);
    assertEquals(2757, table.total().count());
  }

  /**
   * The lady tasting tea at k = 1: every expected count is 2, so the warning says so and points to
   * Fisher's test (R: p-value = 0.4857). Chi-square by hand: n (ad - bc)^2 / (r1 r2 c1 c2) = 8 * 64
   * / 256 = 2, df 1, p = erfc(1).
   */
  @Test
  void aSmallTwoByTwoTableWarnsAndGivesFishersTest() {
    Crosstab table =
        Crosstab.of(
            variable("poured", "milk", "tea"),
            variable("guessed", "milk", "tea"),
            null,
            new long[][] {{3, 1}, {1, 3}},
            1);
    assertEquals(2.0, table.tests().chiSquare().chiSquare(), 1e-12);
    assertEquals(Erf.erfc(1), table.tests().chiSquare().pValue(), 1e-12);
    assertEquals(0.4857, table.tests().fisher().pValue(), 5e-5);
    assertEquals(1, table.warnings().size());
    assertTrue(
        table.warnings().get(0).startsWith("4 of 4 cells have expected counts below 5"),
        table.warnings().get(0));
    assertTrue(table.warnings().get(0).contains("Fisher's exact test"));
  }

  /** R's Convictions table (fisher.test: p-value 0.0005367 two-sided): the table's Fisher test. */
  @Test
  void aTwoByTwoTableCarriesFishersTestOfItsCounts() {
    Crosstab table =
        Crosstab.of(
            variable("a", "x", "y"),
            variable("b", "p", "q"),
            null,
            new long[][] {{2, 15}, {10, 3}},
            1);
    assertEquals(
        org.joysurvey.statistics.FisherExactTest.of(2, 15, 10, 3).pValue(),
        table.tests().fisher().pValue(),
        0);
  }

  @Test
  void aWithheldRowTotalTakesTheRowPercentagesOfItsCellsWithIt() {
    // a 3x2 table whose middle row is small: its two cells are withheld, and with them (the
    // column totals would give the row away) a further row's cells; the row totals themselves
    long[][] counts = {{40, 35}, {2, 1}, {30, 44}};
    Crosstab table =
        Crosstab.of(variable("r", "a", "b", "c"), variable("c", "p", "q"), null, counts, 5);
    assertTrue(table.cells().get(1).get(0).isWithheld());
    assertTrue(table.cells().get(1).get(1).isWithheld());
    assertTrue(table.rowTotals().get(1).isWithheld());
    assertEquals("fewer than 5 respondents", table.rowTotals().get(1).withheld());
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 2; c++) {
        Crosstab.Figure f = table.cells().get(r).get(c);
        if (f.isWithheld()) {
          assertNull(f.count());
          assertNull(f.rowPercent());
          assertNull(f.columnPercent());
          assertTrue(
              f.withheld().equals("fewer than 5 respondents")
                  || f.withheld().equals(Suppression.PROTECTS_ANOTHER),
              f.withheld());
        } else {
          assertEquals(counts[r][c], f.count());
          boolean rowShown = !table.rowTotals().get(r).isWithheld();
          assertEquals(rowShown, f.rowPercent() != null, "row % only beside a shown row total");
        }
      }
    }
    assertTrue(table.tests().isWithheld());
    assertEquals(Crosstab.TESTS_WITHHELD, table.tests().withheld());
    assertEquals(List.of(), table.warnings());
  }

  @Test
  void aTableOfOneOccurringRowHasNoTestAndSaysWhy() {
    Crosstab table =
        Crosstab.of(variable("r", "a"), variable("c", "p", "q"), null, new long[][] {{10, 12}}, 5);
    assertTrue(!table.tests().chiSquare().isDefined());
    assertTrue(table.warnings().get(0).startsWith("The tests need respondents in at least two"));
  }
}
