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
      if (parser.next() != JsonParser.Event.START_OBJECT) {
        return Answers.NONE;
      }
      JsonParser.Event event;
      while ((event = parser.next()) == JsonParser.Event.KEY_NAME) {
        String code = parser.getString();
        QuestionnaireItem item = questionnaire.item(code).orElse(null);
        AnswerValue value = read(parser, parser.next(), item == null ? null : item.item());
        if (value != null) {
          values.put(code, value);
        }
      }
    }
    return new Answers(values);
  }

  /** The value the parser is at, if it fits the item's type; {@code null} otherwise. */
  private static AnswerValue read(JsonParser parser, JsonParser.Event event, Item item) {
    switch (event) {
      case START_ARRAY -> {
        if (item == null || !item.type().isList()) {
          parser.skipArray();
          return null;
        }
        List<String> codes = new ArrayList<>();
        JsonParser.Event e;
        while ((e = parser.next()) != JsonParser.Event.END_ARRAY) {
          if (e == JsonParser.Event.VALUE_STRING) {
            codes.add(parser.getString());
          }
        }
        return new AnswerValue.Choices(codes);
      }
      case START_OBJECT -> {
        parser.skipObject();
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
          return new AnswerValue.Scale(parser.getInt());
        }
        return item.type() == ItemType.NUMBER
            ? new AnswerValue.Number(parser.getBigDecimal())
            : null;
      }
      default -> {
        return null;
      }
    }
  }
}
