package org.joysurvey.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.joysurvey.audit.AuditEntry;
import org.joysurvey.audit.AuditLog;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;
import org.joysurvey.security.Roles;

/** {@code GET /api/admin/audit}: the audit log, newest first, for admins. */
@Path("admin/audit")
@AllowedRoles(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject private AuditLog audit;

  @GET
  public JsonValue recent(@QueryParam("limit") String limit) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    audit.recent(limit(limit)).forEach(e -> array.add(toJson(e)));
    return array.build();
  }

  private static int limit(String text) {
    if (text == null || text.isBlank()) {
      return AuditLog.DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(text.strip());
      if (limit >= 1 && limit <= AuditLog.MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InputRejectedException(
        "The audit log was not read.",
        List.of(Problem.at("limit", "must be a whole number from 1 to " + AuditLog.MAX_LIMIT)));
  }

  private static JsonObjectBuilder toJson(AuditEntry e) {
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("id", e.id())
            .add("occurredAt", e.occurredAt().toString())
            .add("actor", e.actor())
            .add("action", e.action());
    nullable(o, "subject", e.subject());
    nullable(o, "detail", e.detail());
    return o;
  }

  private static void nullable(JsonObjectBuilder o, String key, String value) {
    if (value == null) {
      o.addNull(key);
    } else {
      o.add(key, value);
    }
  }
}
