package org.joysurvey.web.designer;

import java.io.Serializable;
import org.joysurvey.spi.SettingDefinition;

/**
 * One instrument setting as a form field. The value is held in the property that fits its type
 * ({@code integer}, {@code decimal} and {@code text} as text or number, {@code bool}), so that the
 * page's inputs convert it.
 */
public class SettingField implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String fullKey;
  private final String type;
  private final String label;
  private final String description;
  private final String defaultValue;
  private final Integer min;
  private final Integer max;
  private Integer integer;
  private String text;
  private boolean bool;

  SettingField(String instrumentId, SettingDefinition definition, String value) {
    this.fullKey = instrumentId + "." + definition.key();
    this.type = definition.type().name().toLowerCase();
    this.label = definition.label();
    this.description = definition.description();
    this.defaultValue = definition.defaultValue();
    this.min = definition.min();
    this.max = definition.max();
    String v = value == null ? defaultValue : value;
    switch (definition.type()) {
      case INTEGER -> {
        try {
          integer = v == null ? null : Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
          integer = null;
        }
      }
      case BOOLEAN -> bool = Boolean.parseBoolean(v);
      default -> text = v;
    }
  }

  /** The value as the edition stores it, or {@code null} when the field is empty. */
  String value() {
    return switch (type) {
      case "integer" -> integer == null ? null : integer.toString();
      case "boolean" -> Boolean.toString(bool);
      case "decimal" -> text == null || text.isBlank() ? null : text.strip();
      default -> text;
    };
  }

  public String getFullKey() {
    return fullKey;
  }

  /** For DOM ids: the full key with anything but letters and digits as {@code -}. */
  public String getDomKey() {
    return fullKey.replaceAll("[^A-Za-z0-9]", "-");
  }

  public String getType() {
    return type;
  }

  public String getLabel() {
    return label;
  }

  public String getDescription() {
    return description;
  }

  public String getDefaultValue() {
    return defaultValue;
  }

  public Integer getMin() {
    return min;
  }

  public Integer getMax() {
    return max;
  }

  public Integer getInteger() {
    return integer;
  }

  public void setInteger(Integer integer) {
    this.integer = integer;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isBool() {
    return bool;
  }

  public void setBool(boolean bool) {
    this.bool = bool;
  }
}
