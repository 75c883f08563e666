package org.joysurvey.spi;

import java.util.List;
import java.util.Objects;

/**
 * One headline figure of an instrument's section, as the sentence the white paper of a published
 * report states it in: the key of a statistic of the section and a template the platform fills in
 * with that statistic's figures. Plugins supply templates as data; the platform formats the
 * numbers, writes the comparison with the earlier edition or benchmark, and leaves a finding out
 * when its statistic is withheld.
 *
 * <pre>{@code
 * new KeyFinding("mini-z.burnout_rate",
 *     "{value} of respondents ({count} of {basis}) reported burnout on the Mini-Z{change}.")
 * // 33.7% of respondents (172 of 510) reported burnout on the Mini-Z, down 2.0 points from 2018
 * // (p = 0.41).
 * }</pre>
 *
 * <p>The template is plain text, not markup (no {@code <} or {@code >}), with these placeholders
 * and no other braces:
 *
 * <ul>
 *   <li>{@value #VALUE}: the statistic formatted as the report shows it ({@code 33.7%} for a
 *       proportion, {@code 172} for a count);
 *   <li>{@value #COUNT}: its numerator, the respondents it counts;
 *   <li>{@value #BASIS}: its basis, the respondents it rests on;
 *   <li>{@value #CHANGE}: the comparison, such as {@code , down 2.0 points from 2018 (p = 0.41)},
 *       or nothing when there is none (only proportions are compared). It begins with its own
 *       comma, so put it right where a clause may follow, usually before the full stop.
 * </ul>
 *
 * <p>A template names {@value #VALUE} or {@value #COUNT} (a finding states a figure). The platform
 * capitalises nothing: a sentence may begin with {@value #VALUE}.
 *
 * @param statisticKey the full key of a statistic of the instrument's own section ({@code
 *     mini-z.burnout_rate}); a proportion or a count
 * @param sentence the template
 * @since 1.5
 */
public record KeyFinding(String statisticKey, String sentence) {

  /** The statistic as the report shows it. */
  public static final String VALUE = "{value}";

  /** The statistic's numerator. */
  public static final String COUNT = "{count}";

  /** The statistic's basis. */
  public static final String BASIS = "{basis}";

  /** The comparison with an earlier year, or nothing. */
  public static final String CHANGE = "{change}";

  /** Every placeholder a template may use, in the order of {@link #fill}'s arguments. */
  public static final List<String> PLACEHOLDERS = List.of(VALUE, COUNT, BASIS, CHANGE);

  public KeyFinding {
    if (statisticKey == null || statisticKey.isBlank()) {
      throw new IllegalArgumentException(
          "A key finding needs the key of a statistic of its section, e.g. mini-z.burnout_rate.");
    }
    if (sentence == null || sentence.isBlank()) {
      throw new IllegalArgumentException(
          "The key finding of " + statisticKey + " needs a sentence.");
    }
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c == '<' || c == '>') {
        throw new IllegalArgumentException(
            "The key finding of "
                + statisticKey
                + " is plain text, not markup: its sentence has '"
                + c
                + "' at position "
                + i
                + ".");
      }
      if (c == '{') {
        String placeholder = placeholderAt(sentence, i);
        if (placeholder == null) {
          int close = sentence.indexOf('}', i);
          String found = close < 0 ? sentence.substring(i) : sentence.substring(i, close + 1);
          throw new IllegalArgumentException(
              "The key finding of "
                  + statisticKey
                  + " has the unknown placeholder '"
                  + found
                  + "'; a sentence may use "
                  + String.join(", ", PLACEHOLDERS)
                  + " and no other braces.");
        }
        i += placeholder.length() - 1;
      } else if (c == '}') {
        throw new IllegalArgumentException(
            "The key finding of "
                + statisticKey
                + " has a '}' at position "
                + i
                + " that closes no placeholder; a sentence may use "
                + String.join(", ", PLACEHOLDERS)
                + " and no other braces.");
      }
    }
    if (!sentence.contains(VALUE) && !sentence.contains(COUNT)) {
      throw new IllegalArgumentException(
          "The key finding of "
              + statisticKey
              + " states no figure: its sentence needs "
              + VALUE
              + " or "
              + COUNT
              + ".");
    }
  }

  /**
   * This finding's sentence with its placeholders replaced; see {@link #fill(String, String,
   * String, String, String)}.
   */
  public String fill(String value, String count, String basis, String change) {
    return fill(sentence, value, count, basis, change);
  }

  /**
   * {@code sentence} with every {@value #VALUE}, {@value #COUNT}, {@value #BASIS} and {@value
   * #CHANGE} replaced by the text given for it, in one pass from left to right: a replacement is
   * never read again, so a figure that happens to contain a placeholder stays as it is. Any other
   * text is kept exactly.
   *
   * @param change the comparison with its leading comma, or {@code ""} when there is none
   */
  public static String fill(
      String sentence, String value, String count, String basis, String change) {
    Objects.requireNonNull(sentence, "A sentence to fill is required.");
    List<String> replacements =
        List.of(
            Objects.requireNonNull(value, "The value of a key finding is required."),
            Objects.requireNonNull(count, "The count of a key finding is required."),
            Objects.requireNonNull(basis, "The basis of a key finding is required."),
            Objects.requireNonNull(
                change, "The change of a key finding is required (\"\" when there is none)."));
    StringBuilder filled = new StringBuilder(sentence.length() + 48);
    int i = 0;
    while (i < sentence.length()) {
      String placeholder = sentence.charAt(i) == '{' ? placeholderAt(sentence, i) : null;
      if (placeholder == null) {
        filled.append(sentence.charAt(i));
        i++;
      } else {
        filled.append(replacements.get(PLACEHOLDERS.indexOf(placeholder)));
        i += placeholder.length();
      }
    }
    return filled.toString();
  }

  /** The placeholder that begins at {@code index} of {@code text}, or {@code null}. */
  private static String placeholderAt(String text, int index) {
    for (String placeholder : PLACEHOLDERS) {
      if (text.startsWith(placeholder, index)) {
        return placeholder;
      }
    }
    return null;
  }
}
