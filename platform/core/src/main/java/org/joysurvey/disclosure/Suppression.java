package org.joysurvey.disclosure;

/** A statistic (or a free-text list, by its item code) that may not be published, and why. */
public record Suppression(String key, String reason) {

  /** The reason of a figure withheld only so that a withheld one cannot be recomputed. */
  public static final String PROTECTS_ANOTHER = "withheld to protect another cell";

  /** A figure withheld so that another withheld figure cannot be recomputed from it. */
  public static Suppression protectingAnother(String key) {
    return new Suppression(key, PROTECTS_ANOTHER);
  }

  public boolean protectsAnother() {
    return PROTECTS_ANOTHER.equals(reason);
  }
}
