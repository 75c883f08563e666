package org.joysurvey.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Answers by position must behave as the immutable map of the same answers. */
class PositionedAnswersTest {

  /** Codes of one length sharing a long prefix, as an instrument's are. */
  private static final List<String> CODES =
      IntStream.range(0, 120).mapToObj(i -> "engagement-drivers.q" + (100 + i)).toList();

  private final CodeTable positions = new CodeTable(CODES);

  private PositionedAnswers answers(Map<String, AnswerValue> values) {
    AnswerValue[] byPosition = new AnswerValue[CODES.size()];
    values.forEach((code, value) -> byPosition[CODES.indexOf(code)] = value);
    return new PositionedAnswers(positions, byPosition);
  }

  @Test
  void equalsAndHashesLikeTheImmutableMapOfTheSameAnswers() {
    Map<String, AnswerValue> expected =
        Map.of(
            "engagement-drivers.q100",
            new AnswerValue.Scale(3),
            "engagement-drivers.q219",
            new AnswerValue.Choice("yes"),
            "engagement-drivers.q150",
            new AnswerValue.Choices(List.of("b", "a")));
    PositionedAnswers actual = answers(expected);
    assertEquals(expected, actual);
    assertEquals(actual, expected);
    assertEquals(expected.hashCode(), actual.hashCode());
    assertEquals(3, actual.size());
    assertEquals(new Answers(expected), new Answers(actual));
  }

  @Test
  void findsEveryCodeByAnotherInstanceOfTheSameTextAndNothingElse() {
    Map<String, AnswerValue> values = new java.util.HashMap<>();
    for (int i = 0; i < CODES.size(); i += 2) {
      values.put(CODES.get(i), new AnswerValue.Scale(i));
    }
    PositionedAnswers actual = answers(values);
    for (int round = 0;
        round < 2;
        round++) { // the second round finds the same instances by identity
      for (int i = 0; i < CODES.size(); i++) {
        String other = new String(CODES.get(i));
        assertEquals(values.get(other), actual.get(other), other);
        assertEquals(i % 2 == 0, actual.containsKey(other));
      }
    }
    assertNull(actual.get("engagement-drivers.q999"));
    assertNull(actual.get("mini-z.burnout"));
    assertFalse(actual.containsKey(42));
  }

  @Test
  void iteratesInQuestionnaireOrder() {
    PositionedAnswers actual =
        answers(
            Map.of(
                CODES.get(7),
                new AnswerValue.Text("x"),
                CODES.get(2),
                new AnswerValue.Text("y"),
                CODES.get(90),
                new AnswerValue.Text("z")));
    List<String> keys = new ArrayList<>(actual.keySet());
    assertEquals(List.of(CODES.get(2), CODES.get(7), CODES.get(90)), keys);
    assertSame(CODES.get(2), keys.get(0));
  }

  @Test
  void isImmutable() {
    PositionedAnswers actual = answers(Map.of(CODES.get(0), new AnswerValue.Scale(1)));
    assertThrows(
        UnsupportedOperationException.class,
        () -> actual.put(CODES.get(1), new AnswerValue.Scale(2)));
    assertThrows(
        UnsupportedOperationException.class,
        () -> actual.entrySet().iterator().next().setValue(null));
    assertTrue(
        new Answers(actual).values() == actual, "Answers keeps positioned answers without copying");
  }

  @Test
  void refusesAValueArrayOfAnotherLength() {
    assertThrows(
        IllegalArgumentException.class, () -> new PositionedAnswers(positions, new AnswerValue[3]));
  }
}
