package org.joysurvey.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.ws.rs.ProcessingException;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which failures {@link ExceptionMappers} answers 400 as an unreadable body: the exceptions the
 * JSON parser really throws, however wrapped; an application's own NumberFormatException stays a
 * 500. ApiIT checks the status through the server.
 */
class ExceptionMappersTest {

  private static RuntimeException parsing(String text) {
    return assertThrows(
        RuntimeException.class, () -> Json.createReader(new StringReader(text)).readValue());
  }

  @Test
  void anExponentBeyondBigDecimalIsAnUnreadableBody() {
    RuntimeException e = parsing("{\"value\":1e9999999999}");
    assertEquals(NumberFormatException.class, e.getClass());
    Optional<String> expected =
        Optional.of(
            "The body is not valid JSON: it holds a number too large to read (its exponent is out"
                + " of range)");
    assertEquals(expected, ExceptionMappers.unreadableJson(e));
    assertEquals(
        expected, ExceptionMappers.unreadableJson(new ProcessingException("reading the body", e)));
  }

  @Test
  void nestingBeyondTheParsersLimitIsAnUnreadableBody() {
    RuntimeException e = parsing("[".repeat(1_001) + "]".repeat(1_001));
    assertEquals(RuntimeException.class, e.getClass());
    assertEquals(
        Optional.of(
            "The body is not valid JSON: it is nested too deeply to read (" + e.getMessage() + ")"),
        ExceptionMappers.unreadableJson(new RuntimeException("wrapped", e)));
  }

  @Test
  void aWrappedJsonExceptionIsAnUnreadableBody() {
    assertEquals(
        Optional.of("The body is not valid JSON: cut off"),
        ExceptionMappers.unreadableJson(new RuntimeException(new JsonException("cut off"))));
  }

  @Test
  void failuresOfTheApplicationItselfAreNotTheBodys() {
    NumberFormatException own =
        assertThrows(NumberFormatException.class, () -> Integer.parseInt("x"));
    assertEquals(Optional.empty(), ExceptionMappers.unreadableJson(own));
    assertEquals(
        Optional.empty(), ExceptionMappers.unreadableJson(new RuntimeException("a bug of ours")));
  }
}
