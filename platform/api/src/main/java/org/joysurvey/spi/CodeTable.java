package org.joysurvey.spi;

import java.util.Arrays;
import java.util.List;

/**
 * A fixed set of codes (a questionnaire's items, an item's options) by position, and the position
 * of a code: open addressing on {@link String#hashCode}, made once and shared by every response of
 * a report. A look-up allocates nothing and takes no lock. It finds a code given as a string (the
 * instance last found in its slot by identity, so a plugin's constant costs no comparison after the
 * first) or as a region of a larger text, without making a string of the region (stored JSON).
 */
@PlatformInternal
public final class CodeTable {

  private final String[] codes;

  /** By slot: the spread hash of the code there, compared before the code itself. */
  private final int[] hashes;

  /** By slot: the position of the code there, or -1 for an empty slot. */
  private final int[] positions;

  /**
   * By slot: the instance last found there. Written without a lock: another thread at worst
   * compares once more.
   */
  private final String[] seen;

  private final int mask;

  /**
   * @param codes the codes, by position; each at most once
   */
  public CodeTable(List<String> codes) {
    this.codes = codes.toArray(String[]::new);
    int size = Integer.highestOneBit(Math.max(4, this.codes.length * 4) - 1) << 1;
    hashes = new int[size];
    positions = new int[size];
    seen = new String[size];
    mask = size - 1;
    Arrays.fill(positions, -1);
    for (int p = 0; p < this.codes.length; p++) {
      int h = spread(this.codes[p].hashCode());
      int slot = h & mask;
      while (positions[slot] >= 0) {
        if (this.codes[positions[slot]].equals(this.codes[p])) {
          throw new IllegalArgumentException("code " + this.codes[p] + " given twice");
        }
        slot = (slot + 1) & mask;
      }
      positions[slot] = p;
      hashes[slot] = h;
      seen[slot] = this.codes[p];
    }
  }

  /** Codes share long prefixes ({@code engagement-drivers.q1}): mix the high bits in. */
  static int spread(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }

  public int size() {
    return codes.length;
  }

  /** The code at {@code position}: the instance the table was made with. */
  public String code(int position) {
    return codes[position];
  }

  /** The position of {@code code}, or -1. */
  public int positionOf(String code) {
    int h = spread(code.hashCode());
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      int p = positions[slot];
      if (p < 0) {
        return -1;
      }
      if (seen[slot] == code) {
        return p;
      }
      if (hashes[slot] == h && codes[p].equals(code)) {
        seen[slot] = code;
        return p;
      }
    }
  }

  /** The position of the code {@code text.substring(start, end)}, or -1. */
  public int positionOf(String text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text.charAt(i);
    }
    h = spread(h);
    int length = end - start;
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      int p = positions[slot];
      if (p < 0) {
        return -1;
      }
      // comparing the full hash first leaves one region comparison per look-up
      if (hashes[slot] == h
          && codes[p].length() == length
          && text.regionMatches(start, codes[p], 0, length)) {
        return p;
      }
    }
  }
}
