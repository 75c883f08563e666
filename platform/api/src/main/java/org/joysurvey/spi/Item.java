package org.joysurvey.spi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One question, as data. Build items with the static factories and refine them with {@link
 * #required()} and {@link #shownIf(String, String...)}.
 *
 * @param code short code, unique within the instrument ({@code burnout}); the full code is {@code
 *     <instrument-id>.<code>}
 * @param type how it is answered
 * @param text the question as a respondent reads it
 * @param options the choices, in display order (option types only)
 * @param required whether a respondent must answer it (when shown)
 * @param shownIf when it is shown, or {@code null} for always
 * @param maxChoices for ranked items, how many options may be ranked
 * @param maxLength for text items, the most characters accepted
 * @param min for number items, the smallest value accepted, or {@code null}
 * @param max for number items, the largest value accepted, or {@code null}
 */
public record Item(
    String code,
    ItemType type,
    String text,
    List<Option> options,
    boolean required,
    ShownIf shownIf,
    int maxChoices,
    int maxLength,
    BigDecimal min,
    BigDecimal max) {

  /** The longest free text the platform stores for one item. */
  public static final int TEXT_MAX_LENGTH = 2000;

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*");

  public Item {
    Objects.requireNonNull(code, "An item code is required.");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "Item code '" + code + "' must be lower-case letters, digits and '_', e.g. 'burnout'.");
    }
    Objects.requireNonNull(type, "Item " + code + " needs a type.");
    Objects.requireNonNull(text, "Item " + code + " needs a text.");
    options = List.copyOf(options);
    if (type.hasOptions() && options.isEmpty()) {
      throw new IllegalArgumentException(
          "Item " + code + " of type " + type.code() + " needs options.");
    }
    if (!type.hasOptions() && !options.isEmpty()) {
      throw new IllegalArgumentException(
          "Item " + code + " of type " + type.code() + " takes no options.");
    }
    Set<String> seen = new HashSet<>();
    for (Option option : options) {
      if (!seen.add(option.code())) {
        throw new IllegalArgumentException(
            "Item " + code + " repeats option " + option.code() + ".");
      }
      if (type == ItemType.LIKERT) {
        try {
          Integer.parseInt(option.code());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "Likert item " + code + " needs integer option codes, not '" + option.code() + "'.");
        }
      }
      if (option.exclusive() && type != ItemType.MULTI) {
        throw new IllegalArgumentException(
            "Only multi items have exclusive options (" + code + ").");
      }
    }
    if (type == ItemType.RANKED && (maxChoices < 1 || maxChoices > options.size())) {
      throw new IllegalArgumentException(
          "Ranked item " + code + " ranks between 1 and " + options.size() + " options.");
    }
    if (type == ItemType.TEXT && (maxLength < 1 || maxLength > TEXT_MAX_LENGTH)) {
      throw new IllegalArgumentException(
          "Text item " + code + " holds between 1 and " + TEXT_MAX_LENGTH + " characters.");
    }
    if (min != null && max != null && min.compareTo(max) > 0) {
      throw new IllegalArgumentException("Number item " + code + " has min above max.");
    }
  }

  public static Item single(String code, String text, Option... options) {
    return of(code, ItemType.SINGLE, text, List.of(options));
  }

  public static Item multi(String code, String text, Option... options) {
    return of(code, ItemType.MULTI, text, List.of(options));
  }

  public static Item ranked(String code, String text, int maxChoices, Option... options) {
    return new Item(
        code, ItemType.RANKED, text, List.of(options), false, null, maxChoices, 0, null, null);
  }

  /** A likert item; the first label is scale point {@code first}, the next {@code first + 1} ... */
  public static Item likert(String code, String text, int first, String... labels) {
    List<Option> points = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      points.add(Option.of(Integer.toString(first + i), labels[i]));
    }
    return of(code, ItemType.LIKERT, text, points);
  }

  public static Item yesNo(String code, String text) {
    return yesNo(code, text, "Yes", "No");
  }

  /** A yes-no item with its own labels, e.g. "Agree" / "Disagree". */
  public static Item yesNo(String code, String text, String yesLabel, String noLabel) {
    return of(
        code, ItemType.YES_NO, text, List.of(Option.of("yes", yesLabel), Option.of("no", noLabel)));
  }

  public static Item text(String code, String text) {
    return new Item(
        code, ItemType.TEXT, text, List.of(), false, null, 0, TEXT_MAX_LENGTH, null, null);
  }

  public static Item number(String code, String text, BigDecimal min, BigDecimal max) {
    return new Item(code, ItemType.NUMBER, text, List.of(), false, null, 0, 0, min, max);
  }

  private static Item of(String code, ItemType type, String text, List<Option> options) {
    return new Item(code, type, text, options, false, null, 0, 0, null, null);
  }

  /** This item, answer required whenever it is shown. */
  public Item asRequired() {
    return new Item(code, type, text, options, true, shownIf, maxChoices, maxLength, min, max);
  }

  /**
   * This item, shown only when {@code item} (same instrument) was answered with one of {@code
   * values}.
   */
  public Item shownIf(String item, String... values) {
    return new Item(
        code,
        type,
        text,
        options,
        required,
        new ShownIf(item, Set.of(values)),
        maxChoices,
        maxLength,
        min,
        max);
  }

  /** This item with another wording (codes unchanged), e.g. a licensed society's own text. */
  public Item withText(String newText) {
    return new Item(
        code, type, newText, options, required, shownIf, maxChoices, maxLength, min, max);
  }

  public Optional<Option> option(String optionCode) {
    return options.stream().filter(o -> o.code().equals(optionCode)).findFirst();
  }

  /** The lowest scale point of a likert item. */
  public int scaleMin() {
    return options.stream().mapToInt(o -> Integer.parseInt(o.code())).min().orElseThrow();
  }

  /** The highest scale point of a likert item. */
  public int scaleMax() {
    return options.stream().mapToInt(o -> Integer.parseInt(o.code())).max().orElseThrow();
  }
}
