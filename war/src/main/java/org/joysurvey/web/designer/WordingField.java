package org.joysurvey.web.designer;

import java.io.Serializable;

/**
 * One item on the edition page: its plugin's wording, and the edition's own wording as a form field
 * (empty: respondents see the plugin's wording).
 */
public class WordingField implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String settingKey;
  private final String pluginText;
  private String text;

  /**
   * @param instrumentId the instrument, e.g. {@code mbi-2}
   * @param item the item's code within it, e.g. {@code ee}
   * @param text the edition's wording, or {@code null} for none
   */
  WordingField(String instrumentId, String item, String pluginText, String text) {
    this.code = instrumentId + "." + item;
    this.settingKey = instrumentId + ".wording." + item;
    this.pluginText = pluginText;
    this.text = text;
  }

  /** The edition's wording as the edition stores it, or {@code null} for the plugin's. */
  String value() {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Whether the edition words the item its own way. */
  public boolean isOwn() {
    return value() != null;
  }

  /** The full item code, e.g. {@code mbi-2.ee}. */
  public String getCode() {
    return code;
  }

  /** The edition setting that holds the wording, e.g. {@code mbi-2.wording.ee}. */
  public String getSettingKey() {
    return settingKey;
  }

  public String getPluginText() {
    return pluginText;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
