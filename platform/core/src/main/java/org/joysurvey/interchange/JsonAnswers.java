package org.joysurvey.interchange;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.joysurvey.questionnaire.AnswerCodec;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.questionnaire.QuestionnaireItem;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.ItemType;

/** Answers to and from the interchange JSON object (also the stored form of a response). */
public final class JsonAnswers {

  /**
   * One provider for the whole application: {@code Json.create*} looks the provider up on every
   * call.
   */
  static final JsonProvider JSON = JsonProvider.provider();

  private static final JsonParserFactory PARSERS = JSON.createParserFactory(Map.of());

  private JsonAnswers() {}

  /** The interchange JSON object, keys sorted so that equal answers give equal text. */
  public static JsonObject toJson(Answers answers) {
    JsonObjectBuilder object = JSON.createObjectBuilder();
    new TreeMap<>(answers.values())
        .forEach((code, value) -> object.add(code, AnswerCodec.toJson(value)));
    return object.build();
  }

  public static String toJsonText(Answers answers) {
    return toJson(answers).toString();
  }

  /**
   * Reads stored answers back, in one streaming pass over the text (reports read every response of
   * an edition this way). Answers were validated when stored; an item that no longer exists, or
   * whose type has since changed, is skipped rather than failing the whole report.
   */
  public static Answers fromStoredJson(Questionnaire questionnaire, String json) {
    Map<String, AnswerValue> values = new HashMap<>();
    try (JsonParser parser = PARSERS.createParser(new StringReader(json))) {
      if (next(parser) != JsonParser.Event.START_OBJECT) {
        return Answers.NONE;
      }
      JsonParser.Event event;
      while ((event = next(parser)) == JsonParser.Event.KEY_NAME) {
        String code = parser.getString();
        QuestionnaireItem item = questionnaire.item(code).orElse(null);
        AnswerValue value = read(parser, next(parser), item == null ? null : item.item());
        if (value != null) {
          values.put(code, value);
        }
      }
    }
    return new Answers(values);
  }

  /**
   * Skips the rest of the array or object the parser has just entered. Parsson's own {@code
   * skipArray} never returns on an array that the text does not close.
   */
  private static void skip(JsonParser parser) {
    int depth = 1;
    while (depth > 0) {
      JsonParser.Event e = next(parser);
      if (e == JsonParser.Event.START_ARRAY || e == JsonParser.Event.START_OBJECT) {
        depth++;
      } else if (e == JsonParser.Event.END_ARRAY || e == JsonParser.Event.END_OBJECT) {
        depth--;
      }
    }
  }

  private static JsonParser.Event next(JsonParser parser) {
    if (!parser.hasNext()) {
      throw new jakarta.json.JsonException("the stored answers end before their last value");
    }
    return parser.next();
  }

  /** The number the parser is at; one that BigDecimal cannot hold is malformed JSON here. */
  private static java.math.BigDecimal number(JsonParser parser) {
    try {
      return parser.getBigDecimal();
    } catch (NumberFormatException e) {
      throw new jakarta.json.JsonException("a number out of range: " + e.getMessage(), e);
    }
  }

  /** The value the parser is at, if it fits the item's type; {@code null} otherwise. */
  private static AnswerValue read(JsonParser parser, JsonParser.Event event, Item item) {
    switch (event) {
      case START_ARRAY -> {
        if (item == null || !item.type().isList()) {
          skip(parser);
          return null;
        }
        List<String> codes = new ArrayList<>();
        JsonParser.Event e;
        while ((e = next(parser)) != JsonParser.Event.END_ARRAY) {
          if (e == JsonParser.Event.VALUE_STRING) {
            codes.add(parser.getString());
          } else if (e == JsonParser.Event.START_ARRAY || e == JsonParser.Event.START_OBJECT) {
            skip(parser);
          }
        }
        return new AnswerValue.Choices(codes);
      }
      case START_OBJECT -> {
        skip(parser);
        return null;
      }
      case VALUE_STRING -> {
        if (item == null) {
          return null;
        }
        return switch (item.type()) {
          case SINGLE, YES_NO -> new AnswerValue.Choice(parser.getString());
          case TEXT -> new AnswerValue.Text(parser.getString());
          default -> null;
        };
      }
      case VALUE_NUMBER -> {
        if (item == null) {
          return null;
        }
        if (item.type() == ItemType.LIKERT && parser.isIntegralNumber()) {
          // getInt() would wrap a number beyond int around (4294967297 read as 1)
          java.math.BigDecimal point = number(parser);
          // a scale point has a few digits; intValueExact of 1e999999999 would write it out first
          if (point.precision() - point.scale() > 10) {
            return null;
          }
          try {
            return new AnswerValue.Scale(point.intValueExact());
          } catch (ArithmeticException e) {
            return null;
          }
        }
        return item.type() == ItemType.NUMBER ? new AnswerValue.Number(number(parser)) : null;
      }
      default -> {
        return null;
      }
    }
  }
}
