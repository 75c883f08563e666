package org.joysurvey.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;
import org.junit.jupiter.api.Test;

class JsonBodyTest {

  private static final String REFUSED = "Nothing was changed.";

  private static JsonValue json(String text) {
    return Json.createReader(new StringReader(text)).readValue();
  }

  private static JsonBody body(String text) {
    return JsonBody.of(json(text), REFUSED);
  }

  /** The problems the body recorded, as the 400 reply would list them. */
  private static List<Problem> problems(JsonBody body) {
    return assertThrows(InputRejectedException.class, body::refuseIfProblems).problems();
  }

  @Test
  void aBodyThatIsNotOneObjectIsRefusedAtOnce() {
    for (JsonValue notAnObject :
        new JsonValue[] {null, json("[{\"year\":2025}]"), json("\"2025\""), JsonValue.NULL}) {
      InputRejectedException refused =
          assertThrows(InputRejectedException.class, () -> JsonBody.of(notAnObject, REFUSED));
      assertEquals(REFUSED, refused.getMessage());
      assertEquals(
          List.of(Problem.at(null, "the body must be one JSON object")), refused.problems());
    }
    InputRejectedException own =
        assertThrows(
            InputRejectedException.class,
            () -> JsonBody.of(json("[]"), REFUSED, "the body must be one JSON object: {\"year\"}"));
    assertEquals(
        List.of(Problem.at(null, "the body must be one JSON object: {\"year\"}")), own.problems());
  }

  @Test
  void missingAndNullFieldsReadAsNullWithoutAProblem() {
    JsonBody body =
        body(
            "{\"title\":null,\"year\":null,\"n\":null,\"value\":null,"
                + "\"roles\":null,\"settings\":null}");
    assertNull(body.string("title"));
    assertNull(body.string("absent"));
    assertNull(body.integer("year"));
    assertNull(body.wholeNumber("n", "must be a whole number of respondents"));
    assertNull(body.number("value"));
    assertEquals(List.of(), body.strings("roles", "not an array", "not a string"));
    assertEquals(List.of(), body.strings("absent", "not an array", "not a string"));
    assertNull(body.object("settings", "not an object"));
    assertNull(body.object("absent", "not an object"));
    assertFalse(body.hasProblems());
    body.refuseIfProblems();
  }

  @Test
  void fieldsOfTheRightTypeAreRead() {
    JsonBody body =
        body(
            "{\"title\":\"Survey 2025\",\"year\":2025,\"n\":412,\"value\":0.31,"
                + "\"roles\":[\"admin\",\"analyst\"]}");
    assertEquals("Survey 2025", body.string("title"));
    assertEquals(2025, body.integer("year"));
    assertEquals(412L, body.wholeNumber("n", "must be a whole number of respondents"));
    assertEquals(0.31, body.number("value"));
    assertEquals(
        List.of("admin", "analyst"), body.strings("roles", "not an array", "not a string"));
    assertFalse(body.hasProblems());
  }

  @Test
  void eachFieldOfTheWrongTypeGetsItsOwnProblemInTheOrderRead() {
    JsonBody body =
        body(
            "{\"title\":2025,\"year\":\"2025\",\"threshold\":5.5,\"value\":\"high\",\"n\":41.5,"
                + "\"roles\":\"admin\",\"instruments\":[\"mini-z\",3,null]}");
    assertNull(body.string("title"));
    assertNull(body.integer("year"));
    assertNull(body.integer("threshold"));
    assertNull(body.number("value"));
    assertNull(body.wholeNumber("n", "must be a whole number of respondents"));
    assertEquals(
        List.of(),
        body.strings("roles", "must be an array of role names", "must list role names as strings"));
    assertEquals(
        List.of("mini-z"),
        body.strings(
            "instruments",
            "must be an array of instrument ids",
            "must list instrument ids as strings"));
    assertTrue(body.hasProblems());
    assertEquals(
        List.of(
            Problem.at("title", "must be a string"),
            Problem.at("year", "must be a whole number"),
            Problem.at("threshold", "must be a whole number"),
            Problem.at("value", "must be a number"),
            Problem.at("n", "must be a whole number of respondents"),
            Problem.at("roles", "must be an array of role names"),
            Problem.at("instruments", "must list instrument ids as strings"),
            Problem.at("instruments", "must list instrument ids as strings")),
        problems(body));
  }

  @Test
  void wholeNumbersBeyondTheirRangeAreRefusedNotWrappedAround() {
    JsonBody body =
        body(
            "{\"max\":2147483647,\"min\":-2147483648,\"above\":2147483648,\"below\":-2147483649,"
                + "\"huge\":4294969296,\"n\":9223372036854775807,\"more\":9223372036854775808}");
    assertEquals(Integer.MAX_VALUE, body.integer("max"));
    assertEquals(Integer.MIN_VALUE, body.integer("min"));
    assertNull(body.integer("above"));
    assertNull(body.integer("below"));
    assertNull(body.integer("huge"), "2^32 + 2000 is not the year 2000");
    assertEquals(Long.MAX_VALUE, body.wholeNumber("n", "must be a whole number of respondents"));
    assertNull(body.wholeNumber("more", "must be a whole number of respondents"));
    String range = "must be a whole number from -2147483648 to 2147483647";
    assertEquals(
        List.of(
            Problem.at("above", range),
            Problem.at("below", range),
            Problem.at("huge", range),
            Problem.at("more", "must be a whole number of respondents")),
        problems(body));
  }

  @Test
  void unknownFieldsAreRecordedInAlphabeticalOrder() {
    JsonBody body = body("{\"year\":2025,\"zebra\":1,\"colour\":\"red\",\"title\":\"T\"}");
    body.unknownFields(List.of("year", "title"), "is not a field of an edition");
    assertEquals(
        List.of(
            Problem.at("colour", "is not a field of an edition"),
            Problem.at("zebra", "is not a field of an edition")),
        problems(body));
    JsonBody known = body("{\"year\":2025}");
    known.unknownFields(List.of("year", "title"), "is not a field of an edition");
    known.refuseIfProblems();
  }

  @Test
  void nestedObjectsRecordTheirProblemsUnderTheirPath() {
    JsonBody body =
        body(
            "{\"values\":{\"a\":{\"value\":0.3,\"n\":12},"
                + "\"b\":{\"value\":\"x\",\"extra\":1},\"c\":5,\"d\":null},"
                + "\"settings\":[1]}");
    JsonBody values = body.object("values", "must be an object of statistic keys");
    JsonBody a = values.requiredObject("a", "must be an object {value, n}");
    assertEquals(0.3, a.number("value"));
    assertFalse(a.hasProblems());
    JsonBody b = values.requiredObject("b", "must be an object {value, n}");
    b.unknownFields(List.of("value", "n"), "is not a field of a benchmark value (value, n)");
    assertNull(b.number("value"));
    assertTrue(b.hasProblems());
    assertFalse(a.hasProblems(), "a problem of one object is not another's");
    assertNull(values.requiredObject("c", "must be an object {value, n}"));
    assertNull(
        values.requiredObject("d", "must be an object {value, n}"),
        "null is no object where one is needed");
    values.problem("e", "is not a statistic");
    assertNull(body.object("settings", "must be an object of setting keys and values"));
    assertEquals(
        List.of(
            Problem.at("values.b.extra", "is not a field of a benchmark value (value, n)"),
            Problem.at("values.b.value", "must be a number"),
            Problem.at("values.c", "must be an object {value, n}"),
            Problem.at("values.d", "must be an object {value, n}"),
            Problem.at("values.e", "is not a statistic"),
            Problem.at("settings", "must be an object of setting keys and values")),
        problems(body));
    InputRejectedException refused =
        assertThrows(InputRejectedException.class, b::refuseIfProblems);
    assertEquals(REFUSED, refused.getMessage(), "a nested object refuses the whole request");
  }

  @Test
  void fieldsAndRawValuesKeepTheBodysOrderAndJsonNull() {
    JsonBody body = body("{\"b\":true,\"a\":null}");
    assertEquals(List.of("b", "a"), List.copyOf(body.fields()));
    assertEquals(JsonValue.TRUE, body.value("b"));
    assertEquals(JsonValue.NULL, body.value("a"));
    assertNull(body.value("c"));
  }

  @Test
  void aFieldOfABodyThatIsNoObjectIsNull() {
    assertEquals(
        json("\"open-link\""),
        JsonBody.field(json("{\"accessMode\":\"open-link\"}"), "accessMode"));
    assertNull(JsonBody.field(json("{\"mode\":\"open-link\"}"), "accessMode"));
    assertNull(JsonBody.field(json("[\"open-link\"]"), "accessMode"));
    assertNull(JsonBody.field(null, "accessMode"));
  }
}
