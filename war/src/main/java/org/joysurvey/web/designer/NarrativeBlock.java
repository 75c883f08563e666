package org.joysurvey.web.designer;

import java.io.Serializable;

/**
 * One Markdown block of the report narrative on the edition page: the introduction, an instrument's
 * chapter paragraph, the conclusion, the recommendations or the appendices.
 *
 * @param key the block's name in the API and in problems: {@code introduction}, {@code
 *     chapters.mini-z}, ...
 */
public class NarrativeBlock implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final String label;
  private final String hint;
  private String markdown;

  NarrativeBlock(String key, String label, String hint, String markdown) {
    this.key = key;
    this.label = label;
    this.hint = hint;
    this.markdown = markdown;
  }

  public String getKey() {
    return key;
  }

  /** The key as an HTML id and a CSS hook: {@code chapters-mini-z}. */
  public String getDomKey() {
    return key.replace('.', '-');
  }

  public String getLabel() {
    return label;
  }

  public String getHint() {
    return hint;
  }

  public String getMarkdown() {
    return markdown;
  }

  public void setMarkdown(String markdown) {
    this.markdown = markdown;
  }

  /** The instrument of a chapter block, {@code null} for the others. */
  String instrument() {
    return key.startsWith("chapters.") ? key.substring("chapters.".length()) : null;
  }
}
