package org.joysurvey.participation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Invitation tokens: 256 random bits from a CSPRNG, written base64url (43 characters) for links.
 * Only their SHA-256 hash is stored, so a copy of the database opens no survey; a plain hash is
 * enough (no salt, no slow hash) because the token itself carries 256 bits of entropy.
 */
public final class Tokens {

  static final int BYTES = 32;

  private static final SecureRandom RANDOM = new SecureRandom();

  private Tokens() {}

  public static String newToken() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The stored form of a token (or of a resume code): SHA-256, lower-case hex, 64 characters. */
  public static String hash(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Whether a string could be a token at all; anything else is refused before any lookup. */
  public static boolean isWellFormed(String token) {
    return token != null && token.matches("[A-Za-z0-9_-]{43}");
  }
}
