package org.joysurvey.security;

/** A user with this name exists already. */
public class UserExistsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String username;

  public UserExistsException(String username) {
    super("The user was not created.");
    this.username = username;
  }

  public String username() {
    return username;
  }
}
