package org.joysurvey.participation;

import java.security.SecureRandom;

/**
 * Resume codes for open-link respondents: 16 characters of Crockford's base32 (80 random bits),
 * shown as {@code 7KQ2-MZ4D-...}; typed back in any case, with or without dashes, and with the
 * letters that look like digits (O, I, L) read as those digits.
 */
public final class ResumeCodes {

  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  static final int LENGTH = 16;

  private static final SecureRandom RANDOM = new SecureRandom();

  private ResumeCodes() {}

  public static String newCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /**
   * The canonical form of a typed code (16 characters, no dashes), or {@code null} when it cannot
   * be a code.
   */
  public static String normalize(String typed) {
    if (typed == null) {
      return null;
    }
    StringBuilder canonical = new StringBuilder();
    for (char c : typed.toUpperCase().toCharArray()) {
      if (c == '-' || Character.isWhitespace(c)) {
        continue;
      }
      char read =
          switch (c) {
            case 'O' -> '0';
            case 'I', 'L' -> '1';
            default -> c;
          };
      if (ALPHABET.indexOf(read) < 0) {
        return null;
      }
      canonical.append(read);
    }
    return canonical.length() == LENGTH ? canonical.toString() : null;
  }
}
