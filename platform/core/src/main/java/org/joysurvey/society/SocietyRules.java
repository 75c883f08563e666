package org.joysurvey.society;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.joysurvey.problem.Problem;

/** What a society profile must be; every problem is reported. Expects a normalized profile. */
public final class SocietyRules {

  public static final int NAME_LENGTH = 200;
  public static final int LOGO_URL_LENGTH = 1000;
  public static final int CONTACT_LENGTH = 500;
  public static final int TEXT_LENGTH = 5000;

  /** White text on the header colour needs at least this contrast ratio (WCAG AA, normal text). */
  public static final double MIN_CONTRAST = 4.5;

  public static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");

  private SocietyRules() {}

  public static List<Problem> check(SocietyProfile p) {
    List<Problem> problems = new ArrayList<>();
    if (p.name() == null || p.name().isEmpty()) {
      problems.add(Problem.at("name", "a name is required"));
    } else {
      length(problems, "name", p.name(), NAME_LENGTH);
    }
    if (!p.logoUrl().isEmpty()) {
      if (!isHttpsUrl(p.logoUrl())) {
        problems.add(Problem.at("logoUrl", "must be an https:// address of an image, or empty"));
      } else {
        length(problems, "logoUrl", p.logoUrl(), LOGO_URL_LENGTH);
      }
    }
    if (p.primaryColour() == null || !COLOUR.matcher(p.primaryColour()).matches()) {
      problems.add(
          Problem.at(
              "primaryColour",
              "must be a colour written #rrggbb, such as " + SocietyProfile.DEFAULT_COLOUR));
    } else {
      double ratio = contrastWithWhite(p.primaryColour());
      if (ratio < MIN_CONTRAST) {
        problems.add(
            Problem.at(
                "primaryColour",
                String.format(
                    java.util.Locale.ROOT,
                    "%s is too light: white text on it has a contrast ratio of %.2f:1, at least"
                        + " %.1f:1 is needed; choose a darker colour",
                    p.primaryColour(),
                    ratio,
                    MIN_CONTRAST)));
      }
    }
    length(problems, "contact", p.contact(), CONTACT_LENGTH);
    length(problems, "privacyStatement", p.privacyStatement(), TEXT_LENGTH);
    length(problems, "introduction", p.introduction(), TEXT_LENGTH);
    return problems;
  }

  /** The WCAG 2 contrast ratio of white against {@code #rrggbb}: 1.05 / (L + 0.05). */
  public static double contrastWithWhite(String colour) {
    int rgb = Integer.parseInt(colour.substring(1), 16);
    double l =
        0.2126 * linear((rgb >> 16) & 0xff)
            + 0.7152 * linear((rgb >> 8) & 0xff)
            + 0.0722 * linear(rgb & 0xff);
    return 1.05 / (l + 0.05);
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  private static boolean isHttpsUrl(String text) {
    try {
      URI uri = new URI(text);
      return "https".equalsIgnoreCase(uri.getScheme())
          && uri.getHost() != null
          && !uri.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static void length(List<Problem> problems, String field, String text, int max) {
    int length = text.codePointCount(0, text.length());
    if (length > max) {
      problems.add(Problem.at(field, "must have at most " + max + " characters, has " + length));
    }
  }
}
