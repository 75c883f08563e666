package org.joysurvey.web.api;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.joysurvey.security.Roles;

/**
 * The roles that may call a resource method, like {@code @RolesAllowed} but answered in the API's
 * JSON error shape by {@link RoleAuthorizationFilter}: a caller who is not logged in gets 401, a
 * user with none of the roles 403. On a method it replaces the one on its class; without a value it
 * allows admins only. Admins may do everything, so every list names {@link Roles#ADMIN}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AllowedRoles {

  /** Role names from {@link Roles}. */
  String[] value() default {Roles.ADMIN};
}
