package org.joysurvey.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.joysurvey.security.Roles;

/**
 * Refuses {@link AdminOnly} calls without valid admin credentials, with a JSON 401 (no credentials
 * or wrong ones) or 403 (a user without the admin role).
 */
@Provider
@AdminOnly
@Priority(Priorities.AUTHORIZATION)
public class AdminAuthorizationFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    var security = request.getSecurityContext();
    if (security.getUserPrincipal() == null) {
      request.abortWith(ApiError.response(Response.Status.UNAUTHORIZED,
          "Authentication required: send HTTP Basic credentials of an admin user.", List.of())
          .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Joy Survey\"").build());
    } else if (!security.isUserInRole(Roles.ADMIN)) {
      request.abortWith(ApiError.response(Response.Status.FORBIDDEN,
          "The user " + security.getUserPrincipal().getName() + " is not an admin.", List.of()).build());
    }
  }
}
