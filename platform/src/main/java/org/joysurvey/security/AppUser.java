package org.joysurvey.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** A person who runs the platform (admin, designer, analyst), with a PBKDF2 password hash. */
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

  protected AppUser() {
    // for JPA
  }

  public AppUser(String username, String passwordHash, Set<String> roles) {
    this.username = Objects.requireNonNull(username);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.roles = String.join(",", roles);
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Set<String> getRoles() {
    return Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).collect(Collectors.toSet());
  }
}
