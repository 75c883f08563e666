package org.joysurvey.spi;

/** The kinds of item the platform can render, validate, store and export. */
public enum ItemType {
  /** One option. */
  SINGLE("single"),
  /** A set of options; an exclusive option (such as {@code none}) stands alone. */
  MULTI("multi"),
  /** An ordered list of up to {@code maxChoices} distinct options, rank 1 first. */
  RANKED("ranked"),
  /** An integer on a fixed scale; the options are the scale points, coded as integers. */
  LIKERT("likert"),
  /** {@code yes} or {@code no}. */
  YES_NO("yes-no"),
  /** Free text, at most {@link Item#TEXT_MAX_LENGTH} characters unless the item says less. */
  TEXT("text"),
  /** A decimal number, optionally bounded. */
  NUMBER("number");

  private final String code;

  ItemType(String code) {
    this.code = code;
  }

  /** The stable code used in the API and the docs ({@code yes-no}). */
  public String code() {
    return code;
  }

  /** Whether the item's answers are option codes. */
  public boolean hasOptions() {
    return this == SINGLE || this == MULTI || this == RANKED || this == LIKERT || this == YES_NO;
  }

  /** Whether an answer is a list of option codes. */
  public boolean isList() {
    return this == MULTI || this == RANKED;
  }
}
