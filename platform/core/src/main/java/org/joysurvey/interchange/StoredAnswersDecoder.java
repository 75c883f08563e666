package org.joysurvey.interchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.questionnaire.QuestionnaireItem;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.CodeTable;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.ItemType;
import org.joysurvey.spi.Option;

/**
 * Reads stored answers (the interchange JSON the platform itself wrote) fast, for reports that read
 * every response of an edition. It scans the text once and looks item codes and option codes up
 * without allocating strings for them: the codes in the returned answers are the questionnaire's
 * own instances. Anything it does not expect (an unknown item, a value that no longer fits the
 * item, a malformed text) makes it fall back to the general JSON reader, {@link
 * JsonAnswers#fromStoredJson}, which skips what does not fit.
 */
public final class StoredAnswersDecoder {

  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type can only be made raw
  private static final Map.Entry<String, AnswerValue>[] ENTRY_ARRAY = new Map.Entry[0];

  private final Questionnaire questionnaire;
  private final CodeTable items;

  /** By the item's position in {@link #items}. */
  private final Entry[] entries;

  private record Entry(String code, Item item, CodeTable options) {}

  public StoredAnswersDecoder(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
    List<String> codes = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    for (QuestionnaireItem qi : questionnaire.items()) {
      List<String> optionCodes = qi.item().options().stream().map(Option::code).toList();
      codes.add(qi.code());
      entries.add(new Entry(qi.code(), qi.item(), new CodeTable(optionCodes)));
    }
    items = new CodeTable(codes);
    this.entries = entries.toArray(Entry[]::new);
  }

  public Answers decode(String json) {
    try {
      List<Map.Entry<String, AnswerValue>> values = new ArrayList<>(questionnaire.items().size());
      Scanner s = new Scanner(json);
      s.expect('{');
      if (!s.skipIf('}')) {
        do {
          int keyStart = s.stringStart();
          int keyEnd = s.plainStringEnd();
          int position = keyEnd < 0 ? -1 : items.positionOf(json, keyStart, keyEnd);
          if (position < 0) {
            return JsonAnswers.fromStoredJson(questionnaire, json);
          }
          Entry entry = entries[position];
          s.pos = keyEnd + 1;
          s.expect(':');
          AnswerValue value = value(s, entry);
          if (value == null) {
            return JsonAnswers.fromStoredJson(questionnaire, json);
          }
          values.add(Map.entry(entry.code(), value));
        } while (s.skipIf(','));
        s.expect('}');
      }
      // an immutable map made once: Answers keeps it as it is, instead of copying a HashMap; a code
      // given twice throws here, and the general reader decides what it means
      return new Answers(Map.ofEntries(values.toArray(ENTRY_ARRAY)));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return JsonAnswers.fromStoredJson(questionnaire, json);
    }
  }

  private static AnswerValue value(Scanner s, Entry entry) {
    ItemType type = entry.item().type();
    switch (type) {
      case SINGLE, YES_NO -> {
        String option = s.option(entry.options());
        return option == null ? null : new AnswerValue.Choice(option);
      }
      case MULTI, RANKED -> {
        s.expect('[');
        List<String> codes = new ArrayList<>(4);
        if (!s.skipIf(']')) {
          do {
            String option = s.option(entry.options());
            if (option == null) {
              return null;
            }
            codes.add(option);
          } while (s.skipIf(','));
          s.expect(']');
        }
        return new AnswerValue.Choices(codes);
      }
      case LIKERT -> {
        return new AnswerValue.Scale(s.integer());
      }
      case NUMBER -> {
        return new AnswerValue.Number(new BigDecimal(s.number()));
      }
      case TEXT -> {
        return new AnswerValue.Text(s.text());
      }
      default -> {
        return null;
      }
    }
  }

  /** A cursor over JSON text without whitespace (as the platform writes it). */
  private static final class Scanner {
    private final String text;
    private int pos;

    Scanner(String text) {
      this.text = text;
    }

    void expect(char c) {
      if (text.charAt(pos++) != c) {
        throw new IllegalArgumentException("expected " + c);
      }
    }

    boolean skipIf(char c) {
      if (pos < text.length() && text.charAt(pos) == c) {
        pos++;
        return true;
      }
      return false;
    }

    /** Consumes the opening quote; returns where the content starts. */
    int stringStart() {
      expect('"');
      return pos;
    }

    /** The index of the closing quote of a string without escapes, or -1 if it has escapes. */
    int plainStringEnd() {
      for (int i = pos; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"') {
          return i;
        }
        if (c == '\\') {
          return -1;
        }
        if (c < 0x20) {
          // JSON allows control characters in a string only escaped; the general reader refuses
          // them
          throw new IllegalArgumentException("control character in a string");
        }
      }
      throw new IllegalArgumentException("unterminated string");
    }

    /** A quoted option code, as the table's own instance, or null if it is not one of them. */
    String option(CodeTable options) {
      int start = stringStart();
      int end = plainStringEnd();
      if (end < 0) {
        return null;
      }
      pos = end + 1;
      int position = options.positionOf(text, start, end);
      return position < 0 ? null : options.code(position);
    }

    int integer() {
      int start = pos;
      boolean negative = skipIf('-');
      int value = 0;
      int digits = 0;
      while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
        value = value * 10 + (text.charAt(pos++) - '0');
        digits++;
      }
      if (digits == 0
          || digits > 9
          || (digits > 1 && text.charAt(pos - digits) == '0') // "01" is not JSON
          || (pos < text.length() && ".eE".indexOf(text.charAt(pos)) >= 0)) {
        pos = start;
        throw new IllegalArgumentException("not a small integer");
      }
      return negative ? -value : value;
    }

    /** A number as JSON writes it: {@code -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?}. */
    String number() {
      int start = pos;
      skipIf('-');
      int first = pos;
      if (digits() == 0 || (text.charAt(first) == '0' && pos - first > 1)) {
        throw new IllegalArgumentException("not a JSON number"); // "012" is not JSON
      }
      if (skipIf('.') && digits() == 0) {
        throw new IllegalArgumentException("not a JSON number");
      }
      if (skipIf('e') || skipIf('E')) {
        if (!skipIf('+')) {
          skipIf('-');
        }
        if (digits() == 0) {
          throw new IllegalArgumentException("not a JSON number");
        }
      }
      return text.substring(start, pos);
    }

    private int digits() {
      int from = pos;
      while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
        pos++;
      }
      return pos - from;
    }

    /** A JSON string with its escapes resolved. */
    String text() {
      int start = stringStart();
      int end = plainStringEnd();
      if (end >= 0) {
        pos = end + 1;
        return text.substring(start, end);
      }
      StringBuilder sb = new StringBuilder();
      while (true) {
        char c = text.charAt(pos++);
        if (c == '"') {
          return sb.toString();
        }
        if (c != '\\') {
          if (c < 0x20) {
            throw new IllegalArgumentException("control character in a string");
          }
          sb.append(c);
          continue;
        }
        char e = text.charAt(pos++);
        switch (e) {
          case '"', '\\', '/' -> sb.append(e);
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'n' -> sb.append('\n');
          case 'r' -> sb.append('\r');
          case 't' -> sb.append('\t');
          case 'u' -> {
            // four hex digits exactly: parseInt would also take a sign ("\\u+041")
            int code = 0;
            for (int last = pos + 4; pos < last; pos++) {
              char h = text.charAt(pos);
              int digit = h < 128 ? Character.digit(h, 16) : -1; // not other scripts' digits
              if (digit < 0) {
                throw new IllegalArgumentException("bad \\u escape");
              }
              code = code * 16 + digit;
            }
            sb.append((char) code);
          }
          default -> throw new IllegalArgumentException("bad escape");
        }
      }
    }
  }
}
