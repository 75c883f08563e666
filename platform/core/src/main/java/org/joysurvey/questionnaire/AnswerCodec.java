package org.joysurvey.questionnaire;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Item;

/**
 * Reads and writes one answer in the two interchange forms: a text cell (CSV, form fields; list
 * answers {@code ;}-joined) and a JSON value. Reading checks only the shape; {@code
 * ResponseValidator} (in {@code response}) checks the content. An empty cell or JSON {@code null}
 * means "not answered" and reads as {@code null}.
 */
public final class AnswerCodec {

  /** One provider for all calls: {@code Json.create*} looks the provider up every time. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private AnswerCodec() {}

  public static AnswerValue fromText(Item item, String cell) throws InvalidAnswerException {
    if (cell == null) {
      return null;
    }
    if (item.type() == org.joysurvey.spi.ItemType.TEXT) {
      return cell.isEmpty() ? null : new AnswerValue.Text(cell);
    }
    String value = cell.strip();
    if (value.isEmpty()) {
      return null;
    }
    switch (item.type()) {
      case SINGLE, YES_NO:
        return new AnswerValue.Choice(value);
      case MULTI, RANKED:
        List<String> codes = new ArrayList<>();
        for (String part : value.split(";", -1)) {
          String code = part.strip();
          if (code.isEmpty()) {
            throw new InvalidAnswerException(
                "'" + value + "' has an empty option between ';' separators");
          }
          codes.add(code);
        }
        return new AnswerValue.Choices(codes);
      case LIKERT:
        try {
          return new AnswerValue.Scale(Integer.parseInt(value));
        } catch (NumberFormatException e) {
          throw new InvalidAnswerException(
              "'"
                  + value
                  + "' is not a whole number on the scale "
                  + item.scaleMin()
                  + ".."
                  + item.scaleMax());
        }
      case NUMBER:
        try {
          return new AnswerValue.Number(new BigDecimal(value));
        } catch (NumberFormatException e) {
          throw new InvalidAnswerException("'" + value + "' is not a number");
        }
      default:
        throw new IllegalStateException("unknown item type " + item.type());
    }
  }

  public static String toText(AnswerValue value) {
    if (value == null) {
      return "";
    }
    if (value instanceof AnswerValue.Choice c) {
      return c.code();
    } else if (value instanceof AnswerValue.Choices c) {
      return String.join(";", c.codes());
    } else if (value instanceof AnswerValue.Scale s) {
      return Integer.toString(s.value());
    } else if (value instanceof AnswerValue.Number n) {
      return n.value().toPlainString();
    }
    return ((AnswerValue.Text) value).value();
  }

  public static AnswerValue fromJson(Item item, JsonValue json) throws InvalidAnswerException {
    if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    switch (item.type()) {
      case SINGLE, YES_NO:
        return new AnswerValue.Choice(string(item, json, "an option code"));
      case TEXT:
        String text = string(item, json, "a text");
        return text.isEmpty() ? null : new AnswerValue.Text(text);
      case MULTI, RANKED:
        if (!(json instanceof JsonArray array)) {
          throw new InvalidAnswerException(
              "expected an array of option codes, got " + describe(json));
        }
        List<String> codes = new ArrayList<>();
        for (JsonValue element : array) {
          codes.add(string(item, element, "an option code"));
        }
        return new AnswerValue.Choices(codes);
      case LIKERT:
        if (json instanceof JsonNumber number && number.isIntegral()) {
          try {
            return new AnswerValue.Scale(number.intValueExact());
          } catch (ArithmeticException e) {
            // falls through to the message below
          }
        }
        throw new InvalidAnswerException(
            "expected a whole number on the scale "
                + item.scaleMin()
                + ".."
                + item.scaleMax()
                + ", got "
                + describe(json));
      case NUMBER:
        if (json instanceof JsonNumber number) {
          return new AnswerValue.Number(number.bigDecimalValue());
        }
        throw new InvalidAnswerException("expected a number, got " + describe(json));
      default:
        throw new IllegalStateException("unknown item type " + item.type());
    }
  }

  public static JsonValue toJson(AnswerValue value) {
    if (value instanceof AnswerValue.Choice c) {
      return JSON.createValue(c.code());
    } else if (value instanceof AnswerValue.Choices c) {
      JsonArrayBuilder array = JSON.createArrayBuilder();
      c.codes().forEach(array::add);
      return array.build();
    } else if (value instanceof AnswerValue.Scale s) {
      return JSON.createValue(s.value());
    } else if (value instanceof AnswerValue.Number n) {
      return JSON.createValue(n.value());
    }
    return JSON.createValue(((AnswerValue.Text) value).value());
  }

  private static String string(Item item, JsonValue json, String expected)
      throws InvalidAnswerException {
    if (json instanceof JsonString s) {
      return s.getString();
    }
    throw new InvalidAnswerException(
        "expected " + expected + " (a JSON string), got " + describe(json));
  }

  private static String describe(JsonValue json) {
    String text = json.toString();
    return json.getValueType().name().toLowerCase()
        + " "
        + (text.length() > 40 ? text.substring(0, 40) + "..." : text);
  }
}
