package org.joysurvey.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.joysurvey.security.Roles;

/**
 * The roles of the application, declared here and in {@code web.xml}. How callers authenticate is
 * {@link JoyAuthenticationMechanism}: HTTP Basic for the API, a login form and the HTTP session for
 * the designer pages. Which role may call what is on the REST resources ({@code
 * org.joysurvey.web.api.AllowedRoles}) and, for pages, in the security constraint of {@code
 * web.xml}.
 */
@ApplicationScoped
@DeclareRoles({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
public class SecurityConfiguration {}
