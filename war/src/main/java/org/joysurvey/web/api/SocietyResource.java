package org.joysurvey.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import org.joysurvey.security.Roles;
import org.joysurvey.society.SocietyProfile;
import org.joysurvey.society.SocietyService;

/** {@code /api/admin/society}: the society's name, logo, colour and texts, for admins. */
@Path("admin/society")
@AllowedRoles(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class SocietyResource {

  private static final List<String> FIELDS =
      List.of("name", "logoUrl", "primaryColour", "contact", "privacyStatement", "introduction");

  @Inject private SocietyService society;

  @Context private SecurityContext security;

  @GET
  public JsonObject get() {
    return toJson(society.current());
  }

  /**
   * Replaces the whole profile: a field left out is empty (and name and primaryColour are
   * required).
   */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject put(JsonValue body) {
    String refused = "The society profile was not changed.";
    JsonBody json = JsonBody.of(body, refused);
    json.unknownFields(FIELDS, "is not a field of the society profile");
    List<String> values = new ArrayList<>();
    for (String field : FIELDS) {
      values.add(json.string(field));
    }
    json.refuseIfProblems();
    SocietyProfile saved =
        society.update(
            security.getUserPrincipal().getName(),
            new SocietyProfile(
                values.get(0),
                values.get(1),
                values.get(2),
                values.get(3),
                values.get(4),
                values.get(5)));
    return toJson(saved);
  }

  private static JsonObject toJson(SocietyProfile p) {
    return Json.createObjectBuilder()
        .add("name", p.name())
        .add("logoUrl", p.logoUrl())
        .add("primaryColour", p.primaryColour())
        .add("contact", p.contact())
        .add("privacyStatement", p.privacyStatement())
        .add("introduction", p.introduction())
        .build();
  }
}
