package org.joysurvey.instruments.demographics;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.Option;

/**
 * The distribution of one item among the invited physicians, as a designer enters it in the setting
 * {@code demographics.population.<item>}: {@code option:share} pairs separated by commas (or
 * semicolons, or line breaks), e.g. {@code "male:0.54, female:0.46"}. Shares may be proportions,
 * percentages (with or without {@code %}) or counts; they are rescaled to sum to 1. Options not
 * named have share 0. Never throws: a value that cannot be read is {@link Invalid}, with the
 * reason.
 */
final class Population {

  private static final Pattern ENTRY = Pattern.compile("([^:=]+?)\\s*[:=]\\s*(.+)");
  private static final int ECHO = 40;

  private Population() {}

  /** What a setting's value says. */
  sealed interface Parsed permits NotEntered, Entered, Invalid {}

  /** The setting is empty: no population is known for the item. */
  record NotEntered() implements Parsed {}

  /**
   * A readable distribution.
   *
   * @param shares one share per option of the item, in the item's option order, summing to 1
   */
  record Entered(double[] shares) implements Parsed {}

  /** A value that cannot be read, and why. */
  record Invalid(String reason) implements Parsed {}

  static Parsed parse(String text, Item item) {
    if (text == null || text.isBlank()) {
      return new NotEntered();
    }
    List<Option> options = item.options();
    double[] raw = new double[options.size()];
    boolean[] named = new boolean[options.size()];
    for (String entry : text.split("[,;\\r\\n]+")) {
      String trimmed = entry.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      Matcher m = ENTRY.matcher(trimmed);
      if (!m.matches()) {
        return new Invalid(
            "'"
                + echo(trimmed)
                + "' is not of the form option:share (e.g. '"
                + options.get(0).code()
                + ":0.25')");
      }
      String code = m.group(1).strip().toLowerCase(Locale.ROOT);
      int index = indexOf(options, code);
      if (index < 0) {
        return new Invalid(
            "'"
                + echo(m.group(1).strip())
                + "' is not an option of "
                + item.code()
                + " (options: "
                + String.join(", ", options.stream().map(Option::code).toList())
                + ")");
      }
      if (named[index]) {
        return new Invalid("option '" + code + "' is given more than once");
      }
      named[index] = true;
      String number = m.group(2).strip();
      if (number.endsWith("%")) {
        number = number.substring(0, number.length() - 1).strip();
      }
      double value;
      try {
        value = Double.parseDouble(number);
      } catch (NumberFormatException e) {
        return new Invalid(
            "the share of '" + code + "', '" + echo(m.group(2).strip()) + "', is not a number");
      }
      if (Double.isNaN(value) || Double.isInfinite(value) || value < 0) {
        return new Invalid(
            "the share of '"
                + code
                + "', '"
                + echo(m.group(2).strip())
                + "', is not a number of 0 or more");
      }
      raw[index] = value;
    }
    double sum = 0;
    int positive = 0;
    for (double v : raw) {
      sum += v;
      if (v > 0) {
        positive++;
      }
    }
    if (positive < 2) {
      return new Invalid("at least two options need a share above 0 (found " + positive + ")");
    }
    double[] shares = new double[raw.length];
    for (int i = 0; i < raw.length; i++) {
      shares[i] = raw[i] / sum;
    }
    return new Entered(shares);
  }

  private static int indexOf(List<Option> options, String code) {
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  private static String echo(String text) {
    return text.length() <= ECHO ? text : text.substring(0, ECHO) + "...";
  }
}
