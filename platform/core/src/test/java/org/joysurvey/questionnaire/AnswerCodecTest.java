package org.joysurvey.questionnaire;

import static org.joysurvey.testing.SampleInstrument.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.joysurvey.spi.AnswerValue;
import org.junit.jupiter.api.Test;

class AnswerCodecTest {

  private static JsonValue json(String text) {
    return Json.createReader(new StringReader("[" + text + "]")).readArray().get(0);
  }

  // ---- text cells ----

  @Test
  void emptyCellIsUnanswered() throws Exception {
    for (String code : List.of("colour", "agree", "pets", "top2", "mood", "comment", "age")) {
      assertNull(AnswerCodec.fromText(item(code), ""), code);
      assertNull(AnswerCodec.fromText(item(code), null), code);
    }
  }

  @Test
  void blankCellIsUnansweredForNonTextItems() throws Exception {
    for (String code : List.of("colour", "agree", "pets", "top2", "mood", "age")) {
      assertNull(AnswerCodec.fromText(item(code), "   "), code);
    }
  }

  @Test
  void singleAndYesNoCellsReadAsTheTrimmedOptionCode() throws Exception {
    assertEquals(new AnswerValue.Choice("green"), AnswerCodec.fromText(item("colour"), " green "));
    assertEquals(new AnswerValue.Choice("no"), AnswerCodec.fromText(item("agree"), "no"));
  }

  @Test
  void multiCellIsSemicolonJoinedCodes() throws Exception {
    assertEquals(
        new AnswerValue.Choices(List.of("cat", "fish")),
        AnswerCodec.fromText(item("pets"), "cat;fish"));
    assertEquals(
        new AnswerValue.Choices(List.of("cat", "fish")),
        AnswerCodec.fromText(item("pets"), " cat ; fish "));
  }

  @Test
  void rankedCellKeepsRankOrder() throws Exception {
    assertEquals(
        new AnswerValue.Choices(List.of("c", "a")), AnswerCodec.fromText(item("top2"), "c;a"));
  }

  @Test
  void emptyPartBetweenSeparatorsIsRejected() {
    for (String cell : List.of("cat;;fish", "cat;", ";cat", ";", "cat; ;dog")) {
      InvalidAnswerException e =
          assertThrows(
              InvalidAnswerException.class, () -> AnswerCodec.fromText(item("pets"), cell), cell);
      assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }
  }

  @Test
  void likertCellIsAWholeNumber() throws Exception {
    assertEquals(new AnswerValue.Scale(4), AnswerCodec.fromText(item("mood"), "4"));
    assertEquals(new AnswerValue.Scale(4), AnswerCodec.fromText(item("mood"), " 4 "));
  }

  @Test
  void badIntegerIsRejectedNamingTheScale() {
    for (String cell : List.of("four", "3.5", "4x", "1e2")) {
      InvalidAnswerException e =
          assertThrows(
              InvalidAnswerException.class, () -> AnswerCodec.fromText(item("mood"), cell), cell);
      assertTrue(e.getMessage().contains("1..5"), e.getMessage());
    }
  }

  @Test
  void numberCellIsADecimal() throws Exception {
    assertEquals(
        new AnswerValue.Number(new BigDecimal("42.5")), AnswerCodec.fromText(item("age"), "42.5"));
    assertThrows(InvalidAnswerException.class, () -> AnswerCodec.fromText(item("age"), "forty"));
    assertThrows(InvalidAnswerException.class, () -> AnswerCodec.fromText(item("age"), "42,5"));
  }

  @Test
  void textCellIsKeptVerbatimIncludingSpacesAndNewlines() throws Exception {
    assertEquals(
        new AnswerValue.Text("  two\nlines, \"quoted\" "),
        AnswerCodec.fromText(item("comment"), "  two\nlines, \"quoted\" "));
    assertEquals(new AnswerValue.Text("a;b"), AnswerCodec.fromText(item("comment"), "a;b"));
  }

  @Test
  void valuesFormatAsTheirCell() {
    assertEquals("", AnswerCodec.toText(null));
    assertEquals("red", AnswerCodec.toText(new AnswerValue.Choice("red")));
    assertEquals("c;a", AnswerCodec.toText(new AnswerValue.Choices(List.of("c", "a"))));
    assertEquals("3", AnswerCodec.toText(new AnswerValue.Scale(3)));
    assertEquals("1000", AnswerCodec.toText(new AnswerValue.Number(new BigDecimal("1E+3"))));
    assertEquals("0.25", AnswerCodec.toText(new AnswerValue.Number(new BigDecimal("0.25"))));
    assertEquals("x, y", AnswerCodec.toText(new AnswerValue.Text("x, y")));
  }

  @Test
  void textFormatReadsBackToTheSameValueForEveryType() throws Exception {
    List<Object[]> cases =
        List.of(
            new Object[] {"colour", new AnswerValue.Choice("blue")},
            new Object[] {"agree", new AnswerValue.Choice("yes")},
            new Object[] {"pets", new AnswerValue.Choices(List.of("dog", "cat"))},
            new Object[] {"top2", new AnswerValue.Choices(List.of("b", "other"))},
            new Object[] {"mood", new AnswerValue.Scale(5)},
            new Object[] {"comment", new AnswerValue.Text("Grüße, <b>bold</b>\n\"ok\"")},
            new Object[] {"age", new AnswerValue.Number(new BigDecimal("33.25"))});
    for (Object[] c : cases) {
      AnswerValue value = (AnswerValue) c[1];
      assertEquals(
          value,
          AnswerCodec.fromText(item((String) c[0]), AnswerCodec.toText(value)),
          (String) c[0]);
    }
  }

  // ---- JSON ----

  @Test
  void jsonNullOrAbsentIsUnanswered() throws Exception {
    assertNull(AnswerCodec.fromJson(item("colour"), JsonValue.NULL));
    assertNull(AnswerCodec.fromJson(item("mood"), null));
    assertNull(AnswerCodec.fromJson(item("comment"), json("\"\"")));
  }

  @Test
  void jsonReadsEachType() throws Exception {
    assertEquals(
        new AnswerValue.Choice("red"), AnswerCodec.fromJson(item("colour"), json("\"red\"")));
    assertEquals(
        new AnswerValue.Choice("yes"), AnswerCodec.fromJson(item("agree"), json("\"yes\"")));
    assertEquals(
        new AnswerValue.Choices(List.of("dog", "cat")),
        AnswerCodec.fromJson(item("pets"), json("[\"dog\",\"cat\"]")));
    assertEquals(
        new AnswerValue.Choices(List.of("c", "a")),
        AnswerCodec.fromJson(item("top2"), json("[\"c\",\"a\"]")));
    assertEquals(new AnswerValue.Scale(2), AnswerCodec.fromJson(item("mood"), json("2")));
    assertEquals(
        new AnswerValue.Number(new BigDecimal("18.5")),
        AnswerCodec.fromJson(item("age"), json("18.5")));
    assertEquals(
        new AnswerValue.Text("é <i>x</i>"),
        AnswerCodec.fromJson(item("comment"), json("\"é <i>x</i>\"")));
  }

  @Test
  void jsonOfTheWrongShapeIsRejected() {
    assertThrows(
        InvalidAnswerException.class, () -> AnswerCodec.fromJson(item("colour"), json("3")));
    assertThrows(
        InvalidAnswerException.class,
        () -> AnswerCodec.fromJson(item("colour"), json("[\"red\"]")));
    assertThrows(
        InvalidAnswerException.class,
        () -> AnswerCodec.fromJson(item("pets"), json("\"cat;dog\"")));
    assertThrows(
        InvalidAnswerException.class,
        () -> AnswerCodec.fromJson(item("pets"), json("[\"cat\", 2]")));
    assertThrows(
        InvalidAnswerException.class, () -> AnswerCodec.fromJson(item("mood"), json("\"3\"")));
    assertThrows(
        InvalidAnswerException.class, () -> AnswerCodec.fromJson(item("mood"), json("3.5")));
    assertThrows(
        InvalidAnswerException.class,
        () -> AnswerCodec.fromJson(item("mood"), json("99999999999")));
    assertThrows(
        InvalidAnswerException.class, () -> AnswerCodec.fromJson(item("age"), json("\"42\"")));
    assertThrows(
        InvalidAnswerException.class, () -> AnswerCodec.fromJson(item("comment"), json("true")));
  }

  @Test
  void jsonFormatsEachTypeAsInTheInterchangeSpec() {
    assertEquals("\"red\"", AnswerCodec.toJson(new AnswerValue.Choice("red")).toString());
    assertEquals(
        "[\"c\",\"a\"]", AnswerCodec.toJson(new AnswerValue.Choices(List.of("c", "a"))).toString());
    assertEquals("3", AnswerCodec.toJson(new AnswerValue.Scale(3)).toString());
    assertEquals(
        "2.5", AnswerCodec.toJson(new AnswerValue.Number(new BigDecimal("2.5"))).toString());
    assertEquals("\"a \\\"b\\\"\"", AnswerCodec.toJson(new AnswerValue.Text("a \"b\"")).toString());
  }
}
