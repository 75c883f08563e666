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
import org.joysurvey.audit.AuditEntry;
import org.joysurvey.audit.AuditLog;
import org.joysurvey.security.Roles;

/** {@code GET /api/admin/audit}: the audit log, newest first, for admins. */
@Path("admin/audit")
@AllowedRoles(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  private static final WholeNumberParameter LIMIT =
      new WholeNumberParameter("limit", 1, AuditLog.MAX_LIMIT, AuditLog.DEFAULT_LIMIT);

  @Inject private AuditLog audit;

  @GET
  public JsonValue recent(@QueryParam("limit") String limit) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    audit
        .recent(LIMIT.read(limit, "The audit log was not read."))
        .forEach(e -> array.add(toJson(e)));
    return array.build();
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
