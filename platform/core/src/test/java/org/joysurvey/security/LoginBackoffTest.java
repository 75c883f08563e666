package org.joysurvey.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginBackoffTest {

  @Test
  void fourFailuresDoNotLock() {
    for (int failures = 0; failures < 5; failures++) {
      assertEquals(Optional.empty(), LoginBackoff.lockAfter(failures), failures + " failures");
    }
  }

  @Test
  void fifthFailureLocksForOneMinuteAndEachFurtherOneDoubles() {
    assertEquals(Optional.of(Duration.ofMinutes(1)), LoginBackoff.lockAfter(5));
    assertEquals(Optional.of(Duration.ofMinutes(2)), LoginBackoff.lockAfter(6));
    assertEquals(Optional.of(Duration.ofMinutes(4)), LoginBackoff.lockAfter(7));
    assertEquals(Optional.of(Duration.ofMinutes(8)), LoginBackoff.lockAfter(8));
    assertEquals(Optional.of(Duration.ofMinutes(16)), LoginBackoff.lockAfter(9));
    assertEquals(Optional.of(Duration.ofMinutes(32)), LoginBackoff.lockAfter(10));
  }

  @Test
  void lockIsCappedAtOneHourHoweverManyFailures() {
    assertEquals(Optional.of(Duration.ofHours(1)), LoginBackoff.lockAfter(11));
    assertEquals(Optional.of(Duration.ofHours(1)), LoginBackoff.lockAfter(70));
    assertEquals(Optional.of(Duration.ofHours(1)), LoginBackoff.lockAfter(Integer.MAX_VALUE));
  }

  @Test
  void lockStartsAtTheFailure() {
    Instant at = Instant.parse("2025-03-14T10:00:00Z");
    assertEquals(
        Optional.of(Instant.parse("2025-03-14T10:02:00Z")), LoginBackoff.lockedUntil(6, at));
    assertEquals(Optional.empty(), LoginBackoff.lockedUntil(4, at));
  }

  @Test
  void userIsLockedAfterFiveFailuresAndAGoodLoginClearsTheCount() {
    AppUser user = new AppUser("bob", "hash", java.util.Set.of(Roles.ANALYST));
    Instant t = Instant.parse("2025-03-14T10:00:00Z");
    for (int i = 1; i <= 4; i++) {
      assertEquals(Optional.empty(), user.recordFailure(t));
      assertFalse(user.isLockedAt(t), "not locked after " + i + " failures");
    }
    assertEquals(Optional.of(t.plusSeconds(60)), user.recordFailure(t));
    assertTrue(user.isLockedAt(t.plusSeconds(59)));
    assertFalse(user.isLockedAt(t.plusSeconds(60)), "the lock ends after one minute");

    assertEquals(
        Optional.of(t.plusSeconds(60 + 120)),
        user.recordFailure(t.plusSeconds(60)),
        "the first failure after the lock locks again, twice as long");

    user.clearFailures();
    assertEquals(0, user.getFailedAttempts());
    assertFalse(user.isLockedAt(t.plusSeconds(61)));
    assertEquals(Optional.empty(), user.getLockedUntil());
  }

  @Test
  void newPasswordClearsTheLock() {
    AppUser user = new AppUser("bob", "hash", java.util.Set.of(Roles.ANALYST));
    Instant t = Instant.parse("2025-03-14T10:00:00Z");
    for (int i = 0; i < 5; i++) {
      user.recordFailure(t);
    }
    assertTrue(user.isLockedAt(t));
    user.changePassword("new-hash");
    assertFalse(user.isLockedAt(t));
    assertEquals("new-hash", user.getPasswordHash());
  }
}
