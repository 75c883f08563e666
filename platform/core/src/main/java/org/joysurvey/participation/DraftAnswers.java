package org.joysurvey.participation;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** A draft's answers as stored: a JSON object of interchange text cells, in the form's order. */
final class DraftAnswers {

  private DraftAnswers() {}

  static String toJson(Map<String, String> cells) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    cells.forEach(
        (code, cell) -> {
          if (code != null && cell != null) {
            object.add(code, cell);
          }
        });
    return object.build().toString();
  }

  static Map<String, String> fromJson(String json) {
    Map<String, String> cells = new LinkedHashMap<>();
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      object.forEach(
          (code, value) -> {
            if (value instanceof JsonString text) {
              cells.put(code, text.getString());
            }
          });
    }
    return cells;
  }
}
