package org.joysurvey.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
import org.joysurvey.security.Roles;

/**
 * How callers authenticate: HTTP Basic, checked against the platform's users by {@link
 * org.joysurvey.security.DatabaseIdentityStore}. Each request carries its credentials, so no
 * server session is needed and any instance of a cluster can answer. The roles are declared here
 * and in {@code web.xml}; which role may call what is on the REST resources ({@code
 * org.joysurvey.web.api.AllowedRoles}). (A CDI bean, so that Jakarta Security finds the definition.)
 */
@ApplicationScoped
@BasicAuthenticationMechanismDefinition(realmName = "Joy Survey")
@DeclareRoles({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
public class SecurityConfiguration {}
