package org.joysurvey.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.joysurvey.security.LoginAttempts;
import org.joysurvey.security.Roles;
import org.joysurvey.web.security.JoyAuthenticationMechanism;

/**
 * Lets a call to an {@link AllowedRoles} method through only for a logged-in user with one of its
 * roles. Otherwise it answers in the API's JSON error shape: 401 with {@code WWW-Authenticate} when
 * the caller is not logged in (saying so when the user name is locked after failed logins), 403
 * when the user lacks the role, 503 with {@code Retry-After} when the credentials could not be
 * checked because the database cannot be reached. Authentication itself (HTTP Basic) happened
 * before, in Jakarta Security.
 */
@Provider
@AllowedRoles
@Priority(Priorities.AUTHORIZATION)
public class RoleAuthorizationFilter implements ContainerRequestFilter {

  static final String CHALLENGE = "Basic realm=\"Joy Survey\"";

  @Context private ResourceInfo resource;

  @Inject private LoginAttempts attempts;

  @Override
  public void filter(ContainerRequestContext request) {
    SecurityContext security = request.getSecurityContext();
    if (security.getUserPrincipal() == null) {
      if (request.getProperty(JoyAuthenticationMechanism.CREDENTIALS_UNCHECKED) != null) {
        // the credentials may well be right: a 401 would tell the caller otherwise
        request.abortWith(ExceptionMappers.databaseUnavailable());
        return;
      }
      request.abortWith(unauthorized(request.getHeaderString(HttpHeaders.AUTHORIZATION)));
      return;
    }
    Set<String> allowed = allowedRoles(resource.getResourceMethod(), resource.getResourceClass());
    if (allowed.stream().noneMatch(security::isUserInRole)) {
      String has =
          Roles.ALL.stream().filter(security::isUserInRole).collect(Collectors.joining(", "));
      request.abortWith(
          ApiError.response(
                  Response.Status.FORBIDDEN,
                  "The user "
                      + security.getUserPrincipal().getName()
                      + " ("
                      + (has.isEmpty() ? "no role" : has)
                      + ") may not do this; it needs the role "
                      + String.join(" or ", allowed)
                      + ".",
                  List.of())
              .build());
    }
  }

  private Response unauthorized(String authorization) {
    Optional<String> username = basicUsername(authorization);
    if (username.isEmpty()) {
      return challenge("Authentication required: send HTTP Basic credentials of a Joy Survey user.")
          .build();
    }
    Optional<Instant> lockedUntil = attempts.lockedUntil(username.get());
    if (lockedUntil.isPresent()) {
      Instant until = roundUp(lockedUntil.get());
      long seconds = Math.max(1, Duration.between(attempts.now(), until).toSeconds());
      return challenge("Login refused: too many failed attempts; try again after " + until + ".")
          .header(HttpHeaders.RETRY_AFTER, seconds)
          .build();
    }
    return challenge("Authentication failed: the user name or password is wrong.").build();
  }

  private static Response.ResponseBuilder challenge(String message) {
    return ApiError.response(Response.Status.UNAUTHORIZED, message, List.of())
        .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
  }

  private static Instant roundUp(Instant t) {
    Instant seconds = t.truncatedTo(ChronoUnit.SECONDS);
    return seconds.equals(t) ? t : seconds.plusSeconds(1);
  }

  /**
   * The roles of the method's {@link AllowedRoles}, or else its class's; admins only if neither has
   * one.
   */
  static Set<String> allowedRoles(Method method, Class<?> type) {
    AllowedRoles annotation = method == null ? null : method.getAnnotation(AllowedRoles.class);
    if (annotation == null && type != null) {
      annotation = type.getAnnotation(AllowedRoles.class);
    }
    return annotation == null
        ? Set.of(Roles.ADMIN)
        : new LinkedHashSet<>(List.of(annotation.value()));
  }

  /** The user name of an HTTP Basic {@code Authorization} header, if it has one. */
  static Optional<String> basicUsername(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).strip()),
              StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
