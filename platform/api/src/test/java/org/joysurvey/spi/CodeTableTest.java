package org.joysurvey.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CodeTableTest {

  /** Codes of one length sharing a long prefix, as an instrument's are: many share a slot. */
  private static final List<String> CODES =
      IntStream.range(0, 120).mapToObj(i -> "engagement-drivers.q" + (100 + i)).toList();

  /** "Aa" and "BB" have the same hash, so these four all have one hash. */
  private static final List<String> SAME_HASH = List.of("AaAa", "AaBB", "BBAa", "BBBB");

  private final CodeTable table = new CodeTable(CODES);

  @Test
  void findsEveryCodeAtItsPositionByItselfAndByAnEqualInstance() {
    for (int round = 0;
        round < 2;
        round++) { // the second round meets the instances remembered in the first
      for (int p = 0; p < CODES.size(); p++) {
        String equal = new String(CODES.get(p));
        assertNotSame(CODES.get(p), equal);
        assertEquals(p, table.positionOf(CODES.get(p)));
        assertEquals(p, table.positionOf(equal));
        assertSame(CODES.get(p), table.code(p), "the table's own instance");
      }
    }
    assertEquals(CODES.size(), table.size());
  }

  @Test
  void tellsCodesWithTheSameHashApart() {
    assertEquals(SAME_HASH.get(0).hashCode(), SAME_HASH.get(3).hashCode());
    CodeTable sameHash = new CodeTable(SAME_HASH);
    for (int p = 0; p < SAME_HASH.size(); p++) {
      assertEquals(p, sameHash.positionOf(new String(SAME_HASH.get(p))));
      String text = "{\"" + SAME_HASH.get(p) + "\":1}";
      assertEquals(p, sameHash.positionOf(text, 2, 6));
    }
  }

  @Test
  void aCodeItDoesNotHoldIsMissedEvenWithTheHashOfOneItHolds() {
    CodeTable twoOfFour = new CodeTable(List.of(SAME_HASH.get(0), SAME_HASH.get(3)));
    assertEquals(-1, twoOfFour.positionOf(SAME_HASH.get(1)));
    assertEquals(-1, twoOfFour.positionOf("x" + SAME_HASH.get(2), 1, 5));
    assertEquals(-1, table.positionOf("engagement-drivers.q99"));
    assertEquals(-1, table.positionOf("mini-z.burnout"));
    assertEquals(-1, table.positionOf(""));
    assertEquals(-1, new CodeTable(List.of()).positionOf("a.x"));
  }

  @Test
  void findsACodeGivenAsARegionOfALargerTextAndOnlyAWholeCode() {
    String json =
        "{\"engagement-drivers.q107\":3,\"engagement-drivers.q1070\":2,"
            + "\"engagement-drivers.q10\":1}";
    int start = json.indexOf("engagement-drivers.q107");
    assertEquals(7, table.positionOf(json, start, start + "engagement-drivers.q107".length()));
    int longer = json.indexOf("engagement-drivers.q1070");
    assertEquals(-1, table.positionOf(json, longer, longer + "engagement-drivers.q1070".length()));
    int shorter = json.indexOf("engagement-drivers.q10\"");
    assertEquals(-1, table.positionOf(json, shorter, shorter + "engagement-drivers.q10".length()));
    assertEquals(-1, table.positionOf(json, start, start));
  }

  @Test
  void refusesACodeGivenTwice() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new CodeTable(List.of("a.x", "a.y", new String("a.x"))));
  }

  @Test
  void threadsLookingUpAtOnceAllFindTheRightPositions() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> wrong = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        wrong.add(
            threads.submit(
                () -> {
                  int mistakes = 0;
                  for (int i = 0; i < 200_000; i++) {
                    int p = (i + offset * 31) % CODES.size();
                    // alternately the table's instance and a new one: each replaces the other in
                    // the slot's memory
                    String code = i % 2 == 0 ? CODES.get(p) : new String(CODES.get(p));
                    if (table.positionOf(code) != p) {
                      mistakes++;
                    }
                  }
                  return mistakes;
                }));
      }
      for (Future<Integer> mistakes : wrong) {
        assertEquals(0, mistakes.get(60, TimeUnit.SECONDS));
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
