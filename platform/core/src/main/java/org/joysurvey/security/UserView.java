package org.joysurvey.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A user as the API shows it: never the password hash. */
public record UserView(
    String username, List<String> roles, int failedAttempts, Optional<Instant> lockedUntil) {

  static UserView of(AppUser user, Instant now) {
    return new UserView(
        user.getUsername(),
        List.copyOf(user.getRoles()),
        user.getFailedAttempts(),
        user.getLockedUntil().filter(now::isBefore));
  }
}
