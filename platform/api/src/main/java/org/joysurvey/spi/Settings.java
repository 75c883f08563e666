package org.joysurvey.spi;

import java.util.Map;
import java.util.Optional;

/**
 * An edition's settings for one instrument, keyed by short key, with every declared setting present
 * (the edition's value or the default).
 */
public record Settings(Map<String, String> values) {

  public static final Settings NONE = new Settings(Map.of());

  public Settings {
    values = Map.copyOf(values);
  }

  public Optional<String> text(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** The integer value of a declared integer setting. */
  public int integer(String key) {
    String value = values.get(key);
    if (value == null) {
      throw new IllegalStateException("Setting " + key + " is not declared by this instrument.");
    }
    return Integer.parseInt(value.trim());
  }
}
