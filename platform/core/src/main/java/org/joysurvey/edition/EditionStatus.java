package org.joysurvey.edition;

import java.util.Arrays;
import java.util.Optional;

/** Where an edition is in its life: being prepared, taking responses, or finished. */
public enum EditionStatus {
  DRAFT,
  OPEN,
  CLOSED;

  /** The lower-case code used in the API ({@code open}). */
  public String code() {
    return name().toLowerCase();
  }

  public static Optional<EditionStatus> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
  }
}
