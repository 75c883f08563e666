package org.joysurvey.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2-HMAC-SHA256 with 210,000 iterations (OWASP's 2023 recommendation) and a 32-byte salt,
 * through Jakarta Security's own {@link Pbkdf2PasswordHash}; the parameters travel in each hash.
 */
@ApplicationScoped
public class PasswordHashing {

  static final int ITERATIONS = 210_000;

  @Inject private Pbkdf2PasswordHash hash;

  private volatile String decoy;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
  }

  /** A hash of a random password, with the same parameters, to verify against for unknown users. */
  String decoy() {
    if (decoy == null) {
      decoy = hash(java.util.UUID.randomUUID().toString());
    }
    return decoy;
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return hash.verify(password.toCharArray(), storedHash);
  }
}
