package org.joysurvey.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.List;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.UnknownEditionException;
import org.joysurvey.publication.Publication;
import org.joysurvey.publication.PublicationService;
import org.joysurvey.report.ReportGroup;
import org.joysurvey.security.Roles;

/**
 * Publishing an edition's report, and its versions. Admins and analysts publish; the report then
 * becomes readable without credentials under {@code /api/public} and on the report page.
 */
@Path("admin/editions/{id}/publications")
@AllowedRoles({Roles.ADMIN, Roles.ANALYST})
@Produces(MediaType.APPLICATION_JSON)
public class PublicationsResource {

  @Inject private PublicationService publications;

  @Inject private EditionService editions;

  @Context private SecurityContext security;

  /**
   * No body, or {@code {"note": "..."}}: publishes the closed edition's report as its next version.
   * The body is read as text so that a request without a body (and so without a content type) is
   * accepted.
   */
  @POST
  public Response publish(@PathParam("id") long id, String body, @Context UriInfo uri) {
    String note = null;
    ReportGroup group = null;
    if (body != null && !body.isBlank()) {
      JsonValue value;
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        value = reader.readValue();
      }
      JsonBody json = JsonBody.of(value, "The report was not published.");
      note = json.string("note");
      String groupText = json.string("group");
      json.unknownFields(List.of("group", "note"), "is not a field of a publication");
      json.refuseIfProblems();
      group = groupText == null || groupText.isBlank() ? null : ReportGroup.parse(groupText);
    }
    Publication p = publications.publish(id, group, note, security.getUserPrincipal().getName());
    return Response.created(
            uri.getBaseUriBuilder()
                .path("public/editions/{id}/report")
                .queryParam("version", p.version())
                .queryParam("group", p.group() == null ? new Object[0] : new Object[] {p.group()})
                .build(id))
        .entity(
            Json.createObjectBuilder()
                .add("version", p.version())
                .add("publishedOn", p.publishedOn().toString())
                .build())
        .build();
  }

  /** Every published version, oldest first. */
  @GET
  public JsonValue list(@PathParam("id") long id) {
    if (editions.find(id).isEmpty()) {
      throw new UnknownEditionException(id);
    }
    JsonArrayBuilder array = Json.createArrayBuilder();
    publications.list(id).forEach(p -> array.add(toJson(p)));
    return array.build();
  }

  static JsonObject toJson(Publication p) {
    JsonObjectBuilder versions = Json.createObjectBuilder();
    p.instrumentVersions().forEach(versions::add);
    return Json.createObjectBuilder()
        .add("version", p.version())
        .add("group", p.group() == null ? JsonValue.NULL : Json.createValue(p.group().toString()))
        .add("publishedOn", p.publishedOn().toString())
        .add("publishedBy", p.publishedBy())
        .add("note", p.note() == null ? JsonValue.NULL : Json.createValue(p.note()))
        .add("responses", p.responses())
        .add("suppressionThreshold", p.suppressionThreshold())
        .add("instrumentVersions", versions)
        .build();
  }
}
