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

  private static final java.util.regex.Pattern RESTS_ON =
      java.util.regex.Pattern.compile("rests on \\d+ respondents, fewer than (\\d+)");
  private static final java.util.regex.Pattern COUNTS =
      java.util.regex.Pattern.compile("counts \\d+ respondents, fewer than (\\d+)");
  private static final java.util.regex.Pattern TEXTS =
      java.util.regex.Pattern.compile(
          "\\d+ respondents wrote a text; a list needs at least (\\d+)");

  /**
   * The reason without the count it withholds. Until December 2026 the small-cell rule's reasons
   * named the count ("counts 3 respondents, fewer than 5"), and publications stored them; they are
   * read back through this, so that no stored publication shows the number it withholds.
   */
  public static String withoutCount(String reason) {
    if (reason == null) {
      return null;
    }
    String r = RESTS_ON.matcher(reason).replaceAll("rests on fewer than $1 respondents");
    r = COUNTS.matcher(r).replaceAll("counts fewer than $1 respondents");
    return TEXTS.matcher(r).replaceAll("fewer than $1 respondents wrote a text");
  }
}
