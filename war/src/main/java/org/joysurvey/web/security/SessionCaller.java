package org.joysurvey.web.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who logged in through the login page, kept in the HTTP session (so it is replicated with it in a
 * cluster) under {@link #ATTRIBUTE}.
 */
public record SessionCaller(String name, Set<String> groups) implements Serializable {

  public static final String ATTRIBUTE = SessionCaller.class.getName();

  public SessionCaller {
    groups = Set.copyOf(groups);
  }
}
