package org.joysurvey.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The validated answers of one response, keyed by full item code ({@code mini-z.burnout}). An
 * unanswered or hidden item is absent.
 */
public record Answers(Map<String, AnswerValue> values) {

  public static final Answers NONE = new Answers(Map.of());

  public Answers {
    // positioned answers are immutable already, and made for reading fast: kept as they are
    if (!(values instanceof PositionedAnswers)) {
      values = Map.copyOf(values);
    }
  }

  public boolean isAnswered(String code) {
    return values.containsKey(code);
  }

  public Optional<AnswerValue> get(String code) {
    return Optional.ofNullable(values.get(code));
  }

  /** The scale point of a likert answer. */
  public OptionalInt scale(String code) {
    return values.get(code) instanceof AnswerValue.Scale s
        ? OptionalInt.of(s.value())
        : OptionalInt.empty();
  }

  /** The option code of a single or yes-no answer. */
  public Optional<String> choice(String code) {
    return values.get(code) instanceof AnswerValue.Choice c
        ? Optional.of(c.code())
        : Optional.empty();
  }

  /** The option codes of a multi or ranked answer (rank order), or an empty list. */
  public List<String> choices(String code) {
    return values.get(code) instanceof AnswerValue.Choices c ? c.codes() : List.of();
  }

  public Optional<String> text(String code) {
    return values.get(code) instanceof AnswerValue.Text t
        ? Optional.of(t.value())
        : Optional.empty();
  }
}
