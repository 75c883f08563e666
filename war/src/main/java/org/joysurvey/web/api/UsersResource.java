package org.joysurvey.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;
import org.joysurvey.security.Roles;
import org.joysurvey.security.UserService;
import org.joysurvey.security.UserView;

/** Platform users, for admins: list, create, reset a password, change roles. Never a password hash. */
@Path("admin/users")
@AllowedRoles(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

  @Inject private UserService users;

  @Context private SecurityContext security;

  @GET
  public JsonValue list() {
    JsonArrayBuilder array = Json.createArrayBuilder();
    users.list().forEach(u -> array.add(toJson(u)));
    return array.build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(JsonValue body, @Context UriInfo uri) {
    String refused = "The user was not created.";
    JsonObject object = object(body, refused);
    List<Problem> problems = new ArrayList<>();
    unknownFields(object, Set.of("username", "password", "roles"), problems);
    String username = string(object, "username", problems);
    String password = string(object, "password", problems);
    List<String> roles = roles(object, problems);
    if (!problems.isEmpty()) {
      throw new InputRejectedException(refused, problems);
    }
    UserView user = users.create(actor(), username, password, roles);
    return Response.created(uri.getAbsolutePathBuilder().path(user.username()).build()).entity(toJson(user)).build();
  }

  @PUT
  @Path("{username}/password")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response resetPassword(@PathParam("username") String username, JsonValue body) {
    String refused = "The password was not changed.";
    JsonObject object = object(body, refused);
    List<Problem> problems = new ArrayList<>();
    unknownFields(object, Set.of("password"), problems);
    String password = string(object, "password", problems);
    if (!problems.isEmpty()) {
      throw new InputRejectedException(refused, problems);
    }
    users.resetPassword(actor(), username, password);
    return Response.noContent().build();
  }

  @PUT
  @Path("{username}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject changeRoles(@PathParam("username") String username, JsonValue body) {
    String refused = "The roles were not changed.";
    JsonObject object = object(body, refused);
    List<Problem> problems = new ArrayList<>();
    unknownFields(object, Set.of("roles"), problems);
    List<String> roles = roles(object, problems);
    if (!problems.isEmpty()) {
      throw new InputRejectedException(refused, problems);
    }
    return toJson(users.changeRoles(actor(), username, roles));
  }

  private String actor() {
    return security.getUserPrincipal().getName();
  }

  static JsonObject toJson(UserView user) {
    JsonArrayBuilder roles = Json.createArrayBuilder();
    user.roles().forEach(roles::add);
    JsonObjectBuilder o = Json.createObjectBuilder()
        .add("username", user.username())
        .add("roles", roles)
        .add("failedLogins", user.failedAttempts());
    user.lockedUntil().ifPresentOrElse(t -> o.add("lockedUntil", t.toString()), () -> o.addNull("lockedUntil"));
    return o.build();
  }

  private static JsonObject object(JsonValue body, String refused) {
    if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InputRejectedException(refused, List.of(Problem.at(null, "the body must be one JSON object")));
    }
    return body.asJsonObject();
  }

  private static void unknownFields(JsonObject body, Set<String> known, List<Problem> problems) {
    body.keySet().stream().filter(k -> !known.contains(k)).sorted()
        .forEach(k -> problems.add(Problem.at(k, "is not a field of this request")));
  }

  /** A string field; a missing one is null and left to the service's checks. */
  private static String string(JsonObject body, String field, List<Problem> problems) {
    JsonValue value = body.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    problems.add(Problem.at(field, "must be a string"));
    return null;
  }

  private static List<String> roles(JsonObject body, List<Problem> problems) {
    JsonValue value = body.get("roles");
    List<String> roles = new ArrayList<>();
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return roles;
    }
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      problems.add(Problem.at("roles", "must be an array of role names"));
      return roles;
    }
    for (JsonValue v : value.asJsonArray()) {
      if (v instanceof JsonString s) {
        roles.add(s.getString());
      } else {
        problems.add(Problem.at("roles", "must list role names as strings"));
      }
    }
    return roles;
  }
}
