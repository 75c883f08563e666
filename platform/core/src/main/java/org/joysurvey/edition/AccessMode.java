package org.joysurvey.edition;

import java.util.Arrays;
import java.util.Optional;

/**
 * How respondents reach an edition: each with a personal invitation link, or all through one public
 * link.
 */
public enum AccessMode {
  INVITATION("invitation"),
  OPEN_LINK("open-link");

  private final String code;

  AccessMode(String code) {
    this.code = code;
  }

  /** The code used in the API and the database ({@code open-link}). */
  public String code() {
    return code;
  }

  public static Optional<AccessMode> fromCode(String code) {
    return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
  }
}
