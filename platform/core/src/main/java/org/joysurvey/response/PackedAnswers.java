package org.joysurvey.response;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.questionnaire.QuestionnaireItem;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.CodeTable;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.ItemType;
import org.joysurvey.spi.Option;
import org.joysurvey.spi.PositionedAnswers;

/**
 * The compact form of a response's answers that reports read: item and option positions in the
 * edition's questionnaire instead of their codes, about a tenth of the stored JSON. The JSON stays
 * the record of the response (exports, reseal, any later reading); this form is written beside it
 * and is only valid for the questionnaire it was written against, which its {@link #layout()}
 * fingerprint identifies: a plugin update that adds, removes or reorders items or options gives a
 * new layout, and the report then reads the JSON instead.
 *
 * <p>Format: for each answered item, in questionnaire order, the item's position (varint), then by
 * type: single, yes-no and likert the option's position; multi and ranked the count and the option
 * positions (rank order); number and text their text, UTF-8, after its length.
 */
public final class PackedAnswers {

  private final String[] codes;
  private final Item[] items;
  private final CodeTable positions;

  /** values[item][option]: single-valued answers are shared, not made per response. */
  private final AnswerValue[][] values;

  private final long layout;

  /** How each item's answer is packed, by position: a byte switch, not one on the item's type. */
  private final byte[] kinds;

  private static final byte ONE_OPTION = 0;
  private static final byte OPTIONS = 1;
  private static final byte NUMBER = 2;
  private static final byte TEXT = 3;

  /**
   * The layout of a stored row without packed answers (they did not fit): never a questionnaire's,
   * so a row has answers exactly when its layout is a questionnaire's.
   */
  public static final long NO_LAYOUT = 0;

  public PackedAnswers(Questionnaire questionnaire) {
    List<QuestionnaireItem> all = questionnaire.items();
    codes = new String[all.size()];
    items = new Item[all.size()];
    values = new AnswerValue[all.size()][];
    kinds = new byte[all.size()];
    StringBuilder canonical = new StringBuilder();
    for (int i = 0; i < all.size(); i++) {
      codes[i] = all.get(i).code();
      items[i] = all.get(i).item();
      kinds[i] =
          switch (items[i].type()) {
            case SINGLE, YES_NO, LIKERT -> ONE_OPTION;
            case MULTI, RANKED -> OPTIONS;
            case NUMBER -> NUMBER;
            case TEXT -> TEXT;
          };
      List<Option> options = items[i].options();
      values[i] = new AnswerValue[options.size()];
      canonical.append(codes[i]).append('\u0000').append(items[i].type().name());
      for (int o = 0; o < options.size(); o++) {
        String option = options.get(o).code();
        canonical.append('\u0000').append(option);
        values[i][o] =
            items[i].type() == ItemType.LIKERT
                ? new AnswerValue.Scale(Integer.parseInt(option))
                : new AnswerValue.Choice(option);
      }
      canonical.append('\u0001');
    }
    layout = fingerprint(canonical.toString());
    positions = new CodeTable(List.of(codes));
  }

  private static long fingerprint(String canonical) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      long fingerprint = ByteBuffer.wrap(digest).getLong();
      return fingerprint == NO_LAYOUT ? 1 : fingerprint;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Identifies the questionnaire's items, types and options (not its wording): what the positions
   * mean.
   */
  public long layout() {
    return layout;
  }

  /**
   * The packed form, or {@code null} when an answer does not fit the questionnaire (an unknown item
   * or option): such a response is only stored as JSON.
   */
  public byte[] encode(Answers answers) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    int written = 0;
    for (int i = 0; i < codes.length && written < answers.values().size(); i++) {
      AnswerValue value = answers.values().get(codes[i]);
      if (value == null) {
        continue;
      }
      writeVarint(out, i);
      if (!encodeValue(out, items[i], value)) {
        return null;
      }
      written++;
    }
    return written == answers.values().size() ? out.toByteArray() : null;
  }

  private static boolean encodeValue(ByteArrayOutputStream out, Item item, AnswerValue value) {
    switch (item.type()) {
      case SINGLE, YES_NO -> {
        return value instanceof AnswerValue.Choice c && writeOption(out, item, c.code());
      }
      case LIKERT -> {
        return value instanceof AnswerValue.Scale s
            && writeOption(out, item, Integer.toString(s.value()));
      }
      case MULTI, RANKED -> {
        if (!(value instanceof AnswerValue.Choices c)) {
          return false;
        }
        writeVarint(out, c.codes().size());
        for (String code : c.codes()) {
          if (!writeOption(out, item, code)) {
            return false;
          }
        }
        return true;
      }
      case NUMBER -> {
        if (!(value instanceof AnswerValue.Number n)) {
          return false;
        }
        writeText(out, n.value().toString());
        return true;
      }
      case TEXT -> {
        if (!(value instanceof AnswerValue.Text t)) {
          return false;
        }
        writeText(out, t.value());
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  private static boolean writeOption(ByteArrayOutputStream out, Item item, String code) {
    List<Option> options = item.options();
    for (int o = 0; o < options.size(); o++) {
      if (options.get(o).code().equals(code)) {
        writeVarint(out, o);
        return true;
      }
    }
    return false;
  }

  private static void writeText(ByteArrayOutputStream out, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    writeVarint(out, bytes.length);
    out.write(bytes, 0, bytes.length);
  }

  private static void writeVarint(ByteArrayOutputStream out, int value) {
    while ((value & ~0x7f) != 0) {
      out.write((value & 0x7f) | 0x80);
      value >>>= 7;
    }
    out.write(value);
  }

  /**
   * The answers of a packed form written against this layout. Codes and single-valued answers are
   * the questionnaire's own instances.
   *
   * @throws IllegalArgumentException if the bytes are not such a form
   */
  public Answers decode(byte[] packed) {
    try {
      Reader in = new Reader(packed);
      AnswerValue[] answers = new AnswerValue[codes.length];
      int previous = -1;
      while (in.pos < packed.length) {
        int i = in.varint();
        if (i <= previous || i >= codes.length) {
          throw new IllegalArgumentException("item position " + i + " out of order or range");
        }
        previous = i;
        AnswerValue[] options = values[i];
        answers[i] =
            switch (kinds[i]) {
              case ONE_OPTION -> options[in.varint()];
              case OPTIONS -> {
                int count = in.varint();
                if (count < 0 || count > options.length) {
                  throw new IllegalArgumentException("more choices than options");
                }
                String[] chosen = new String[count];
                for (int c = 0; c < count; c++) {
                  chosen[c] = ((AnswerValue.Choice) options[in.varint()]).code();
                }
                yield new AnswerValue.Choices(List.of(chosen));
              }
              case NUMBER -> new AnswerValue.Number(new BigDecimal(in.text()));
              default -> new AnswerValue.Text(in.text());
            };
      }
      return new Answers(new PositionedAnswers(positions, answers));
    } catch (IndexOutOfBoundsException | NumberFormatException e) {
      throw new IllegalArgumentException("not a packed response of this layout", e);
    }
  }

  private static final class Reader {
    private final byte[] bytes;
    private int pos;

    Reader(byte[] bytes) {
      this.bytes = bytes;
    }

    int varint() {
      int value = 0;
      for (int shift = 0; shift < 32; shift += 7) {
        byte b = bytes[pos++];
        value |= (b & 0x7f) << shift;
        if (b >= 0) {
          return value;
        }
      }
      throw new IllegalArgumentException("varint too long");
    }

    String text() {
      int length = varint();
      if (length < 0 || length > bytes.length - pos) {
        throw new IllegalArgumentException("text runs past the end");
      }
      String text = new String(bytes, pos, length, StandardCharsets.UTF_8);
      pos += length;
      return text;
    }
  }
}
