package org.joysurvey.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.util.List;
import java.util.Set;
import org.joysurvey.security.Roles;
import org.joysurvey.security.UserService;
import org.joysurvey.security.UserView;

/**
 * Platform users, for admins: list, create, reset a password, change roles. Never a password hash.
 */
@Path("admin/users")
@AllowedRoles(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

  private static final String UNKNOWN_FIELD = "is not a field of this request";

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
    JsonBody json = JsonBody.of(body, refused);
    json.unknownFields(Set.of("username", "password", "roles"), UNKNOWN_FIELD);
    String username = json.string("username");
    String password = json.string("password");
    List<String> roles = roles(json);
    json.refuseIfProblems();
    UserView user = users.create(actor(), username, password, roles);
    return Response.created(uri.getAbsolutePathBuilder().path(user.username()).build())
        .entity(toJson(user))
        .build();
  }

  @PUT
  @Path("{username}/password")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response resetPassword(@PathParam("username") String username, JsonValue body) {
    String refused = "The password was not changed.";
    JsonBody json = JsonBody.of(body, refused);
    json.unknownFields(Set.of("password"), UNKNOWN_FIELD);
    String password = json.string("password");
    json.refuseIfProblems();
    users.resetPassword(actor(), username, password);
    return Response.noContent().build();
  }

  @PUT
  @Path("{username}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject changeRoles(@PathParam("username") String username, JsonValue body) {
    String refused = "The roles were not changed.";
    JsonBody json = JsonBody.of(body, refused);
    json.unknownFields(Set.of("roles"), UNKNOWN_FIELD);
    List<String> roles = roles(json);
    json.refuseIfProblems();
    return toJson(users.changeRoles(actor(), username, roles));
  }

  private String actor() {
    return security.getUserPrincipal().getName();
  }

  static JsonObject toJson(UserView user) {
    JsonArrayBuilder roles = Json.createArrayBuilder();
    user.roles().forEach(roles::add);
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("username", user.username())
            .add("roles", roles)
            .add("failedLogins", user.failedAttempts());
    user.lockedUntil()
        .ifPresentOrElse(t -> o.add("lockedUntil", t.toString()), () -> o.addNull("lockedUntil"));
    return o.build();
  }

  private static List<String> roles(JsonBody json) {
    return json.strings(
        "roles", "must be an array of role names", "must list role names as strings");
  }
}
