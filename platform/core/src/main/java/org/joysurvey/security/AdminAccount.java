package org.joysurvey.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first account, {@code admin}: created at the first start with {@code JOY_ADMIN_PASSWORD}, or,
 * if that is unset, a random password printed once in the log. Only its hash is stored.
 */
@ApplicationScoped
public class AdminAccount {

  public static final String USERNAME = "admin";

  private static final Logger LOG = Logger.getLogger(AdminAccount.class.getName());
  private static final String ALPHABET =
      "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  @PersistenceContext(unitName = "joy")
  private EntityManager em;

  @Inject private PasswordHashing hashing;

  @Inject
  @ConfigProperty(name = "joy.admin.password")
  private Optional<String> configuredPassword;

  @Transactional
  public void ensureExists() {
    if (em.find(AppUser.class, USERNAME) != null) {
      return;
    }
    String password = configuredPassword.filter(p -> !p.isBlank()).orElse(null);
    boolean generated = password == null;
    if (generated) {
      SecureRandom random = new SecureRandom();
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 20; i++) {
        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      password = sb.toString();
    }
    em.persist(new AppUser(USERNAME, hashing.hash(password), Set.of(Roles.ADMIN)));
    em.flush();
    if (generated) {
      LOG.warning(
          "Created the user 'admin' with the generated password "
              + password
              + " (shown this once; set JOY_ADMIN_PASSWORD before the first start to choose it).");
    } else {
      LOG.info("Created the user 'admin' with the password from JOY_ADMIN_PASSWORD.");
    }
  }
}
