package org.joysurvey.edition;

import java.util.Objects;

/**
 * One item whose wording in an edition changed. A {@code null} text stands for the plugin's own
 * wording: {@code oldText} is null when the edition had not worded the item before, {@code newText}
 * when the edition's wording was removed again.
 *
 * @param item the full item code, e.g. {@code mbi-2.ee}
 */
public record WordingChange(String item, String oldText, String newText) {

  public WordingChange {
    Objects.requireNonNull(item, "a wording change names its item");
    if (Objects.equals(oldText, newText)) {
      throw new IllegalArgumentException("the same text before and after is no change of " + item);
    }
  }

  /** How the wording changed, in words for the audit log and the pages. */
  public String kind() {
    if (oldText == null) {
      return "set";
    }
    return newText == null ? "back to the plugin's wording" : "changed";
  }
}
