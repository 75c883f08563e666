package org.joysurvey.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.joysurvey.problem.Problem;

/** What a user name, a password and a list of roles must be; every problem is reported. */
public final class UserRules {

  /** 2 to 64 characters: lower-case letters, digits, '.', '_' and '-', starting with a letter. */
  public static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

  public static final int MIN_PASSWORD_LENGTH = 12;

  public static final int MAX_PASSWORD_LENGTH = 1024;

  private UserRules() {}

  public static List<Problem> username(String username) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      return List.of(
          Problem.at(
              "username",
              "a user name of 2 to 64 characters is required: lower-case letters,"
                  + " digits, '.', '_' and '-', starting with a letter"));
    }
    return List.of();
  }

  /** At least {@value #MIN_PASSWORD_LENGTH} characters (counted as Unicode code points). */
  public static List<Problem> password(String password) {
    if (password == null) {
      return List.of(Problem.at("password", "a password is required"));
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_PASSWORD_LENGTH) {
      return List.of(
          Problem.at(
              "password",
              "must have at least " + MIN_PASSWORD_LENGTH + " characters, has " + length));
    }
    if (length > MAX_PASSWORD_LENGTH) {
      return List.of(
          Problem.at("password", "must have at most " + MAX_PASSWORD_LENGTH + " characters"));
    }
    return List.of();
  }

  /** At least one role, each one of {@link Roles#ALL}, none twice. */
  public static List<Problem> roles(List<String> roles) {
    List<Problem> problems = new ArrayList<>();
    if (roles == null || roles.isEmpty()) {
      problems.add(
          Problem.at("roles", "at least one role is required: " + String.join(", ", Roles.ALL)));
      return problems;
    }
    Set<String> seen = new HashSet<>();
    for (String role : roles) {
      if (!Roles.ALL.contains(role)) {
        problems.add(
            Problem.at("roles", "'" + role + "' is not one of " + String.join(", ", Roles.ALL)));
      } else if (!seen.add(role)) {
        problems.add(Problem.at("roles", "'" + role + "' is listed twice"));
      }
    }
    return problems;
  }

  /** The built-in {@value AdminAccount#USERNAME} always keeps the role admin. */
  public static List<Problem> rolesOf(String username, List<String> roles) {
    List<Problem> problems = new ArrayList<>(roles(roles));
    if (AdminAccount.USERNAME.equals(username) && roles != null && !roles.contains(Roles.ADMIN)) {
      problems.add(
          Problem.at(
              "roles",
              "the built-in user "
                  + AdminAccount.USERNAME
                  + " always keeps the role "
                  + Roles.ADMIN));
    }
    return problems;
  }
}
