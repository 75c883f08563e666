package org.joysurvey.security;

/** The roles of platform users. */
public final class Roles {

  /** Manages users and settings, and everything a designer may do. */
  public static final String ADMIN = "admin";

  private Roles() {}
}
