package org.joysurvey.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.joysurvey.crosstab.CrosstabDisclosure;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.Statistic;
import org.junit.jupiter.api.Test;

/**
 * The cross-tabulation explorer's withholding, read by the independent auditor: over tables of many
 * shapes, with small cells, zeros and small margins, nothing withheld can be recomputed from what
 * is shown; and with small cells alone withheld, the auditor does recompute some, so the check has
 * teeth.
 */
class CrosstabDisclosureAuditTest {

  private static long[][] table(Random random, int rows, int columns) {
    long[][] counts = new long[rows][columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        // mostly large cells, some small ones and zeros, as a sparse category gives
        double u = random.nextDouble();
        counts[r][c] =
            u < 0.15 ? random.nextInt(3) : u < 0.3 ? 3 + random.nextInt(5) : 8 + random.nextInt(60);
      }
    }
    return counts;
  }

  @Test
  void nothingTheExplorerWithholdsCanBeRecomputed() {
    Random random = new Random(1304L);
    int tablesWithSomethingWithheld = 0;
    for (int i = 0; i < 150; i++) {
      int rows = 2 + random.nextInt(5);
      int columns = 2 + random.nextInt(4);
      int k = List.of(3, 5, 10).get(i % 3);
      long[][] counts = table(random, rows, columns);
      ReportSection section = CrosstabDisclosure.section(counts);
      Set<String> withheld = CrosstabDisclosure.withheld(counts, k).keySet();
      tablesWithSomethingWithheld += withheld.isEmpty() ? 0 : 1;
      assertEquals(
          List.of(),
          DisclosureAuditor.recomputable(section, withheld, k),
          "k = "
              + k
              + ", table "
              + java.util.Arrays.deepToString(counts)
              + ", withheld "
              + withheld);
    }
    assertTrue(tablesWithSomethingWithheld > 100, "the tables exercise the rule");
  }

  @Test
  void smallCellsAloneWouldBeRecomputedFromTheMargins() {
    Random random = new Random(1304L);
    int found = 0;
    for (int i = 0; i < 50; i++) {
      long[][] counts = table(random, 2 + random.nextInt(4), 2 + random.nextInt(3));
      ReportSection section = CrosstabDisclosure.section(counts);
      Set<String> small = new HashSet<>();
      for (Statistic s : section.statistics()) {
        if (s.value() < 5) {
          small.add(s.key());
        }
      }
      if (!DisclosureAuditor.recomputable(section, small, 5).isEmpty()) {
        found++;
      }
    }
    assertTrue(found > 25, "small-cell suppression alone leaves cells recomputable: " + found);
  }
}
