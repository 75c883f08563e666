package org.joysurvey.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.joysurvey.audit.AuditLog;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;

/**
 * Platform users, for admins: list, create, reset a password, change roles. Each change is written
 * to the audit log in the same transaction, so there is no change without its entry.
 */
@ApplicationScoped
@Transactional
public class UserService {

  @PersistenceContext(unitName = "joy")
  private EntityManager em;

  @Inject private PasswordHashing hashing;

  @Inject private LoginAttempts attempts;

  @Inject private AuditLog audit;

  /** Every user, by name. */
  public List<UserView> list() {
    Instant now = attempts.now();
    return em
        .createQuery("select u from AppUser u order by u.username", AppUser.class)
        .getResultList()
        .stream()
        .map(u -> UserView.of(u, now))
        .toList();
  }

  /** Creates a user; every problem with the request is reported at once, nothing is stored. */
  public UserView create(String actor, String username, String password, List<String> roles) {
    List<Problem> problems = new ArrayList<>();
    problems.addAll(UserRules.username(username));
    problems.addAll(UserRules.password(password));
    problems.addAll(UserRules.roles(roles));
    if (!problems.isEmpty()) {
      throw new InputRejectedException("The user was not created.", problems);
    }
    if (em.find(AppUser.class, username) != null) {
      throw new UserExistsException(username);
    }
    AppUser user = new AppUser(username, hashing.hash(password), new LinkedHashSet<>(roles));
    try {
      em.persist(user);
      em.flush();
    } catch (PersistenceException e) {
      // another request (or instance) created the same name since the check above: the key clashed
      throw new UserExistsException(username);
    }
    audit.record(
        actor, "user.create", "user/" + username, "roles " + String.join(",", user.getRoles()));
    return UserView.of(user, attempts.now());
  }

  /** Sets a new password; it also clears the count of failed logins and any lock. */
  public void resetPassword(String actor, String username, String password) {
    List<Problem> problems = UserRules.password(password);
    if (!problems.isEmpty()) {
      throw new InputRejectedException("The password was not changed.", problems);
    }
    AppUser user = find(username);
    boolean wasLocked = user.isLockedAt(attempts.now());
    user.changePassword(hashing.hash(password));
    audit.record(
        actor, "user.password-reset", "user/" + username, wasLocked ? "lock cleared" : null);
  }

  /** Replaces the roles of a user; the built-in admin keeps the role admin. */
  public UserView changeRoles(String actor, String username, List<String> roles) {
    AppUser user = find(username);
    List<Problem> problems = UserRules.rolesOf(username, roles);
    if (!problems.isEmpty()) {
      throw new InputRejectedException("The roles were not changed.", problems);
    }
    String before = String.join(",", user.getRoles());
    user.changeRoles(new LinkedHashSet<>(roles));
    audit.record(
        actor,
        "user.roles",
        "user/" + username,
        "roles " + before + " -> " + String.join(",", user.getRoles()));
    return UserView.of(user, attempts.now());
  }

  private AppUser find(String username) {
    AppUser user = em.find(AppUser.class, username, LockModeType.PESSIMISTIC_WRITE);
    if (user == null) {
      throw new UnknownUserException(username);
    }
    return user;
  }
}
