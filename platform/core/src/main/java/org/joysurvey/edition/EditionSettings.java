package org.joysurvey.edition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joysurvey.problem.Problem;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.SettingDefinition;
import org.joysurvey.spi.Settings;

/**
 * Edition settings (full keys, {@code mbi-2.threshold}) checked against what instruments declare.
 * Besides the settings an instrument declares, every item's wording can be replaced per edition
 * under {@code <instrument-id>.wording.<item>} (the platform's, not the plugin's, setting).
 */
public final class EditionSettings {

  static final String WORDING = ".wording.";
  static final int MAX_WORDING_LENGTH = 1000;

  private EditionSettings() {}

  /** The edition's own wording of items, by full item code. */
  public static Map<String, String> wording(Map<String, String> editionSettings) {
    Map<String, String> wording = new HashMap<>();
    editionSettings.forEach(
        (key, value) -> {
          int at = key.indexOf(WORDING);
          if (at > 0) {
            wording.put(key.substring(0, at) + "." + key.substring(at + WORDING.length()), value);
          }
        });
    return wording;
  }

  /**
   * The settings with each wording stripped of surrounding blanks, and without the wordings that
   * equal the plugin's own text: such a wording changes nothing respondents see, so it is neither
   * stored nor counted as a new wording version. Call it on settings without problems.
   */
  public static Map<String, String> normaliseWording(
      List<Instrument> instruments, Map<String, String> editionSettings) {
    Map<String, String> normalised = new HashMap<>();
    editionSettings.forEach(
        (key, value) -> {
          int at = key.indexOf(WORDING);
          if (at <= 0 || value == null) {
            normalised.put(key, value);
            return;
          }
          String instrumentId = key.substring(0, at);
          String item = key.substring(at + WORDING.length());
          String text = value.strip();
          boolean plugins =
              instruments.stream()
                  .filter(i -> i.metadata().id().equals(instrumentId))
                  .flatMap(i -> i.items().stream())
                  .anyMatch(i -> i.code().equals(item) && i.text().equals(text));
          if (!plugins) {
            normalised.put(key, text);
          }
        });
    return normalised;
  }

  /** One instrument's settings: the edition's values where set, the declared defaults elsewhere. */
  public static Settings resolve(Instrument instrument, Map<String, String> editionSettings) {
    String prefix = instrument.metadata().id() + ".";
    Map<String, String> values = new HashMap<>();
    for (SettingDefinition definition : instrument.settings()) {
      String value =
          editionSettings.getOrDefault(prefix + definition.key(), definition.defaultValue());
      if (value != null) {
        values.put(definition.key(), value);
      }
    }
    return new Settings(values);
  }

  /** Every setting of every instrument, by full key, with its effective value. */
  public static Map<String, String> effective(
      List<Instrument> instruments, Map<String, String> editionSettings) {
    Map<String, String> all = new java.util.TreeMap<>();
    for (Instrument instrument : instruments) {
      resolve(instrument, editionSettings)
          .values()
          .forEach((key, value) -> all.put(instrument.metadata().id() + "." + key, value));
    }
    return all;
  }

  /** What is wrong with the given settings for these instruments. */
  public static List<Problem> problems(
      List<Instrument> instruments, Map<String, String> editionSettings) {
    List<Problem> problems = new ArrayList<>();
    editionSettings.forEach(
        (key, value) -> {
          if (key.contains(WORDING)) {
            wordingProblem(instruments, key, value).ifPresent(problems::add);
            return;
          }
          Optional<SettingDefinition> definition = definition(instruments, key);
          if (definition.isEmpty()) {
            problems.add(
                Problem.at(
                    "settings." + key,
                    "is no setting of this edition's instruments (a setting is"
                        + " '<instrument-id>.<key>')"));
          } else {
            String problem = definition.get().problemWith(value);
            if (problem != null) {
              problems.add(Problem.at("settings." + key, problem));
            }
          }
        });
    return problems;
  }

  private static Optional<Problem> wordingProblem(
      List<Instrument> instruments, String key, String value) {
    String instrumentId = key.substring(0, key.indexOf(WORDING));
    String item = key.substring(key.indexOf(WORDING) + WORDING.length());
    boolean known =
        instruments.stream()
            .filter(i -> i.metadata().id().equals(instrumentId))
            .flatMap(i -> i.items().stream())
            .anyMatch(i -> i.code().equals(item));
    if (!known) {
      return Optional.of(
          Problem.at(
              "settings." + key,
              "names no item of this edition's instruments (wording is"
                  + " '<instrument-id>.wording.<item>')"));
    }
    if (value == null || value.isBlank() || value.length() > MAX_WORDING_LENGTH) {
      return Optional.of(
          Problem.at(
              "settings." + key, "the wording must be 1 to " + MAX_WORDING_LENGTH + " characters"));
    }
    return Optional.empty();
  }

  private static Optional<SettingDefinition> definition(List<Instrument> instruments, String key) {
    for (Instrument instrument : instruments) {
      String prefix = instrument.metadata().id() + ".";
      if (key.startsWith(prefix)) {
        String shortKey = key.substring(prefix.length());
        return instrument.settings().stream().filter(d -> d.key().equals(shortKey)).findFirst();
      }
    }
    return Optional.empty();
  }
}
