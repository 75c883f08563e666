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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.joysurvey.edition.AccessMode;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.UnknownEditionException;
import org.joysurvey.participation.Delivery;
import org.joysurvey.participation.InvitationDashboard;
import org.joysurvey.participation.InvitationService;
import org.joysurvey.participation.InviteeImport;
import org.joysurvey.participation.ResponsesOnDay;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;
import org.joysurvey.security.Roles;
import org.joysurvey.web.pages.PublicUrl;

/**
 * Invitations of an edition (the invitee list, sending, reminders, the dashboard), its access mode
 * and the export of incentive addresses. Designers run invitations; analysts may read the
 * dashboard.
 */
@Path("admin/editions")
@AllowedRoles
@Produces(MediaType.APPLICATION_JSON)
public class InvitationsResource {

  @Inject private InvitationService invitations;

  @Inject private EditionService editions;

  @Inject private PublicUrl publicUrl;

  @Context private SecurityContext security;

  @Context private UriInfo uri;

  /** A CSV of invitee addresses (see {@code InviteeCsv}); all rows or none. */
  @POST
  @Path("{id}/invitations")
  @AllowedRoles({Roles.ADMIN, Roles.DESIGNER})
  @Consumes("text/csv")
  public JsonObject importInvitees(@PathParam("id") long id, InputStream body) {
    InviteeImport result =
        invitations.importCsv(actor(), id, new InputStreamReader(body, StandardCharsets.UTF_8));
    return Json.createObjectBuilder()
        .add("added", result.added())
        .add("alreadyInvited", result.alreadyInvited())
        .add("repeated", result.repeated())
        .build();
  }

  @GET
  @Path("{id}/invitations")
  @AllowedRoles({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
  public JsonObject dashboard(@PathParam("id") long id) {
    return toJson(invitations.dashboard(id));
  }

  @POST
  @Path("{id}/invitations/send")
  @AllowedRoles({Roles.ADMIN, Roles.DESIGNER})
  public JsonObject send(@PathParam("id") long id, @QueryParam("atMost") String atMost) {
    return toJson(
        invitations.send(
            actor(),
            id,
            publicUrl.base(requestBase()),
            AT_MOST.read(atMost, "No invitation was sent.")));
  }

  /** {@code ?atMost=}: absent means every invitee not yet sent. */
  private static final WholeNumberParameter AT_MOST =
      new WholeNumberParameter("atMost", 1, Integer.MAX_VALUE, Integer.MAX_VALUE);

  @POST
  @Path("{id}/invitations/remind")
  @AllowedRoles({Roles.ADMIN, Roles.DESIGNER})
  public JsonObject remind(@PathParam("id") long id) {
    return toJson(invitations.remind(actor(), id, publicUrl.base(requestBase())));
  }

  /**
   * {@code {"accessMode": "open-link"}} or {@code "invitation"}; the reply is the edition's access.
   */
  @PUT
  @Path("{id}/access-mode")
  @AllowedRoles({Roles.ADMIN, Roles.DESIGNER})
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject setAccessMode(@PathParam("id") long id, JsonValue body) {
    String refused = "The access mode was not changed.";
    JsonValue value = JsonBody.field(body, "accessMode");
    AccessMode mode =
        value instanceof JsonString s ? AccessMode.fromCode(s.getString()).orElse(null) : null;
    if (mode == null) {
      throw new InputRejectedException(
          refused,
          List.of(
              Problem.at(
                  "accessMode",
                  "must be \"invitation\" or \"open-link\" in a JSON object such as"
                      + " {\"accessMode\": \"open-link\"}")));
    }
    editions.setAccessMode(id, mode, actor());
    return access(id);
  }

  @GET
  @Path("{id}/access-mode")
  @AllowedRoles({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
  public JsonObject access(@PathParam("id") long id) {
    AccessMode mode =
        editions.find(id).orElseThrow(() -> new UnknownEditionException(id)).accessMode();
    JsonObjectBuilder json = Json.createObjectBuilder().add("accessMode", mode.code());
    if (mode == AccessMode.OPEN_LINK) {
      json.add("publicLink", publicUrl.openLink(requestBase(), id));
    }
    return json.build();
  }

  /** The addresses respondents left for the incentive, as CSV; not linked to any response. */
  @GET
  @Path("{id}/incentive-emails")
  @AllowedRoles({Roles.ADMIN, Roles.DESIGNER})
  @Produces("text/csv; charset=UTF-8")
  public Response incentiveEmails(@PathParam("id") long id) {
    editions.find(id).orElseThrow(() -> new UnknownEditionException(id));
    String actor = actor();
    StreamingOutput body =
        output -> {
          BufferedWriter writer =
              new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
          invitations.exportIncentiveEmails(actor, id, writer);
          writer.flush();
        };
    return Response.ok(body)
        .header(
            "Content-Disposition",
            "attachment; filename=\"edition-" + id + "-incentive-emails.csv\"")
        .build();
  }

  static JsonObject toJson(InvitationDashboard d) {
    JsonArrayBuilder days = Json.createArrayBuilder();
    for (ResponsesOnDay day : d.days()) {
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("day", day.day().toString())
              .add("responses", day.responses())
              .add("cumulative", day.cumulative());
      days.add(
          day.cumulativeRate() == null
              ? o.addNull("cumulativeRate")
              : o.add("cumulativeRate", day.cumulativeRate()));
    }
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("invited", d.invited())
            .add("sent", d.sent())
            .add("started", d.started())
            .add("completed", d.completed())
            .add("remindersSent", d.remindersSent());
    json =
        d.responseRate() == null
            ? json.addNull("responseRate")
            : json.add("responseRate", d.responseRate());
    return json.add("responses", d.responses())
        .add("incentiveEmails", d.incentiveEmails())
        .add("days", days)
        .build();
  }

  static JsonObject toJson(Delivery d) {
    JsonArrayBuilder failures = Json.createArrayBuilder();
    d.failures().forEach(failures::add);
    return Json.createObjectBuilder()
        .add("sent", d.sent())
        .add("failed", d.failed())
        .add("skipped", d.skipped())
        .add("failures", failures)
        .add("notYetSent", d.notYetSent())
        .build();
  }

  private String actor() {
    return security.getUserPrincipal().getName();
  }

  /** The application root as this request reached it: the API's base without {@code api/}. */
  private String requestBase() {
    String api = uri.getBaseUri().toString();
    return api.replaceAll("/api/?$", "");
  }
}
