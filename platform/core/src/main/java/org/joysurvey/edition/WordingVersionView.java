package org.joysurvey.edition;

import java.time.LocalDate;

/**
 * One version of an edition's wording, as the API and pages show it: the change it made and who
 * made it on which day. {@code responses} counts the responses answered under exactly this version
 * (before the next change). Serializable because the designer page keeps it in its view state.
 */
public record WordingVersionView(
    int version,
    String item,
    String oldText,
    String newText,
    String changedBy,
    LocalDate changedOn,
    long responses)
    implements java.io.Serializable {

  public String kind() {
    return new WordingChange(item, oldText, newText).kind();
  }
}
