package org.joysurvey.participation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for email addresses typed or uploaded (invitees, incentive addresses): one
 * {@code @}, a dot in the domain, no spaces, no control characters (PostgreSQL refuses NUL in
 * text), no half of a surrogate pair and no U+FFFD (bytes that were not UTF-8), at most 320
 * characters. The domain is lower-cased (it is case-insensitive); the local part is kept as written
 * (it need not be).
 */
public final class EmailAddresses {

  public static final int MAX_LENGTH = 320;

  private static final Pattern SHAPE =
      Pattern.compile(
          "[^@\\s\"(),:;<>\\[\\\\\\]\\p{Cntrl}\\p{Cs}\\x{FFFD}]{1,64}"
              + "@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

  private EmailAddresses() {}

  /** The address in its stored form, or empty when it is not an address. */
  public static Optional<String> normalize(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String address = typed.strip();
    if (address.length() > MAX_LENGTH || !SHAPE.matcher(address).matches()) {
      return Optional.empty();
    }
    int at = address.lastIndexOf('@');
    return Optional.of(
        address.substring(0, at + 1) + address.substring(at + 1).toLowerCase(Locale.ROOT));
  }

  /** Why {@link #normalize} refused an address, in words for the person who typed it. */
  public static String problem(String typed) {
    if (typed == null || typed.isBlank()) {
      return "an email address is required";
    }
    if (typed.strip().length() > MAX_LENGTH) {
      return "an email address has at most " + MAX_LENGTH + " characters";
    }
    return "'" + typed.strip() + "' is not an email address (expected name@example.org)";
  }
}
