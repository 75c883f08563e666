package org.joysurvey.spi;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The answers of one response as an immutable map whose values sit in an array by questionnaire
 * position: what the platform gives {@link Answers} when it reads a whole edition for a report.
 * Looking a code up costs one probe of a table shared by every response (hashed once per code, and
 * remembered by identity for the plugin's own constant), where a map per response would hash and
 * compare afresh in memory new for every response. Plugins see only a {@link Map}.
 *
 * @since 1.2
 */
@PlatformInternal
public final class PositionedAnswers extends AbstractMap<String, AnswerValue> {

  private final CodeTable codes;
  private final AnswerValue[] values;
  private final int size;

  /**
   * @param codes the questionnaire's item codes, by position
   * @param values by position; {@code null} where unanswered. Kept, not copied: the caller gives up
   *     the array.
   */
  public PositionedAnswers(CodeTable codes, AnswerValue[] values) {
    if (values.length != codes.size()) {
      throw new IllegalArgumentException("one value (or null) per position is needed");
    }
    this.codes = codes;
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
    int p = key instanceof String code ? codes.positionOf(code) : -1;
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
            Entry<String, AnswerValue> entry = Map.entry(codes.code(next), values[next]);
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
}
