package org.joysurvey.instruments.wellness;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joysurvey.response.Questionnaire;
import org.joysurvey.response.QuestionnaireItem;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.ItemType;
import org.joysurvey.spi.Option;

/**
 * Test helper: reads CSV-style text cells (full item codes; list answers {@code ;}-joined, empty =
 * unanswered) into answers, refusing what the platform refuses: unknown items or options, a repeated
 * option, too many ranked options, an exclusive option with others, and an answer to a hidden item
 * (judged by the platform's own {@link Questionnaire#isShown}).
 *
 * <p>The platform's {@code ResponseValidator} and {@code AnswerCodec} cannot be used here: they load
 * jakarta.json, which is not on a plugin module's test class path (the platform, and with it the
 * Jakarta EE API, is a {@code provided} dependency).
 */
final class Cells {

  private final Questionnaire questionnaire;

  Cells(List<Instrument> instruments) {
    this.questionnaire = new Questionnaire(instruments);
  }

  /** The answers of one row; an {@link IllegalArgumentException} names the first problem. */
  Answers read(Map<String, String> cells) {
    Map<String, AnswerValue> values = new LinkedHashMap<>();
    cells.forEach((code, cell) -> {
      QuestionnaireItem item = questionnaire.item(code)
          .orElseThrow(() -> new IllegalArgumentException(code + " is no item of these instruments"));
      AnswerValue value = parse(item.item(), cell);
      if (value != null) {
        values.put(code, value);
      }
    });
    for (QuestionnaireItem item : questionnaire.items()) {
      if (values.containsKey(item.code()) && !questionnaire.isShown(item, values)) {
        throw new IllegalArgumentException(item.code() + " is hidden and must be left unanswered");
      }
    }
    return new Answers(values);
  }

  private static AnswerValue parse(Item item, String cell) {
    if (cell == null || cell.isBlank()) {
      return null;
    }
    String value = cell.strip();
    switch (item.type()) {
      case TEXT:
        return new AnswerValue.Text(cell);
      case SINGLE:
      case YES_NO:
        requireOption(item, value);
        return new AnswerValue.Choice(value);
      case LIKERT:
        requireOption(item, value);
        return new AnswerValue.Scale(Integer.parseInt(value));
      case MULTI:
      case RANKED:
        List<String> codes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String part : value.split(";", -1)) {
          String code = part.strip();
          requireOption(item, code);
          if (!seen.add(code)) {
            throw new IllegalArgumentException(item.code() + ": '" + code + "' is given more than once");
          }
          codes.add(code);
        }
        if (item.type() == ItemType.RANKED && codes.size() > item.maxChoices()) {
          throw new IllegalArgumentException(item.code() + ": at most " + item.maxChoices() + " may be ranked");
        }
        for (Option option : item.options()) {
          if (option.exclusive() && codes.contains(option.code()) && codes.size() > 1) {
            throw new IllegalArgumentException(item.code() + ": '" + option.code() + "' stands alone");
          }
        }
        return new AnswerValue.Choices(codes);
      default:
        throw new IllegalArgumentException(item.code() + ": type " + item.type() + " is not read by this helper");
    }
  }

  private static void requireOption(Item item, String code) {
    if (item.option(code).isEmpty()) {
      throw new IllegalArgumentException(item.code() + ": '" + code + "' is not one of its options");
    }
  }
}
