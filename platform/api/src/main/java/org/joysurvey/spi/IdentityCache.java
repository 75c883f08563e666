package org.joysurvey.spi;

/**
 * Remembers a number per string instance, for work a report repeats for every response with the
 * same constants (a plugin's variable names): a hit costs the string's cached hash, one or a few
 * array reads and an identity comparison, without {@code equals}, allocation or a lock. An equal
 * string that is another instance is another key: it misses, and the caller works its number out
 * again. So the number must depend on the text alone, the same each time it is put.
 *
 * <p>Bounded: a key is kept in one of {@value #PROBES} slots from its hash, and when all of them
 * are taken it replaces the first. Shared by threads without a lock: an entry is immutable, so a
 * reader sees a whole entry or none, and two writers racing lose at worst an entry, put again at
 * the next miss.
 */
@PlatformInternal
public final class IdentityCache {

  /** What {@link #get} gives for a key it does not hold; never a value. */
  public static final int MISS = Integer.MIN_VALUE;

  /** Slots a key may take: enough that a few keys sharing a slot do not push each other out. */
  static final int PROBES = 4;

  private record Entry(String key, int value) {}

  private final Entry[] entries;
  private final int mask;
  private final int shift;

  /**
   * @param capacity at least this many slots (rounded up to a power of two)
   */
  public IdentityCache(int capacity) {
    int size = Integer.highestOneBit(Math.max(PROBES, capacity) - 1) << 1;
    entries = new Entry[size];
    mask = size - 1;
    shift = Integer.numberOfLeadingZeros(mask);
  }

  /**
   * Fibonacci hashing: names such as {@code mini-z.v1}, {@code mini-z.v2} have nearly consecutive
   * hashes, which would crowd consecutive slots and push each other out of their few slots.
   */
  private int home(String key) {
    return (key.hashCode() * 0x9E3779B9) >>> shift;
  }

  /** The value put for this very instance, or {@link #MISS}. */
  public int get(String key) {
    int home = home(key);
    for (int i = 0; i < PROBES; i++) {
      Entry entry = entries[(home + i) & mask];
      if (entry == null) {
        return MISS; // slots fill in order and are never emptied: the key is in none further on
      }
      if (entry.key == key) {
        return entry.value;
      }
    }
    return MISS;
  }

  public void put(String key, int value) {
    if (value == MISS) {
      throw new IllegalArgumentException("MISS is not a value");
    }
    int home = home(key);
    for (int i = 0; i < PROBES; i++) {
      int slot = (home + i) & mask;
      Entry entry = entries[slot];
      if (entry == null || entry.key == key) {
        entries[slot] = new Entry(key, value);
        return;
      }
    }
    entries[home] = new Entry(key, value);
  }
}
