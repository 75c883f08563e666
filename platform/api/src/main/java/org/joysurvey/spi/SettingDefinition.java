package org.joysurvey.spi;

import java.util.Objects;

/**
 * A setting an edition may change for one instrument; the platform generates its form, validates
 * values and stores them under the full key {@code <instrument-id>.<key>}.
 *
 * @param key short key ({@code threshold})
 * @param type the kind of value
 * @param label what the designer reads
 * @param description why it matters and what it changes
 * @param defaultValue the value when an edition sets none, as text
 * @param min for integer settings, the smallest accepted value, or {@code null}
 * @param max for integer settings, the largest accepted value, or {@code null}
 */
public record SettingDefinition(
    String key,
    Type type,
    String label,
    String description,
    String defaultValue,
    Integer min,
    Integer max) {

  public enum Type {
    INTEGER,
    DECIMAL,
    TEXT,
    BOOLEAN
  }

  public SettingDefinition {
    Objects.requireNonNull(key, "A setting key is required.");
    Objects.requireNonNull(type, "Setting " + key + " needs a type.");
    Objects.requireNonNull(label, "Setting " + key + " needs a label.");
    description = description == null ? "" : description;
  }

  public static SettingDefinition integer(
      String key, String label, String description, int defaultValue, int min, int max) {
    return new SettingDefinition(
        key, Type.INTEGER, label, description, Integer.toString(defaultValue), min, max);
  }

  public static SettingDefinition text(
      String key, String label, String description, String defaultValue) {
    return new SettingDefinition(key, Type.TEXT, label, description, defaultValue, null, null);
  }

  /** Checks a value given as text; returns why it is not acceptable, or {@code null} when it is. */
  public String problemWith(String value) {
    if (value == null) {
      return "a value is required";
    }
    switch (type) {
      case INTEGER -> {
        int parsed;
        try {
          parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
          return "'" + value + "' is not a whole number";
        }
        if ((min != null && parsed < min) || (max != null && parsed > max)) {
          return parsed + " is outside " + min + ".." + max;
        }
      }
      case DECIMAL -> {
        try {
          Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
          return "'" + value + "' is not a number";
        }
      }
      case BOOLEAN -> {
        if (!value.equals("true") && !value.equals("false")) {
          return "'" + value + "' is not true or false";
        }
      }
      case TEXT -> {
        if (value.length() > 1000) {
          return "it is longer than 1000 characters";
        }
      }
    }
    return null;
  }
}
