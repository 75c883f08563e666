package org.joysurvey.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;
import org.joysurvey.testing.HostileAnswers;
import org.joysurvey.testing.Tries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Any JSON thrown at a request body ends in values read or a refusal with the fields named ({@link
 * InputRejectedException}, a 400), never another exception (a 500), never a hang. The randomised
 * test runs a fixed number of tries for each of fixed seeds ({@link Tries}).
 */
class JsonBodyPropertiesTest {

  private static final Duration BOUND = Duration.ofSeconds(5);
  private static final List<String> FIELDS =
      List.of("year", "title", "threshold", "value", "instruments", "settings", "id");

  private static final List<String> SCALARS =
      List.of(
          "1",
          "-0",
          "2025",
          "2147483648",
          "-9223372036854775809",
          "1e400",
          "-1e400",
          "1e-400",
          "1.5",
          "1E+2",
          "null",
          "true",
          "\"\"",
          "\"\\u0000\"",
          "\"\\uD800\"",
          "\"\uD83D\uDE00\"",
          "\"\uFEFF\"",
          "\"=1+2\"",
          "[]",
          "{}",
          "[\"a\",1]",
          "[[[[[]]]]]");

  /** Up to 6 fields (a field may come twice), with scalar values or a long or odd string. */
  private static String object(Random random) {
    List<String> fields = new ArrayList<>();
    for (int i = random.nextInt(7); i > 0; i--) {
      String value =
          random.nextInt(8) == 0
              ? Json.createValue(HostileAnswers.anyString(random, 300)).toString()
              : HostileAnswers.oneOf(random, SCALARS);
      fields.add("\"" + HostileAnswers.oneOf(random, FIELDS) + "\":" + value);
    }
    return "{" + String.join(",", fields) + "}";
  }

  /**
   * An object of fields, or that object nested in itself through "settings", or arrays or objects
   * nested 1 to 64 deep, or any of these changed once (a stretch deleted, duplicated, swapped).
   */
  private static String body(Random random) {
    String body =
        switch (random.nextInt(4)) {
          case 0, 1 -> object(random);
          case 2 -> object(random).replace("{", "{\"settings\":{\"settings\":").replace("}", "}}}");
          default -> {
            int depth = random.nextInt(1, 65);
            yield random.nextBoolean()
                ? "{\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}"
                : "{\"settings\":" + "{\"x\":".repeat(depth) + "1" + "}".repeat(depth) + "}";
          }
        };
    return random.nextInt(5) == 0 ? HostileAnswers.mutate(random, body, SCALARS) : body;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {401, 402, 403, 404})
  void anyBodyIsReadOrRefusedWithItsFields(long seed) {
    Tries.run(
        seed,
        100,
        (random, where) -> {
          String text = body(random);
          JsonValue body;
          try {
            body = Json.createReader(new StringReader(text)).readValue();
          } catch (JsonException e) {
            return; // answered 400 by ExceptionMappers.MalformedJson
          }
          assertTimeoutPreemptively(
              BOUND,
              () -> {
                try {
                  JsonBody json = JsonBody.of(body, "Nothing was changed.");
                  json.integer("year");
                  json.string("title");
                  json.wholeNumber("id", "must be a whole number");
                  json.number("value");
                  json.strings("instruments", "must be an array", "must be strings");
                  JsonBody settings = json.object("settings", "must be an object");
                  if (settings != null) {
                    settings.fields().forEach(settings::string);
                  }
                  json.unknownFields(FIELDS, "is not a field");
                  json.refuseIfProblems();
                } catch (InputRejectedException e) {
                  // the 400 with every problem
                }
              },
              where);
        });
  }

  @Test
  void aBodyNestedDeeperThanTheLimitIsRefusedAtOnce() {
    int deep = JsonBody.MAX_DEPTH;
    JsonValue ok =
        Json.createReader(new StringReader("[".repeat(deep - 1) + "]".repeat(deep - 1)))
            .readValue();
    JsonBody.of(Json.createObjectBuilder().add("x", ok).build(), "Nothing was changed.");
    JsonValue tooDeep =
        Json.createReader(new StringReader("[".repeat(deep) + "]".repeat(deep))).readValue();
    InputRejectedException e =
        assertThrows(
            InputRejectedException.class,
            () ->
                JsonBody.of(
                    Json.createObjectBuilder().add("x", tooDeep).build(), "Nothing was changed."));
    assertEquals(
        List.of(Problem.at(null, "the body is nested more than 32 levels deep; no field is")),
        e.problems());
  }

  @Test
  void aBodyNestedAHundredThousandLevelsFailsFastInTheParserAndIsAnswered400() {
    // Parsson stops at 1,000 levels with a plain RuntimeException, not a JsonException, before
    // JsonBody sees the body; ExceptionMappers finds it in the cause chain and answers 400
    String text = "{\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    RuntimeException e =
        assertThrows(
            RuntimeException.class, () -> Json.createReader(new StringReader(text)).readValue());
    assertTrue(
        ExceptionMappers.unreadableJson(new RuntimeException("reading the entity", e))
            .orElseThrow()
            .contains("nested too deeply"));
  }

  @Test
  void aNumberBeyondDoubleIsRefusedNotReadAsInfinity() {
    JsonBody body =
        JsonBody.of(
            Json.createReader(new StringReader("{\"value\":1e400}")).readValue(), "Not stored.");
    assertEquals(null, body.number("value"));
    assertEquals(
        List.of(
            Problem.at(
                "value",
                "must be a number from -1.7976931348623157E308 to 1.7976931348623157E308")),
        assertThrows(InputRejectedException.class, body::refuseIfProblems).problems());
  }
}
