package org.joysurvey.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.joysurvey.narrative.Narrative;
import org.joysurvey.publication.PublicationService;
import org.joysurvey.publication.PublishedReport;
import org.joysurvey.publication.SurveyFacts;
import org.joysurvey.report.ReportGroup;

/**
 * The published reports, for anyone: no credentials, read only. Without {@code @AllowedRoles}, the
 * {@link RoleAuthorizationFilter} (bound by that annotation) does not run here. What is served was
 * stored when it was published; nothing is computed.
 */
@Path("public/editions/{id}/report")
@Produces(MediaType.APPLICATION_JSON)
public class PublicReportsResource {

  @Inject private PublicationService publications;

  /**
   * The latest published version, or version {@code version}; 404 when the edition has none (an
   * edition that does not exist has none).
   */
  @GET
  public Response report(
      @PathParam("id") long id,
      @QueryParam("version") Integer version,
      @QueryParam("group") String groupText) {
    ReportGroup group =
        groupText == null || groupText.isBlank() ? null : ReportGroup.parse(groupText);
    Optional<PublishedReport> found =
        version == null ? publications.latest(id, group) : publications.version(id, group, version);
    if (found.isEmpty()) {
      String of = group == null ? "" : " of its report for " + group;
      String error =
          version == null
              ? "Edition "
                  + id
                  + " has no published report"
                  + (group == null ? "" : " for " + group)
                  + "."
              : "Edition " + id + " has no published version " + version + of + ".";
      return ApiError.response(Response.Status.NOT_FOUND, error, List.of()).build();
    }
    PublishedReport published = found.get();
    JsonObject report = ReportJson.of(published.report().report());
    return Response.ok(
            Json.createObjectBuilder(report)
                .add("publication", publication(published))
                .add("narrative", narrative(published.narrative()))
                .add("facts", facts(published.facts()))
                .build())
        .build();
  }

  /** The narrative as published, in Markdown (a client renders it, as the report page does). */
  private static JsonObject narrative(Narrative n) {
    var chapters = Json.createObjectBuilder();
    n.chapterIntros().forEach(chapters::add);
    return Json.createObjectBuilder()
        .add("introduction", n.introduction())
        .add("conclusion", n.conclusion())
        .add("recommendations", n.recommendations())
        .add("appendices", n.appendices())
        .add("chapters", chapters)
        .build();
  }

  /** The survey facts as published; what is unknown is {@code null}. */
  private static JsonObject facts(SurveyFacts f) {
    var o = Json.createObjectBuilder();
    if (f.firstResponse() == null) {
      o.addNull("firstResponse").addNull("lastResponse");
    } else {
      o.add("firstResponse", f.firstResponse().toString())
          .add("lastResponse", f.lastResponse().toString());
    }
    if (f.invited() == null) {
      o.addNull("invited").addNull("invitedSource");
    } else {
      o.add("invited", f.invited()).add("invitedSource", f.invitedSource());
    }
    return o.add("responses", f.responses()).build();
  }

  /** Which version this is; who published it stays in the admin list and the audit log. */
  private static JsonObject publication(PublishedReport published) {
    var p = published.publication();
    var o =
        Json.createObjectBuilder()
            .add("version", p.version())
            .add("publishedOn", p.publishedOn().toString());
    if (p.note() == null) {
      o.addNull("note");
    } else {
      o.add("note", p.note());
    }
    return o.build();
  }
}
