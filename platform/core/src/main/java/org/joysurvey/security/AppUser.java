package org.joysurvey.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person who runs the platform (admin, designer, analyst), with a PBKDF2 password hash, and the
 * count of consecutive failed logins that locks the account for a while ({@link LoginBackoff}).
 */
@Entity
@Table(name = "app_user")
public class AppUser {

  @Id
  @Column(length = 64)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  /** Comma-separated role names. */
  @Column(nullable = false, length = 200)
  private String roles;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  /** In UTC; null when the account is not locked. */
  @Column(name = "locked_until")
  private LocalDateTime lockedUntil;

  protected AppUser() {
    // for JPA
  }

  public AppUser(String username, String passwordHash, Set<String> roles) {
    this.username = Objects.requireNonNull(username, "a user name is required");
    this.passwordHash = Objects.requireNonNull(passwordHash, "a password hash is required");
    this.roles = join(roles);
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  /** The roles, in the order of {@link Roles#ALL}. */
  public Set<String> getRoles() {
    return Arrays.stream(roles.split(","))
        .filter(r -> !r.isBlank())
        .sorted(Comparator.comparingInt(Roles.ALL::indexOf))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  public int getFailedAttempts() {
    return failedAttempts;
  }

  /** The end of the current or last lock, if the account was locked since its last good login. */
  public Optional<Instant> getLockedUntil() {
    return Optional.ofNullable(lockedUntil).map(t -> t.toInstant(ZoneOffset.UTC));
  }

  public boolean isLockedAt(Instant now) {
    return getLockedUntil().filter(now::isBefore).isPresent();
  }

  /** Counts one more failed login at {@code now}; returns the end of the lock it causes, if any. */
  public Optional<Instant> recordFailure(Instant now) {
    failedAttempts++;
    Optional<Instant> until = LoginBackoff.lockedUntil(failedAttempts, now);
    until.ifPresent(t -> lockedUntil = LocalDateTime.ofInstant(t, ZoneOffset.UTC));
    return until;
  }

  /** A good login (or a new password) clears the count and any lock. */
  public void clearFailures() {
    failedAttempts = 0;
    lockedUntil = null;
  }

  public void changePassword(String newHash) {
    passwordHash = Objects.requireNonNull(newHash, "a password hash is required");
    clearFailures();
  }

  public void changeRoles(Set<String> newRoles) {
    roles = join(newRoles);
  }

  private static String join(Collection<String> roles) {
    return roles.stream()
        .sorted(Comparator.comparingInt(Roles.ALL::indexOf))
        .collect(Collectors.joining(","));
  }
}
