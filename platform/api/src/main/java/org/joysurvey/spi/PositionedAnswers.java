package org.joysurvey.spi;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The answers of one response as an immutable map whose values sit in an array by questionnaire
 * position: what the platform gives {@link Answers} when it reads a whole edition for a report.
 * Looking a code up costs one probe of a table shared by every response (hashed once per code,
 * and remembered by identity for the plugin's own constant), where a map per response would hash
 * and compare afresh in memory new for every response. Plugins see only a {@link Map}.
 *
 * @since 1.2
 */
@PlatformInternal
public final class PositionedAnswers extends AbstractMap<String, AnswerValue> {

  private final Positions positions;
  private final AnswerValue[] values;
  private final int size;

  /**
   * @param values by position; {@code null} where unanswered. Kept, not copied: the caller gives
   *     up the array.
   */
  public PositionedAnswers(Positions positions, AnswerValue[] values) {
    if (values.length != positions.codes.length) {
      throw new IllegalArgumentException("one value (or null) per position is needed");
    }
    this.positions = positions;
    this.values = values;
    int n = 0;
    for (AnswerValue value : values) {
      if (value != null) {
        n++;
      }
    }
    this.size = n;
  }

  @Override
  public AnswerValue get(Object key) {
    int p = key instanceof String code ? positions.of(code) : -1;
    return p < 0 ? null : values[p];
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Set<Entry<String, AnswerValue>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, AnswerValue>> iterator() {
        return new Iterator<>() {
          private int next = advance(0);

          private int advance(int from) {
            int p = from;
            while (p < values.length && values[p] == null) {
              p++;
            }
            return p;
          }

          @Override
          public boolean hasNext() {
            return next < values.length;
          }

          @Override
          public Entry<String, AnswerValue> next() {
            if (next >= values.length) {
              throw new NoSuchElementException();
            }
            Entry<String, AnswerValue> entry = Map.entry(positions.codes[next], values[next]);
            next = advance(next + 1);
            return entry;
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /** The codes of a questionnaire by position, with a lookup table from code to position. */
  @PlatformInternal
  public static final class Positions {
    private final String[] codes;
    private final int[] hashes;
    private final int[] slots;
    /** The last instance found in each slot, so that a plugin's constant is then found by identity. */
    private final String[] seen;
    private final int mask;

    public Positions(List<String> codes) {
      this.codes = codes.toArray(String[]::new);
      int size = Integer.highestOneBit(Math.max(4, this.codes.length * 4) - 1) << 1;
      hashes = new int[size];
      slots = new int[size];
      seen = new String[size];
      mask = size - 1;
      java.util.Arrays.fill(slots, -1);
      for (int p = 0; p < this.codes.length; p++) {
        int h = this.codes[p].hashCode();
        int slot = spread(h) & mask;
        while (slots[slot] >= 0) {
          if (this.codes[slots[slot]].equals(this.codes[p])) {
            throw new IllegalArgumentException("code " + this.codes[p] + " given twice");
          }
          slot = (slot + 1) & mask;
        }
        slots[slot] = p;
        hashes[slot] = h;
        seen[slot] = this.codes[p];
      }
    }

    /** Codes share long prefixes ({@code engagement-drivers.q1}): mix the high bits in. */
    private static int spread(int h) {
      return h ^ (h >>> 16) ^ (h >>> 7);
    }

    public int size() {
      return codes.length;
    }

    public String code(int position) {
      return codes[position];
    }

    /** The position of {@code code}, or -1. */
    public int of(String code) {
      int h = code.hashCode();
      for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
        int p = slots[slot];
        if (p < 0) {
          return -1;
        }
        if (seen[slot] == code) {
          return p;
        }
        if (hashes[slot] == h && codes[p].equals(code)) {
          seen[slot] = code; // a benign race: another thread at worst compares once more
          return p;
        }
      }
    }
  }
}
