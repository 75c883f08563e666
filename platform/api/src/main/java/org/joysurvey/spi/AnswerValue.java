package org.joysurvey.spi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** One answer to one item; its shape follows the item's {@link ItemType}. */
public sealed interface AnswerValue {

  /** A single option or yes-no answer: the option code. */
  record Choice(String code) implements AnswerValue {
    public Choice {
      Objects.requireNonNull(code);
    }
  }

  /** A multi (order irrelevant) or ranked (rank 1 first) answer: option codes. */
  record Choices(List<String> codes) implements AnswerValue {
    public Choices {
      codes = List.copyOf(codes);
    }
  }

  /** A likert answer: the scale point. */
  record Scale(int value) implements AnswerValue {}

  /** A number answer. */
  record Number(BigDecimal value) implements AnswerValue {
    public Number {
      Objects.requireNonNull(value);
    }
  }

  /** A free-text answer. */
  record Text(String value) implements AnswerValue {
    public Text {
      Objects.requireNonNull(value);
    }
  }
}
