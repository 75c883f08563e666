package org.joysurvey.response;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.joysurvey.problem.Problem;
import org.joysurvey.questionnaire.AnswerCodec;
import org.joysurvey.questionnaire.InvalidAnswerException;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.questionnaire.QuestionnaireItem;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.Option;

/**
 * The one place where a response is checked, whether it comes from the respondent form, the JSON
 * API or a CSV row: known items only, the right shape, allowed options, scale and length limits,
 * exclusive options alone, ranked options distinct, hidden items unanswered, required items
 * answered. Keys starting with {@code _} are metadata and are not checked here.
 */
public final class ResponseValidator {

  /**
   * The most digits a number answer may have before, and after, the decimal point. Larger exponents
   * ({@code 1e999999999}) would be written out digit by digit in messages, exports and reports.
   */
  public static final int MAX_NUMBER_DIGITS = 100;

  /** How much of a refused value a message repeats. */
  private static final int SHOWN_LENGTH = 40;

  private final Questionnaire questionnaire;

  public ResponseValidator(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
  }

  /** Validates text cells keyed by full item code (empty or missing = unanswered). */
  public ValidationResult validateText(Map<String, String> cells) {
    Map<String, AnswerValue> parsed = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    cells.forEach(
        (code, cell) -> {
          if (code.startsWith("_")) {
            return;
          }
          QuestionnaireItem item = known(code, problems);
          if (item == null) {
            return;
          }
          try {
            AnswerValue value = AnswerCodec.fromText(item.item(), cell);
            if (value != null) {
              parsed.put(code, value);
            }
          } catch (InvalidAnswerException e) {
            problems.add(Problem.at(code, e.getMessage()));
          }
        });
    return check(parsed, problems);
  }

  /** Validates one interchange JSON object. */
  public ValidationResult validateJson(JsonObject object) {
    Map<String, AnswerValue> parsed = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
      String code = entry.getKey();
      if (code.startsWith("_")) {
        continue;
      }
      QuestionnaireItem item = known(code, problems);
      if (item == null) {
        continue;
      }
      try {
        AnswerValue value = AnswerCodec.fromJson(item.item(), entry.getValue());
        if (value != null) {
          parsed.put(code, value);
        }
      } catch (InvalidAnswerException e) {
        problems.add(Problem.at(code, e.getMessage()));
      }
    }
    return check(parsed, problems);
  }

  private QuestionnaireItem known(String code, List<Problem> problems) {
    return questionnaire
        .item(code)
        .orElseGet(
            () -> {
              problems.add(Problem.at(code, "is not an item of this edition's instruments"));
              return null;
            });
  }

  private ValidationResult check(Map<String, AnswerValue> parsed, List<Problem> problems) {
    Map<String, AnswerValue> accepted = new LinkedHashMap<>();
    for (Map.Entry<String, AnswerValue> entry : parsed.entrySet()) {
      Item item = questionnaire.item(entry.getKey()).orElseThrow().item();
      String problem = problemWith(item, entry.getValue());
      if (problem == null) {
        accepted.put(entry.getKey(), entry.getValue());
      } else {
        problems.add(Problem.at(entry.getKey(), problem));
      }
    }
    // Shown-if and required are judged in questionnaire order, on the answers that passed.
    for (QuestionnaireItem item : questionnaire.items()) {
      boolean shown = questionnaire.isShown(item, accepted);
      boolean answered = accepted.containsKey(item.code());
      if (!shown && answered) {
        problems.add(Problem.at(item.code(), "must be left unanswered: " + hiddenBecause(item)));
        accepted.remove(item.code());
      } else if (shown && !answered && item.item().required() && !parsed.containsKey(item.code())) {
        problems.add(Problem.at(item.code(), "an answer is required"));
      }
    }
    return new ValidationResult(new Answers(accepted), problems);
  }

  private static String hiddenBecause(QuestionnaireItem item) {
    String values =
        item.item().shownIf().anyOf().stream().sorted().collect(Collectors.joining(" or "));
    return "it is only asked when "
        + item.instrumentId()
        + "."
        + item.item().shownIf().item()
        + " is "
        + values;
  }

  /** What is wrong with a well-shaped answer, or {@code null}. */
  static String problemWith(Item item, AnswerValue value) {
    switch (item.type()) {
      case SINGLE, YES_NO -> {
        String code = ((AnswerValue.Choice) value).code();
        if (item.option(code).isEmpty()) {
          return "'" + shown(code) + "' is not one of " + optionList(item);
        }
      }
      case LIKERT -> {
        int point = ((AnswerValue.Scale) value).value();
        if (item.option(Integer.toString(point)).isEmpty()) {
          return point + " is outside the scale " + item.scaleMin() + ".." + item.scaleMax();
        }
      }
      case MULTI, RANKED -> {
        List<String> codes = ((AnswerValue.Choices) value).codes();
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
          if (item.option(code).isEmpty()) {
            return "'" + shown(code) + "' is not one of " + optionList(item);
          }
          if (!seen.add(code)) {
            return "'" + code + "' is given more than once";
          }
        }
        if (codes.isEmpty()) {
          return "no option is chosen";
        }
        if (item.type() == org.joysurvey.spi.ItemType.RANKED && codes.size() > item.maxChoices()) {
          return "ranks "
              + codes.size()
              + " options; at most "
              + item.maxChoices()
              + " may be ranked";
        }
        for (Option option : item.options()) {
          if (option.exclusive() && codes.contains(option.code()) && codes.size() > 1) {
            return "'" + option.code() + "' cannot be combined with other options";
          }
        }
      }
      case TEXT -> {
        String text = ((AnswerValue.Text) value).value();
        int length = text.length();
        if (length > item.maxLength()) {
          return "is " + length + " characters long; at most " + item.maxLength() + " are accepted";
        }
        int broken = unpairedSurrogate(text);
        if (broken >= 0) {
          // it cannot be written as UTF-8: the database would store '?' instead
          return "character "
              + (broken + 1)
              + " is half of a character (an unpaired UTF-16 surrogate)";
        }
      }
      case NUMBER -> {
        var number = ((AnswerValue.Number) value).value();
        // checked before anything prints the number: toPlainString of 1e999999999 is a gigabyte
        if (number.precision() - number.scale() > MAX_NUMBER_DIGITS
            || number.scale() > MAX_NUMBER_DIGITS) {
          return "has more than " + MAX_NUMBER_DIGITS + " digits before or after the decimal point";
        }
        if (item.min() != null && number.compareTo(item.min()) < 0) {
          return number.toPlainString() + " is below the minimum " + item.min().toPlainString();
        }
        if (item.max() != null && number.compareTo(item.max()) > 0) {
          return number.toPlainString() + " is above the maximum " + item.max().toPlainString();
        }
      }
      default -> throw new IllegalStateException("unknown item type " + item.type());
    }
    return null;
  }

  /** The position of the first surrogate that is not half of a pair, or -1. */
  private static int unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static String shown(String value) {
    return value.length() <= SHOWN_LENGTH ? value : value.substring(0, SHOWN_LENGTH) + "...";
  }

  private static String optionList(Item item) {
    return item.options().stream().map(Option::code).collect(Collectors.joining(", "));
  }
}
