package org.joysurvey.web.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;

/**
 * A JSON request body read field by field. A field of the wrong JSON type, or one the request does
 * not know, is recorded as a problem at its name, and reading goes on, so that one {@code 400}
 * reply lists every wrong field ({@link #refuseIfProblems()}). A field that is missing or {@code
 * null} reads as {@code null}: whether it is required is for the service to say.
 */
final class JsonBody {

  static final String NOT_AN_OBJECT = "the body must be one JSON object";

  /**
   * The deepest nesting of arrays and objects a body may have (the body itself is level 1); no
   * request of the API needs more than a few levels.
   */
  static final int MAX_DEPTH = 32;

  private final JsonObject object;

  /**
   * What the columns of this object's problems start with: empty, or the path of a nested object.
   */
  private final String path;

  private final String refused;

  /**
   * Shared with the objects read from this one, so that problems keep the order they were found in.
   */
  private final List<Problem> problems;

  private boolean recordedProblem;

  private JsonBody(JsonObject object, String path, String refused, List<Problem> problems) {
    this.object = object;
    this.path = path;
    this.refused = refused;
    this.problems = problems;
  }

  /** The body, which must be one JSON object; otherwise the request is refused at once. */
  static JsonBody of(JsonValue body, String refused) {
    return of(body, refused, NOT_AN_OBJECT);
  }

  /**
   * @param refused the reply's error, should the body be refused: what was not done
   * @param notAnObject the problem when the body is not a JSON object
   */
  static JsonBody of(JsonValue body, String refused, String notAnObject) {
    if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InputRejectedException(refused, List.of(Problem.at(null, notAnObject)));
    }
    if (tooDeep(body)) {
      throw new InputRejectedException(
          refused,
          List.of(
              Problem.at(
                  null,
                  "the body is nested more than " + MAX_DEPTH + " levels deep; no field is")));
    }
    return new JsonBody(body.asJsonObject(), "", refused, new ArrayList<>());
  }

  /**
   * A field of a body that is a JSON object; {@code null} when it is missing or the body is no
   * object.
   */
  static JsonValue field(JsonValue body, String field) {
    return body != null && body.getValueType() == JsonValue.ValueType.OBJECT
        ? body.asJsonObject().get(field)
        : null;
  }

  /** The names of the fields, in the order of the body. */
  Set<String> fields() {
    return object.keySet();
  }

  /** The field as it is, JSON {@code null} included; {@code null} when it is missing. */
  JsonValue value(String field) {
    return object.get(field);
  }

  /** Records each field not among {@code known}, in alphabetical order. */
  void unknownFields(Collection<String> known, String message) {
    object.keySet().stream()
        .filter(k -> !known.contains(k))
        .sorted()
        .forEach(k -> problem(k, message));
  }

  String string(String field) {
    JsonValue value = present(field);
    if (value instanceof JsonString s) {
      return s.getString();
    }
    if (value != null) {
      problem(field, "must be a string");
    }
    return null;
  }

  /**
   * A whole number that fits an {@code int}; a larger one is refused rather than wrapped around.
   */
  Integer integer(String field) {
    JsonValue value = present(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
      problem(field, "must be a whole number");
      return null;
    }
    try {
      return n.intValueExact();
    } catch (ArithmeticException e) {
      problem(
          field, "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
      return null;
    }
  }

  /** A whole number that fits a {@code long}; {@code message} for anything else. */
  Long wholeNumber(String field, String message) {
    JsonValue value = present(field);
    if (value == null) {
      return null;
    }
    try {
      if (value instanceof JsonNumber n && n.isIntegral()) {
        return n.longValueExact();
      }
    } catch (ArithmeticException e) {
      // out of range: refused like a fraction
    }
    problem(field, message);
    return null;
  }

  Double number(String field) {
    JsonValue value = present(field);
    if (value instanceof JsonNumber n) {
      double d = n.doubleValue();
      if (Double.isInfinite(d)) {
        // 1e400 would be read as infinity
        problem(field, "must be a number from -1.7976931348623157E308 to 1.7976931348623157E308");
        return null;
      }
      return d;
    }
    if (value != null) {
      problem(field, "must be a number");
    }
    return null;
  }

  /** An array of strings; empty when missing. Each element that is not a string is recorded. */
  List<String> strings(String field, String notAnArray, String notAString) {
    List<String> strings = new ArrayList<>();
    JsonValue value = present(field);
    if (value == null) {
      return strings;
    }
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      problem(field, notAnArray);
      return strings;
    }
    for (JsonValue element : value.asJsonArray()) {
      if (element instanceof JsonString s) {
        strings.add(s.getString());
      } else {
        problem(field, notAString);
      }
    }
    return strings;
  }

  /**
   * A nested object, read like this one with its problems under {@code field.}; {@code null} when
   * missing.
   */
  JsonBody object(String field, String notAnObject) {
    return present(field) == null ? null : requiredObject(field, notAnObject);
  }

  /**
   * A nested object that must be there: missing or {@code null}, it is recorded like any other
   * value.
   */
  JsonBody requiredObject(String field, String notAnObject) {
    JsonValue value = object.get(field);
    if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
      problem(field, notAnObject);
      return null;
    }
    return new JsonBody(value.asJsonObject(), path + field + ".", refused, problems);
  }

  /** Records a problem with a field of this object. */
  void problem(String field, String message) {
    problems.add(Problem.at(path + field, message));
    recordedProblem = true;
  }

  /** Whether a problem was recorded with a field of this object (not of an object read from it). */
  boolean hasProblems() {
    return recordedProblem;
  }

  /** Refuses the request with every problem recorded, if there is any. */
  void refuseIfProblems() {
    if (!problems.isEmpty()) {
      throw new InputRejectedException(refused, problems);
    }
  }

  /** Whether arrays and objects nest deeper than {@link #MAX_DEPTH}; walked without recursion. */
  private static boolean tooDeep(JsonValue body) {
    java.util.ArrayDeque<JsonValue> level = new java.util.ArrayDeque<>(List.of(body));
    for (int depth = 1; !level.isEmpty(); depth++) {
      java.util.ArrayDeque<JsonValue> next = new java.util.ArrayDeque<>();
      for (JsonValue value : level) {
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
          next.addAll(value.asJsonObject().values());
        } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
          next.addAll(value.asJsonArray());
        }
      }
      next.removeIf(
          v ->
              v.getValueType() != JsonValue.ValueType.OBJECT
                  && v.getValueType() != JsonValue.ValueType.ARRAY);
      if (!next.isEmpty() && depth == MAX_DEPTH) {
        return true;
      }
      level = next;
    }
    return false;
  }

  /** The field's value; {@code null} when it is missing or JSON {@code null}. */
  private JsonValue present(String field) {
    JsonValue value = object.get(field);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
  }
}
