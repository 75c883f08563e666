package org.joysurvey.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Checks a user name and password against {@code app_user}; the user's roles become its groups. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

  @PersistenceContext(unitName = "joy")
  private EntityManager em;

  @Inject private PasswordHashing hashing;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    AppUser user = em.find(AppUser.class, credential.getCaller());
    if (user == null || !hashing.matches(credential.getPasswordAsString(), user.getPasswordHash())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(user.getUsername(), user.getRoles());
  }
}
