package org.joysurvey.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.joysurvey.audit.AuditLog;

/**
 * Counts failed logins per user name in {@code app_user} and locks the name as {@link LoginBackoff}
 * says. The count lives in the database, under a row lock while it changes, so that every instance
 * of a cluster sees and adds to the same count.
 */
@ApplicationScoped
@Transactional
public class LoginAttempts {

  private static final Logger LOG = Logger.getLogger(LoginAttempts.class.getName());

  private final Clock clock = Clock.systemUTC();

  @PersistenceContext(unitName = "joy")
  private EntityManager em;

  @Inject private AuditLog audit;

  public Instant now() {
    return clock.instant();
  }

  /**
   * Counts a failed login of an existing user; returns the end of the lock it causes, if any. A
   * failure while the name is locked (another instance may just have locked it) is not counted.
   */
  public Optional<Instant> recordFailure(String username) {
    AppUser user = em.find(AppUser.class, username, LockModeType.PESSIMISTIC_WRITE);
    if (user == null) {
      return Optional.empty();
    }
    Instant now = now();
    if (user.isLockedAt(now)) {
      return user.getLockedUntil();
    }
    Optional<Instant> lock = user.recordFailure(now);
    lock.ifPresent(
        until -> {
          LOG.warning(
              () ->
                  "The user "
                      + username
                      + " is locked until "
                      + until
                      + " after "
                      + user.getFailedAttempts()
                      + " consecutive failed logins.");
          audit.record(
              AuditLog.ANONYMOUS,
              "user.locked",
              "user/" + username,
              user.getFailedAttempts() + " consecutive failed logins; locked until " + until);
        });
    return lock;
  }

  /**
   * A good password: clears the count, unless the name was locked in the meantime (by failures on
   * another instance), in which case the login is refused after all.
   *
   * @return whether the login may go ahead
   */
  public boolean recordSuccess(String username) {
    AppUser user = em.find(AppUser.class, username, LockModeType.PESSIMISTIC_WRITE);
    if (user == null || user.isLockedAt(now())) {
      return false;
    }
    user.clearFailures();
    return true;
  }

  /** The end of the lock on this user name, if it is locked now. */
  public Optional<Instant> lockedUntil(String username) {
    AppUser user = em.find(AppUser.class, username);
    Instant now = now();
    return user == null ? Optional.empty() : user.getLockedUntil().filter(now::isBefore);
  }
}
