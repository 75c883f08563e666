package org.joysurvey.society;

/**
 * The society's profile. {@code logoUrl}, {@code contact}, {@code privacyStatement} and {@code
 * introduction} are empty strings when not set, never null once read or saved. {@code
 * primaryColour} is {@code #rrggbb} in lower case, the background of the page header under white
 * text.
 */
public record SocietyProfile(
    String name,
    String logoUrl,
    String primaryColour,
    String contact,
    String privacyStatement,
    String introduction) {

  public static final String DEFAULT_NAME = "Joy Survey";

  public static final String DEFAULT_COLOUR = "#1f4e79";

  /** The profile of an instance whose admin has not saved one: the given name (or the default). */
  public static SocietyProfile defaults(String name) {
    String n = name == null || name.isBlank() ? DEFAULT_NAME : name.strip();
    return new SocietyProfile(n, "", DEFAULT_COLOUR, "", "", "");
  }

  /** Names stripped, colour in lower case, null optional texts as empty strings. */
  public SocietyProfile normalized() {
    return new SocietyProfile(
        name == null ? null : name.strip(),
        orEmpty(logoUrl).strip(),
        primaryColour == null ? null : primaryColour.strip().toLowerCase(java.util.Locale.ROOT),
        orEmpty(contact).strip(),
        orEmpty(privacyStatement),
        orEmpty(introduction));
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
