package org.joysurvey.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IdentityCacheTest {

  private final IdentityCache cache = new IdentityCache(512);

  /** Eight strings with one hash ("Aa" and "BB" have the same): more than a key's slots. */
  private static final List<String> SAME_HASH =
      IntStream.range(0, 8)
          .mapToObj(
              i ->
                  ((i & 4) == 0 ? "Aa" : "BB")
                      + ((i & 2) == 0 ? "Aa" : "BB")
                      + ((i & 1) == 0 ? "Aa" : "BB"))
          .toList();

  @Test
  void givesWhatWasPutForTheSameInstanceAndMissesOtherwise() {
    String name = "mini-z.burnout";
    assertEquals(IdentityCache.MISS, cache.get(name));
    cache.put(name, -1);
    assertEquals(-1, cache.get(name));
    cache.put(name, 3);
    assertEquals(3, cache.get(name));
    assertEquals(IdentityCache.MISS, cache.get("mbi-2.burnout"));
  }

  @Test
  void anEqualStringThatIsAnotherInstanceIsAnotherKey() {
    String constant = "demographics.age_band";
    String equal = new String(constant);
    cache.put(constant, 1);
    assertEquals(IdentityCache.MISS, cache.get(equal));
    cache.put(equal, 2);
    assertEquals(1, cache.get(constant));
    assertEquals(2, cache.get(equal));
  }

  @Test
  void keysWithTheSameHashKeepTheirOwnValues() {
    assertEquals(SAME_HASH.get(0).hashCode(), SAME_HASH.get(7).hashCode());
    for (int i = 0; i < IdentityCache.PROBES; i++) {
      cache.put(SAME_HASH.get(i), i);
    }
    for (int i = 0; i < IdentityCache.PROBES; i++) {
      assertEquals(i, cache.get(SAME_HASH.get(i)), SAME_HASH.get(i));
    }
  }

  @Test
  void moreKeysThanTheirSlotsPushSomeOutButNeverGiveAnotherKeysValue() {
    for (int i = 0; i < SAME_HASH.size(); i++) {
      cache.put(SAME_HASH.get(i), i);
    }
    int held = 0;
    for (int i = 0; i < SAME_HASH.size(); i++) {
      int value = cache.get(SAME_HASH.get(i));
      assertTrue(value == i || value == IdentityCache.MISS, SAME_HASH.get(i) + " gave " + value);
      held += value == i ? 1 : 0;
    }
    assertEquals(IdentityCache.PROBES, held);
    assertEquals(
        SAME_HASH.size() - 1,
        cache.get(SAME_HASH.get(SAME_HASH.size() - 1)),
        "the last one put is held");
  }

  @Test
  void holdsAnEditionsVariableNamesAllAtOnce() {
    List<String> names = IntStream.range(0, 120).mapToObj(i -> "engagement-drivers.v" + i).toList();
    for (int i = 0; i < names.size(); i++) {
      cache.put(names.get(i), i);
    }
    for (int i = 0; i < names.size(); i++) {
      assertEquals(i, cache.get(names.get(i)), names.get(i));
    }
  }

  @Test
  void refusesMissAsAValue() {
    assertThrows(IllegalArgumentException.class, () -> cache.put("a.x", IdentityCache.MISS));
  }

  @Test
  void threadsSharingASmallCacheOnlyEverSeeTheValuePutForTheKey() throws Exception {
    IdentityCache small =
        new IdentityCache(16); // far fewer slots than keys: entries replace each other all the time
    List<String> keys = IntStream.range(0, 200).mapToObj(i -> "mini-z.v" + i).toList();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<int[]>> outcomes = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t * 17;
        outcomes.add(
            threads.submit(
                () -> {
                  start.await();
                  int hits = 0;
                  int wrong = 0;
                  for (int i = 0; i < 500_000; i++) {
                    // a few hot keys, as a section's constants are, among many that keep pushing
                    // entries out
                    int k = i % 3 == 0 ? (i + offset) % keys.size() : i % 8;
                    int value = small.get(keys.get(k));
                    if (value == IdentityCache.MISS) {
                      small.put(keys.get(k), k);
                    } else if (value == k) {
                      hits++;
                    } else {
                      wrong++;
                    }
                  }
                  return new int[] {hits, wrong};
                }));
      }
      start.countDown();
      int hits = 0;
      for (Future<int[]> outcome : outcomes) {
        int[] counts = outcome.get(60, TimeUnit.SECONDS);
        assertEquals(0, counts[1], "values of other keys");
        hits += counts[0];
      }
      assertTrue(hits > 0, "the cache was used");
    } finally {
      threads.shutdownNow();
    }
  }
}
