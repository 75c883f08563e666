package org.joysurvey.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The permission table of docs/api.md, read from the {@link AllowedRoles} of the resources. */
class ApiPermissionsTest {

  private static final Set<String> ALL = Set.of("admin", "designer", "analyst");
  private static final Set<String> DESIGN = Set.of("admin", "designer");
  private static final Set<String> ANALYSE = Set.of("admin", "analyst");
  private static final Set<String> ADMIN = Set.of("admin");

  @Test
  void everyAdminEndpointAllowsTheDocumentedRoles() {
    Map<String, Set<String>> expected =
        new TreeMap<>(
            Map.ofEntries(
                Map.entry("POST admin/editions", DESIGN),
                Map.entry("GET admin/editions", ALL),
                Map.entry("GET admin/editions/{id}", ALL),
                Map.entry("GET admin/editions/{id}/wording-versions", ALL),
                Map.entry("POST admin/editions/{id}/responses", DESIGN),
                Map.entry("POST admin/editions/{id}/responses/import", DESIGN),
                Map.entry("GET admin/editions/{id}/responses/export", ANALYSE),
                Map.entry("GET admin/editions/{id}/report", ANALYSE),
                Map.entry("GET admin/editions/{id}/crosstab", ANALYSE),
                Map.entry("GET admin/editions/{id}/crosstab/variables", ANALYSE),
                Map.entry("POST admin/editions/{id}/publications", ANALYSE),
                Map.entry("GET admin/editions/{id}/publications", ANALYSE),
                Map.entry("PUT admin/editions/{id}", DESIGN),
                Map.entry("POST admin/editions/{id}/status", DESIGN),
                Map.entry("POST admin/editions/{id}/copy", DESIGN),
                Map.entry("GET admin/users", ADMIN),
                Map.entry("POST admin/users", ADMIN),
                Map.entry("PUT admin/users/{username}/password", ADMIN),
                Map.entry("PUT admin/users/{username}/roles", ADMIN),
                Map.entry("GET admin/audit", ADMIN),
                Map.entry("GET admin/society", ADMIN),
                Map.entry("PUT admin/society", ADMIN),
                Map.entry("POST admin/benchmarks", DESIGN),
                Map.entry("GET admin/benchmarks", ALL),
                Map.entry("POST admin/editions/{id}/invitations", DESIGN),
                Map.entry("GET admin/editions/{id}/invitations", ALL),
                Map.entry("POST admin/editions/{id}/invitations/send", DESIGN),
                Map.entry("POST admin/editions/{id}/invitations/remind", DESIGN),
                Map.entry("GET admin/editions/{id}/access-mode", ALL),
                Map.entry("PUT admin/editions/{id}/access-mode", DESIGN),
                Map.entry("GET admin/editions/{id}/incentive-emails", DESIGN),
                Map.entry("GET admin/editions/{id}/narrative", ALL),
                Map.entry("PUT admin/editions/{id}/narrative", DESIGN)));
    Map<String, Set<String>> actual = new TreeMap<>();
    for (Class<?> resource :
        new Class<?>[] {
          EditionsResource.class,
          UsersResource.class,
          AuditResource.class,
          BenchmarksResource.class,
          SocietyResource.class,
          InvitationsResource.class,
          PublicationsResource.class,
          CrosstabResource.class,
          NarrativeResource.class
        }) {
      String base = resource.getAnnotation(Path.class).value();
      for (Method m : resource.getDeclaredMethods()) {
        String verb = verb(m);
        if (verb != null) {
          Path path = m.getAnnotation(Path.class);
          actual.put(
              verb + " " + base + (path == null ? "" : "/" + path.value()),
              RoleAuthorizationFilter.allowedRoles(m, resource));
        }
      }
    }
    assertEquals(expected, actual);
  }

  @Test
  void adminMayCallEveryAdminEndpoint() {
    for (Class<?> resource :
        new Class<?>[] {
          EditionsResource.class,
          UsersResource.class,
          AuditResource.class,
          BenchmarksResource.class,
          SocietyResource.class,
          InvitationsResource.class,
          PublicationsResource.class,
          CrosstabResource.class,
          NarrativeResource.class
        }) {
      assertTrue(
          resource.isAnnotationPresent(AllowedRoles.class),
          resource + " must be bound to the filter as a whole");
      for (Method m : resource.getDeclaredMethods()) {
        if (verb(m) != null) {
          assertTrue(
              RoleAuthorizationFilter.allowedRoles(m, resource).contains("admin"), m.toString());
        }
      }
    }
  }

  @Test
  void thePublicReportsAreReadOnlyAndNotBoundToTheRoleFilter() {
    // no @AllowedRoles anywhere: the name-bound filter does not run, so no credentials are asked
    assertTrue(!PublicReportsResource.class.isAnnotationPresent(AllowedRoles.class));
    assertTrue(PublicReportsResource.class.getAnnotation(Path.class).value().startsWith("public/"));
    int methods = 0;
    for (Method m : PublicReportsResource.class.getDeclaredMethods()) {
      if (verb(m) != null) {
        methods++;
        assertEquals("GET", verb(m), m.toString());
        assertTrue(!m.isAnnotationPresent(AllowedRoles.class), m.toString());
      }
    }
    assertEquals(1, methods);
  }

  @Test
  void withoutAnAnnotationOnlyAdminsAreAllowed() {
    assertEquals(Set.of("admin"), RoleAuthorizationFilter.allowedRoles(null, Object.class));
  }

  @Test
  void userNameIsReadFromTheBasicHeaderOnly() {
    assertEquals(
        Optional.of("bob"), RoleAuthorizationFilter.basicUsername(basic("bob:secret:with:colons")));
    assertEquals(
        Optional.of("bob"), RoleAuthorizationFilter.basicUsername("basic " + encode("bob:x")));
    assertEquals(Optional.empty(), RoleAuthorizationFilter.basicUsername(null));
    assertEquals(Optional.empty(), RoleAuthorizationFilter.basicUsername("Bearer abc"));
    assertEquals(Optional.empty(), RoleAuthorizationFilter.basicUsername("Basic not*base64"));
    assertEquals(Optional.empty(), RoleAuthorizationFilter.basicUsername(basic("no-colon")));
    assertEquals(Optional.empty(), RoleAuthorizationFilter.basicUsername(basic(":password-only")));
  }

  private static String basic(String credentials) {
    return "Basic " + encode(credentials);
  }

  private static String encode(String credentials) {
    return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  private static String verb(Method m) {
    if (m.isAnnotationPresent(GET.class)) {
      return "GET";
    } else if (m.isAnnotationPresent(POST.class)) {
      return "POST";
    } else if (m.isAnnotationPresent(PUT.class)) {
      return "PUT";
    } else if (m.isAnnotationPresent(DELETE.class)) {
      return "DELETE";
    }
    return null;
  }
}
