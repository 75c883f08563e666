package org.joysurvey.security;

/** No user has this name. */
public class UnknownUserException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownUserException(String username) {
    super("There is no user " + username + ".");
  }
}
