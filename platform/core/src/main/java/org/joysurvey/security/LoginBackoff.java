package org.joysurvey.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a user name is refused after consecutive failed logins: nothing for the first four, then
 * 1 minute at the fifth, doubling with each further failure (2, 4, 8, 16, 32 minutes) up to 1 hour.
 * While a user name is refused, even the right password is; a successful login starts the count
 * again. Pure arithmetic; {@link LoginAttempts} keeps the count in the database.
 */
public final class LoginBackoff {

  /** Consecutive failures that lock a user name the first time. */
  public static final int THRESHOLD = 5;

  /** The first lock. */
  public static final Duration FIRST_LOCK = Duration.ofMinutes(1);

  /** The longest lock. */
  public static final Duration MAX_LOCK = Duration.ofHours(1);

  private LoginBackoff() {}

  /** The lock that follows the given number of consecutive failures, if any. */
  public static Optional<Duration> lockAfter(int consecutiveFailures) {
    if (consecutiveFailures < THRESHOLD) {
      return Optional.empty();
    }
    int doublings = consecutiveFailures - THRESHOLD;
    // 2^6 minutes is already past the cap; stop doubling before the shift could overflow
    if (doublings >= 6) {
      return Optional.of(MAX_LOCK);
    }
    Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
    return Optional.of(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
  }

  /** When a lock that starts at {@code failedAt} ends, if the failures lead to one. */
  public static Optional<Instant> lockedUntil(int consecutiveFailures, Instant failedAt) {
    return lockAfter(consecutiveFailures).map(failedAt::plus);
  }
}
