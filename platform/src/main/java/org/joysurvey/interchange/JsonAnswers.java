package org.joysurvey.interchange;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.joysurvey.response.AnswerCodec;
import org.joysurvey.response.InvalidAnswerException;
import org.joysurvey.response.Questionnaire;
import org.joysurvey.response.QuestionnaireItem;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;

/** Answers to and from the interchange JSON object (also the stored form of a response). */
public final class JsonAnswers {

  private JsonAnswers() {}

  /** The interchange JSON object, keys sorted so that equal answers give equal text. */
  public static JsonObject toJson(Answers answers) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    new TreeMap<>(answers.values()).forEach((code, value) -> object.add(code, AnswerCodec.toJson(value)));
    return object.build();
  }

  public static String toJsonText(Answers answers) {
    return toJson(answers).toString();
  }

  /**
   * Reads stored answers back. Answers were validated when stored; an item that no longer exists,
   * or whose type has since changed, is skipped rather than failing the whole report.
   */
  public static Answers fromStoredJson(Questionnaire questionnaire, String json) {
    JsonObject object;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      object = reader.readObject();
    }
    Map<String, AnswerValue> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
      QuestionnaireItem item = questionnaire.item(entry.getKey()).orElse(null);
      if (item == null) {
        continue;
      }
      try {
        AnswerValue value = AnswerCodec.fromJson(item.item(), entry.getValue());
        if (value != null) {
          values.put(entry.getKey(), value);
        }
      } catch (InvalidAnswerException e) {
        // stored under an older item definition; left out of this report
      }
    }
    return new Answers(values);
  }
}
