package org.joysurvey.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.questionnaire.QuestionnaireItem;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.Option;

/**
 * Generators for the randomised tests of the input readers, driven by a {@link Random}: cells of
 * every item type, valid or not; texts built from what breaks readers (formula starts, quotes,
 * separators, line ends, NUL, byte-order marks, surrogate pairs, long runs); arbitrary strings; and
 * mutations of valid input (a character deleted, a stretch duplicated, two characters swapped, a
 * stretch replaced by a hostile piece).
 */
public final class HostileAnswers {

  /** Pieces of text; a generated text is a run of them. No U+FFFD: see docs/security.md. */
  private static final List<String> PIECES =
      List.of(
          "a",
          "Z",
          " ",
          "1",
          "-3",
          "=",
          "+",
          "-",
          "@",
          "'",
          "''",
          "\t",
          "\r",
          "\n",
          "\r\n",
          "\"",
          "\"\"",
          ",",
          ";",
          "\u0000",
          "\uFEFF",
          "ä",
          "日本",
          "\uD83D\uDE00",
          "=SUM(A1:A2)",
          "=cmd|' /C calc'!A0",
          "\\",
          "\\u0041",
          "{",
          "}",
          "[",
          "]",
          "_");

  /** Characters that readers treat specially, drawn more often by {@link #anyString}. */
  private static final String SPECIAL = "=+-@'\"\t\r\n,;\\{}[] \u0000\uFEFF\uFFFD";

  private HostileAnswers() {}

  /** One of the values. */
  public static <T> T oneOf(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A text of up to {@code pieces} pieces (sometimes none), never containing U+FFFD. */
  public static String text(Random random, int pieces) {
    int count = random.nextInt(pieces + 1);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(oneOf(random, PIECES));
    }
    // now and then a long run, which readers buffer
    if (pieces > 4 && random.nextInt(20) == 0) {
      text.append("x".repeat(random.nextInt(500, 3_000)));
    }
    return text.toString();
  }

  /**
   * Any string up to {@code maxLength} characters: often empty or short; characters from the whole
   * of UTF-16 (also half surrogates and U+FFFD), readers' special characters and surrogate pairs.
   */
  public static String anyString(Random random, int maxLength) {
    int length = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(maxLength + 1);
    StringBuilder s = new StringBuilder();
    while (s.length() < length) {
      switch (random.nextInt(4)) {
        case 0 -> s.append(SPECIAL.charAt(random.nextInt(SPECIAL.length())));
        case 1 -> s.appendCodePoint(random.nextInt(0x10000, 0x110000)); // a surrogate pair
        case 2 -> s.append((char) random.nextInt(0x20, 0x7F));
        default -> s.append((char) random.nextInt(0x10000));
      }
    }
    return s.toString();
  }

  /** One cell for the item: mostly a well-formed answer (6 in 9), sometimes empty or not one. */
  public static String cell(Random random, Item item) {
    int pick = random.nextInt(9);
    if (pick >= 6) {
      return pick < 8 ? "" : text(random, 4);
    }
    List<String> codes = item.options().stream().map(Option::code).toList();
    return switch (item.type()) {
      case SINGLE, YES_NO, LIKERT -> oneOf(random, codes);
      case MULTI, RANKED -> {
        List<String> shuffled = new ArrayList<>(codes);
        Collections.shuffle(shuffled, random);
        yield String.join(";", shuffled.subList(0, random.nextInt(shuffled.size() + 1)));
      }
      case NUMBER -> {
        long unscaled =
            random.nextInt(10) == 0
                ? oneOf(random, List.of(-1_000_000L, 0L, 1_000_000L))
                : random.nextLong(-1_000_000, 1_000_001);
        yield BigDecimal.valueOf(unscaled, random.nextInt(4)).toPlainString();
      }
      case TEXT -> text(random, 12);
    };
  }

  /** Cells for every item of the questionnaire, keyed by full code (empty = unanswered). */
  public static Map<String, String> cells(Random random, Questionnaire questionnaire) {
    Map<String, String> map = new LinkedHashMap<>();
    for (QuestionnaireItem item : questionnaire.items()) {
      map.put(item.code(), cell(random, item.item()));
    }
    return map;
  }

  /**
   * The text changed once: a stretch of up to 3 characters replaced by one of the pieces (half the
   * time), or a stretch deleted, a stretch duplicated, or two characters swapped.
   */
  public static String mutate(Random random, String text, List<String> pieces) {
    int from = random.nextInt(text.length() + 1);
    int to = Math.min(text.length(), from + random.nextInt(4));
    switch (random.nextInt(6)) {
      case 0, 1, 2 -> {
        return text.substring(0, from) + oneOf(random, pieces) + text.substring(to);
      }
      case 3 -> {
        return text.substring(0, from) + text.substring(to);
      }
      case 4 -> {
        int end = Math.min(text.length(), from + random.nextInt(1, 12));
        return text.substring(0, end) + text.substring(from, end) + text.substring(end);
      }
      default -> {
        if (text.length() < 2) {
          return text + oneOf(random, pieces);
        }
        char[] chars = text.toCharArray();
        int a = random.nextInt(chars.length);
        int b = random.nextInt(chars.length);
        char swap = chars[a];
        chars[a] = chars[b];
        chars[b] = swap;
        return new String(chars);
      }
    }
  }

  /** {@link #mutate} with texts of up to 3 {@link #PIECES} as the pieces put in. */
  public static String mutate(Random random, String text) {
    return mutate(random, text, List.of(text(random, 3)));
  }
}
