package org.joysurvey.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import jakarta.json.JsonException;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.response.PackedAnswers;
import org.joysurvey.response.ResponseValidator;
import org.joysurvey.spi.Answers;
import org.joysurvey.testing.EdgeInstrument;
import org.joysurvey.testing.HostileAnswers;
import org.joysurvey.testing.SampleInstrument;

/**
 * The readers of stored answers (the JSON, fast and general, and the packed form) give back exactly
 * what was written, and on text or bytes that are not stored answers end in their one refusal
 * (JSON: {@link JsonException}; packed: {@link IllegalArgumentException}), never another exception,
 * never a hang.
 */
class DecoderPropertiesTest {

  private static final Questionnaire EDITION =
      new Questionnaire(List.of(new SampleInstrument(), new EdgeInstrument()));
  private static final StoredAnswersDecoder DECODER = new StoredAnswersDecoder(EDITION);
  private static final PackedAnswers PACKED = new PackedAnswers(EDITION);
  private static final Duration BOUND = Duration.ofSeconds(5);

  @Provide
  Arbitrary<Answers> answers() {
    ResponseValidator validator = new ResponseValidator(EDITION);
    return HostileAnswers.cells(EDITION).map(cells -> validator.validateText(cells).answers());
  }

  @Property(tries = 300)
  void storedJsonReadsBackAsTheSameAnswers(@ForAll("answers") Answers answers) {
    String json = JsonAnswers.toJsonText(answers);
    assertEquals(answers, DECODER.decode(json));
    assertEquals(answers, JsonAnswers.fromStoredJson(EDITION, json));
  }

  @Property(tries = 300)
  void packedAnswersDecodeAsTheSameAnswers(@ForAll("answers") Answers answers) {
    assertEquals(answers, PACKED.decode(PACKED.encode(answers)));
  }

  @Provide
  Arbitrary<String> mutatedJson() {
    Arbitrary<String> piece =
        Arbitraries.of(
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
            "4294967297",
            "-",
            "+1",
            "01",
            "null",
            "\"sample.mood\":3,",
            "\uD800",
            " ");
    return answers()
        .map(JsonAnswers::toJsonText)
        .flatMap(
            json ->
                Arbitraries.integers()
                    .between(0, json.length())
                    .tuple2()
                    .flatMap(
                        at ->
                            piece.map(
                                p -> {
                                  int from = Math.min(at.get1(), at.get2());
                                  int to = Math.min(Math.max(at.get1(), at.get2()), from + 2);
                                  return json.substring(0, from) + p + json.substring(to);
                                })));
  }

  /** The fast decoder agrees with the general reader on any text: the same answers or a refusal. */
  @Property(tries = 500)
  void theFastDecoderAgreesWithTheGeneralReader(@ForAll("mutatedJson") String json) {
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          Answers general;
          try {
            general = JsonAnswers.fromStoredJson(EDITION, json);
          } catch (JsonException e) {
            assertThrows(JsonException.class, () -> DECODER.decode(json));
            return;
          }
          assertEquals(general, DECODER.decode(json));
        });
  }

  @Property(tries = 500)
  void packedBytesOfAnyKindDecodeOrAreRefused(@ForAll byte[] bytes) {
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          try {
            PACKED.decode(bytes);
          } catch (IllegalArgumentException e) {
            // the one refusal: not a packed response of this layout
          }
        });
  }

  @Example
  void anEscapeWithASignIsNotAnEscape() {
    String json = "{\"sample.comment\":\"\\u+041\"}";
    assertThrows(JsonException.class, () -> DECODER.decode(json));
  }

  @Example
  void aStoredLikertBeyondIntIsSkippedNotWrappedAround() {
    assertEquals(Answers.NONE, JsonAnswers.fromStoredJson(EDITION, "{\"sample.mood\":4294967297}"));
    assertEquals(Answers.NONE, DECODER.decode("{\"sample.mood\":4294967297}"));
  }

  @Example
  void anUnclosedArrayForAnItemThatIsNoListIsMalformedNotAHang() {
    String json = "{\"edge.delta\":[6738.00,\"edge.kind\":\"minus\"}";
    assertTimeoutPreemptively(
        BOUND, () -> assertThrows(JsonException.class, () -> DECODER.decode(json)));
  }

  @Example
  void aStoredNumberBeyondBigDecimalIsMalformedNotANumberFormatException() {
    assertThrows(
        JsonException.class,
        () -> JsonAnswers.fromStoredJson(EDITION, "{\"sample.age\":1e99999999999}"));
  }
}
