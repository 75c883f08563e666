package org.joysurvey.security;

/** No user has this name. */
public class UnknownUserException extends RuntimeException {

  public UnknownUserException(String username) {
    super("There is no user " + username + ".");
  }
}
