package org.joysurvey.web.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestBodyLimitTest {

  @Test
  void limitsAreReadInBytesOrBinaryMultiples() {
    assertEquals(1000, RequestBodyLimit.parse("1000").bytes());
    assertEquals(512L * 1024, RequestBodyLimit.parse("512k").bytes());
    assertEquals(600L * 1024 * 1024, RequestBodyLimit.parse(" 600M ").bytes());
    assertEquals(2L * 1024 * 1024 * 1024, RequestBodyLimit.parse("2g").bytes());
    assertEquals(RequestBodyLimit.DEFAULT, RequestBodyLimit.parse(null));
    assertEquals(RequestBodyLimit.DEFAULT, RequestBodyLimit.parse("  "));
    assertEquals("512 MiB", RequestBodyLimit.DEFAULT.describe());
    assertEquals("600 MiB", RequestBodyLimit.parse("600m").describe());
    assertEquals("1000 bytes", RequestBodyLimit.parse("1000").describe());
  }

  @Test
  void aLimitThatIsNotAPositiveSizeIsRefusedNamingTheProperty() {
    for (String bad : List.of("0", "-5", "1.5g", "lots", "g", "9999999999999g", "10 mb")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> RequestBodyLimit.parse(bad), bad);
      assertTrue(e.getMessage().contains("joy.max.request.body is '" + bad + "'"), e.getMessage());
    }
  }

  @Test
  void aBodyAnnouncedAsLargerIsRefusedBeforeReading() {
    RequestBodyLimit limit = RequestBodyLimit.parse("100");
    assertFalse(limit.refusesLength(-1), "no Content-Length: counted while read");
    assertFalse(limit.refusesLength(100));
    assertTrue(limit.refusesLength(101));
  }

  @Test
  void aBodyUpToTheLimitReadsWhole() throws IOException {
    byte[] body = new byte[100];
    for (int i = 0; i < body.length; i++) {
      body[i] = (byte) i;
    }
    try (InputStream in = RequestBodyLimit.parse("100").limit(new ByteArrayInputStream(body))) {
      assertArrayEquals(body, in.readAllBytes());
    }
  }

  @Test
  void readingPastTheLimitStopsWithAMessageThatSaysWhatToDo() throws IOException {
    RequestBodyLimit limit = RequestBodyLimit.parse("1k");
    try (InputStream in = limit.limit(new ByteArrayInputStream(new byte[1025]))) {
      assertEquals(1000, in.read(new byte[1000]));
      RequestBodyTooLargeException e =
          assertThrows(RequestBodyTooLargeException.class, in::readAllBytes);
      assertEquals(
          "The request body is larger than the 1 KiB this server accepts (joy.max.request.body);"
              + " split the file, or ask the administrator to raise the limit.",
          e.getMessage());
    }
    try (InputStream in = limit.limit(new ByteArrayInputStream(new byte[1025]))) {
      for (int i = 0; i < 1024; i++) {
        assertEquals(0, in.read());
      }
      assertThrows(RequestBodyTooLargeException.class, in::read, "byte by byte too");
    }
  }

  @Test
  void theLimitIsFoundInTheCauseChainWhereverAReaderWrappedIt() {
    RequestBodyLimit limit = RequestBodyLimit.parse("1k");
    String big = "[" + "1,".repeat(2000) + "1]";
    RuntimeException fromParser =
        assertThrows(
            RuntimeException.class,
            () ->
                Json.createReader(
                        limit.limit(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                    .readValue());
    assertTrue(
        ExceptionMappers.tooLarge(fromParser).isPresent(),
        "the JSON parser's failure leads to 413: " + fromParser);
    RequestBodyTooLargeException e = limit.tooLarge();
    assertSame(
        e,
        ExceptionMappers.tooLarge(
                new JsonException("I/O error", new UncheckedIOException(new IOException(e))))
            .orElseThrow());
    assertFalse(ExceptionMappers.tooLarge(new IllegalStateException("other")).isPresent());
  }
}
