package org.joysurvey.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;

/**
 * Any JSON thrown at a request body ends in values read or a refusal with the fields named ({@link
 * InputRejectedException}, a 400), never another exception (a 500), never a hang.
 */
class JsonBodyPropertiesTest {

  private static final Duration BOUND = Duration.ofSeconds(5);
  private static final List<String> FIELDS =
      List.of("year", "title", "threshold", "value", "instruments", "settings", "id");

  @Provide
  Arbitrary<String> bodies() {
    Arbitrary<String> scalar =
        Arbitraries.of(
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
            "\"=1+2\"",
            "[]",
            "{}",
            "[\"a\",1]",
            "[[[[[]]]]]");
    Arbitrary<String> field =
        Arbitraries.of(FIELDS).map(f -> "\"" + f + "\"").flatMap(f -> scalar.map(v -> f + ":" + v));
    Arbitrary<String> object = field.list().ofMaxSize(6).map(l -> "{" + String.join(",", l) + "}");
    // an object of fields, sometimes with one of them given twice, sometimes nested in itself
    return Arbitraries.oneOf(
        object,
        object.map(o -> o.replace("{", "{\"settings\":{\"settings\":").replace("}", "}}}")),
        Arbitraries.integers()
            .between(1, 64)
            .map(d -> "{\"x\":" + "[".repeat(d) + "]".repeat(d) + "}"));
  }

  @Property(tries = 400)
  void anyBodyIsReadOrRefusedWithItsFields(@ForAll("bodies") String text) {
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
        });
  }

  @Example
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

  @Example
  void aBodyNestedAHundredThousandLevelsFailsFastInTheParserNotWithAStackOverflow() {
    // Parsson stops at 1,000 levels with a plain RuntimeException, not a JsonException: before
    // JsonBody sees the body, so ExceptionMappers would answer 500 (reported, not changed here)
    String text = "{\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    assertThrows(
        RuntimeException.class, () -> Json.createReader(new StringReader(text)).readValue());
  }

  @Example
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
