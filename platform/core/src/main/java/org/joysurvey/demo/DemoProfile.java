package org.joysurvey.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * How one year's demo respondents answer: for each item it names (by full code), the share of each
 * option and how strongly the answer follows the respondent's strain, so that the generated cohort
 * lands near a published survey's figures. Items it does not name are answered by {@link
 * SyntheticResponses}' generic rules, so a profile never has to know every plugin.
 *
 * <p>The built-in profiles are the resources {@code profile-<year>.properties} beside this class
 * (the format is described at the top of {@code profile-2020.properties}). Keys:
 *
 * <ul>
 *   <li>{@code responses}: how many responses the demo edition of that year gets, and {@code seed}
 *       the generator's seed for them;
 *   <li>{@code <item>}: {@code option:weight, option:weight, ...}. For single, yes-no and likert
 *       items the weights are the shares of the options (normalised; an option left out is never
 *       chosen), listed from the answer of the least strained respondent to that of the most
 *       strained one. For multi and ranked items each weight is the chance that the option is
 *       chosen (ranked: ranked anywhere, before the rank limit cuts the list);
 *   <li>{@code <item>.strain}: the correlation, -1 to 1, of the answer with the respondent's strain
 *       (0 if absent: independent of everything else);
 *   <li>{@code <item>.together}: for multi and ranked items, how much a respondent's choices of one
 *       item go together (0 to 1, with strain² + together at most 1);
 *   <li>{@code <item>.texts}: for text items, answers separated by {@code |}, and {@code
 *       <item>.answered}, the share who write one (0.1 if absent).
 * </ul>
 */
public record DemoProfile(long seed, int responses, Map<String, ItemProfile> items) {

  /** One item's distribution. */
  public record ItemProfile(
      List<String> codes,
      List<Double> weights,
      double strain,
      double together,
      List<String> texts,
      double answered) {

    public ItemProfile {
      codes = List.copyOf(codes);
      weights = List.copyOf(weights);
      texts = List.copyOf(texts);
    }
  }

  /** No item profiled: every answer follows the generic rules. */
  public static final DemoProfile GENERIC = new DemoProfile(0, 0, Map.of());

  public DemoProfile {
    items = Map.copyOf(items);
  }

  /**
   * The built-in profile of {@code year}.
   *
   * @throws IllegalArgumentException when there is none or it cannot be read
   */
  public static DemoProfile forYear(int year) {
    String resource = "profile-" + year + ".properties";
    try (InputStream in = DemoProfile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("There is no demo profile for " + year + ".");
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      return parse(properties, resource);
    } catch (IOException e) {
      throw new IllegalArgumentException("The demo profile " + resource + " cannot be read.", e);
    }
  }

  /**
   * Reads a profile in the format of {@code profile-2020.properties}.
   *
   * @param source named in error messages
   * @throws IllegalArgumentException naming the key whose value is wrong
   */
  public static DemoProfile parse(Properties properties, String source) {
    Map<String, String> all = new TreeMap<>();
    properties.stringPropertyNames().forEach(k -> all.put(k, properties.getProperty(k).trim()));
    int responses = (int) number(all, source, "responses", 0, 10_000_000, 0);
    long seed = (long) number(all, source, "seed", 0, Integer.MAX_VALUE, 0);
    Set<String> codes = new LinkedHashSet<>();
    for (String key : all.keySet()) {
      if (key.equals("responses") || key.equals("seed")) {
        continue;
      }
      int dot = key.lastIndexOf('.');
      String suffix = dot < 0 ? "" : key.substring(dot + 1);
      if (List.of("strain", "together", "texts", "answered").contains(suffix)) {
        codes.add(key.substring(0, dot));
      } else if (key.indexOf('.') > 0) {
        codes.add(key);
      } else {
        throw new IllegalArgumentException(
            source + ": '" + key + "' is not 'responses', 'seed' or a full item code");
      }
    }
    Map<String, ItemProfile> items = new TreeMap<>();
    for (String code : codes) {
      List<String> options = new ArrayList<>();
      List<Double> weights = new ArrayList<>();
      String distribution = all.getOrDefault(code, "");
      for (String pair : distribution.isEmpty() ? new String[0] : distribution.split(",")) {
        String[] parts = pair.trim().split(":");
        if (parts.length != 2 || parts[0].isBlank()) {
          throw new IllegalArgumentException(
              source + ": " + code + " = '" + distribution + "' is not 'option:weight, ...'");
        }
        double weight;
        try {
          weight = Double.parseDouble(parts[1].trim());
        } catch (NumberFormatException e) {
          weight = -1;
        }
        if (!(weight >= 0) || options.contains(parts[0].trim())) {
          throw new IllegalArgumentException(
              source + ": " + code + " has a wrong or repeated weight in '" + pair.trim() + "'");
        }
        options.add(parts[0].trim());
        weights.add(weight);
      }
      double strain = number(all, source, code + ".strain", -1, 1, 0);
      double together = number(all, source, code + ".together", 0, 1, 0);
      if (strain * strain + together > 1) {
        throw new IllegalArgumentException(
            source + ": " + code + " has strain² + together above 1");
      }
      String texts = all.getOrDefault(code + ".texts", "");
      List<String> textList =
          texts.isEmpty()
              ? List.of()
              : List.of(texts.split("\\|")).stream().map(String::trim).toList();
      double answered = number(all, source, code + ".answered", 0, 1, 0.1);
      items.put(code, new ItemProfile(options, weights, strain, together, textList, answered));
    }
    return new DemoProfile(seed, responses, items);
  }

  private static double number(
      Map<String, String> all, String source, String key, double low, double high, double absent) {
    String text = all.get(key);
    if (text == null) {
      return absent;
    }
    try {
      double value = Double.parseDouble(text);
      if (value >= low && value <= high) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        source + ": " + key + " = '" + text + "' is not a number from " + low + " to " + high);
  }
}
