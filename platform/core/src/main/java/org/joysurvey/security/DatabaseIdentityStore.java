package org.joysurvey.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Checks a user name and password against {@code app_user}; the user's roles become its groups. A
 * user name locked after repeated failures ({@link LoginBackoff}) is refused without looking at the
 * password; a wrong password counts towards the lock, a right one clears the count.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

  @PersistenceContext(unitName = "joy")
  private EntityManager em;

  @Inject private PasswordHashing hashing;

  @Inject private LoginAttempts attempts;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    AppUser user = em.find(AppUser.class, credential.getCaller());
    if (user == null) {
      // spend the same time as for a real user, so that timing does not tell which names exist
      hashing.matches(credential.getPasswordAsString(), hashing.decoy());
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (user.isLockedAt(attempts.now())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!hashing.matches(credential.getPasswordAsString(), user.getPasswordHash())) {
      attempts.recordFailure(user.getUsername());
      return CredentialValidationResult.INVALID_RESULT;
    }
    boolean hadFailures = user.getFailedAttempts() > 0 || user.getLockedUntil().isPresent();
    if (hadFailures && !attempts.recordSuccess(user.getUsername())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(user.getUsername(), user.getRoles());
  }
}
