package org.joysurvey.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import jakarta.json.JsonException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.response.PackedAnswers;
import org.joysurvey.response.ResponseValidator;
import org.joysurvey.spi.Answers;
import org.joysurvey.testing.EdgeInstrument;
import org.joysurvey.testing.HostileAnswers;
import org.joysurvey.testing.SampleInstrument;
import org.joysurvey.testing.Tries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The readers of stored answers (the JSON, fast and general, and the packed form) give back exactly
 * what was written, and on text or bytes that are not stored answers end in their one refusal
 * (JSON: {@link JsonException}; packed: {@link IllegalArgumentException}), never another exception,
 * never a hang. The randomised tests run a fixed number of tries for each of fixed seeds ({@link
 * Tries}).
 */
class DecoderPropertiesTest {

  private static final Questionnaire EDITION =
      new Questionnaire(List.of(new SampleInstrument(), new EdgeInstrument()));
  private static final StoredAnswersDecoder DECODER = new StoredAnswersDecoder(EDITION);
  private static final PackedAnswers PACKED = new PackedAnswers(EDITION);
  private static final Duration BOUND = Duration.ofSeconds(5);

  private static Answers answers(Random random) {
    return new ResponseValidator(EDITION)
        .validateText(HostileAnswers.cells(random, EDITION))
        .answers();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {101, 102, 103})
  void storedJsonReadsBackAsTheSameAnswers(long seed) {
    Tries.run(
        seed,
        100,
        (random, where) -> {
          Answers answers = answers(random);
          String json = JsonAnswers.toJsonText(answers);
          assertEquals(answers, DECODER.decode(json), where);
          assertEquals(answers, JsonAnswers.fromStoredJson(EDITION, json), where);
        });
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {111, 112, 113})
  void packedAnswersDecodeAsTheSameAnswers(long seed) {
    Tries.run(
        seed,
        100,
        (random, where) -> {
          Answers answers = answers(random);
          assertEquals(answers, PACKED.decode(PACKED.encode(answers)), where);
        });
  }

  private static final List<String> JSON_PIECES =
      List.of(
          "\\u+041",
          "\\u00",
          "\\",
          "\"",
          ",",
          ":",
          "}",
          "{",
          "[",
          "]",
          "1e999999999",
          "1e9999999999",
          "4294967297",
          "-",
          "+1",
          "01",
          "null",
          "\"sample.mood\":3,",
          "\uD800",
          "\u0000",
          "\uFEFF",
          " ");

  /**
   * Stored answers changed once or twice: a piece put in, a stretch deleted, duplicated, swapped.
   */
  private static String mutatedJson(Random random) {
    String json = JsonAnswers.toJsonText(answers(random));
    int mutations = random.nextInt(1, 3);
    for (int i = 0; i < mutations; i++) {
      json = HostileAnswers.mutate(random, json, JSON_PIECES);
    }
    return json;
  }

  /** The fast decoder agrees with the general reader on any text: the same answers or a refusal. */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {121, 122, 123, 124, 125})
  void theFastDecoderAgreesWithTheGeneralReader(long seed) {
    Tries.run(
        seed,
        100,
        (random, where) -> {
          String json = mutatedJson(random);
          assertTimeoutPreemptively(
              BOUND,
              () -> {
                Answers general;
                try {
                  general = JsonAnswers.fromStoredJson(EDITION, json);
                } catch (JsonException e) {
                  assertThrows(
                      JsonException.class, () -> DECODER.decode(json), where + ": " + json);
                  return;
                }
                assertEquals(general, DECODER.decode(json), where + ": " + json);
              },
              where);
        });
  }

  /** Random bytes (half the time), or a packed response with bytes changed, cut off or added. */
  private static byte[] packedBytes(Random random) {
    if (random.nextBoolean()) {
      byte[] bytes = new byte[random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(200)];
      random.nextBytes(bytes);
      return bytes;
    }
    byte[] packed = PACKED.encode(answers(random));
    byte[] bytes =
        java.util.Arrays.copyOf(
            packed, Math.max(0, packed.length + random.nextInt(-packed.length, 4)));
    for (int i = random.nextInt(4); i > 0 && bytes.length > 0; i--) {
      bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {131, 132, 133, 134, 135})
  void packedBytesOfAnyKindDecodeOrAreRefused(long seed) {
    Tries.run(
        seed,
        100,
        (random, where) -> {
          byte[] bytes = packedBytes(random);
          assertTimeoutPreemptively(
              BOUND,
              () -> {
                try {
                  PACKED.decode(bytes);
                } catch (IllegalArgumentException e) {
                  // the one refusal: not a packed response of this layout
                }
              },
              where);
        });
  }

  @Test
  void aRawControlCharacterInAStoredStringIsMalformedForBothReaders() {
    // found by theFastDecoderAgreesWithTheGeneralReader (seed 123, try 62): JSON allows NUL, tab,
    // CR and the like in a string only escaped, and the fast decoder took them as they were
    for (String json :
        List.of("{\"sample.comment\":\"a\u0000b\"}", "{\"sample.comment\":\"\\\"a\tb\"}")) {
      assertThrows(JsonException.class, () -> JsonAnswers.fromStoredJson(EDITION, json), json);
      assertThrows(JsonException.class, () -> DECODER.decode(json), json);
    }
  }

  @Test
  void anEscapeWithASignIsNotAnEscape() {
    String json = "{\"sample.comment\":\"\\u+041\"}";
    assertThrows(JsonException.class, () -> DECODER.decode(json));
  }

  @Test
  void aStoredLikertBeyondIntIsSkippedNotWrappedAround() {
    assertEquals(Answers.NONE, JsonAnswers.fromStoredJson(EDITION, "{\"sample.mood\":4294967297}"));
    assertEquals(Answers.NONE, DECODER.decode("{\"sample.mood\":4294967297}"));
  }

  @Test
  void anUnclosedArrayForAnItemThatIsNoListIsMalformedNotAHang() {
    String json = "{\"edge.delta\":[6738.00,\"edge.kind\":\"minus\"}";
    assertTimeoutPreemptively(
        BOUND, () -> assertThrows(JsonException.class, () -> DECODER.decode(json)));
  }

  @Test
  void aStoredNumberBeyondBigDecimalIsMalformedNotANumberFormatException() {
    assertThrows(
        JsonException.class,
        () -> JsonAnswers.fromStoredJson(EDITION, "{\"sample.age\":1e99999999999}"));
  }
}
