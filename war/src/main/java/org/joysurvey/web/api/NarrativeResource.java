package org.joysurvey.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionView;
import org.joysurvey.edition.UnknownEditionException;
import org.joysurvey.narrative.Narrative;
import org.joysurvey.narrative.NarrativeService;
import org.joysurvey.security.Roles;

/**
 * {@code /api/admin/editions/{id}/narrative}: the report narrative designers write for an edition
 * (Markdown) and the number invited to an edition run elsewhere. Read by admins, designers and
 * analysts; replaced by admins and designers, in every status of the edition.
 */
@Path("admin/editions/{id}/narrative")
@AllowedRoles({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
@Produces(MediaType.APPLICATION_JSON)
public class NarrativeResource {

  private static final List<String> FIELDS =
      List.of(
          "introduction",
          "conclusion",
          "recommendations",
          "appendices",
          "chapters",
          "invitedElsewhere");

  @Inject private NarrativeService narratives;

  @Inject private EditionService editions;

  @Context private SecurityContext security;

  /** The narrative, with a chapter paragraph ({@code ""} when none) for each of the instruments. */
  @GET
  public JsonObject get(@PathParam("id") long id) {
    return toJson(id);
  }

  /**
   * Replaces the narrative and the number invited elsewhere, all or nothing: a block left out is
   * empty, a chapter left out has no paragraph, and {@code invitedElsewhere} left out or {@code
   * null} is unknown.
   */
  @PUT
  @AllowedRoles({Roles.ADMIN, Roles.DESIGNER})
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject put(@PathParam("id") long id, JsonValue body) {
    String refused = "The narrative was not saved.";
    JsonBody json = JsonBody.of(body, refused);
    json.unknownFields(FIELDS, "is not a field of the narrative");
    String introduction = json.string("introduction");
    String conclusion = json.string("conclusion");
    String recommendations = json.string("recommendations");
    String appendices = json.string("appendices");
    Map<String, String> chapters = new LinkedHashMap<>();
    JsonBody chapterBody =
        json.object("chapters", "must be an object of instrument ids to Markdown text");
    if (chapterBody != null) {
      for (String instrument : chapterBody.fields()) {
        JsonValue value = chapterBody.value(instrument);
        if (value instanceof JsonString s) {
          chapters.put(instrument, s.getString());
        } else if (value.getValueType() != JsonValue.ValueType.NULL) {
          chapterBody.problem(instrument, "must be a string");
        }
      }
    }
    Long invited =
        json.wholeNumber(
            "invitedElsewhere",
            "must be a whole number from 1 to 10,000,000, or null when unknown");
    json.refuseIfProblems();
    narratives.save(
        id,
        new Narrative(introduction, conclusion, recommendations, appendices, chapters),
        invited,
        security.getUserPrincipal().getName());
    return toJson(id);
  }

  private JsonObject toJson(long id) {
    EditionView edition = editions.find(id).orElseThrow(() -> new UnknownEditionException(id));
    Narrative n = narratives.narrative(id);
    Long invited = narratives.invitedElsewhere(id);
    JsonObjectBuilder chapters = Json.createObjectBuilder();
    for (String instrument : edition.instruments()) {
      chapters.add(instrument, n.chapterIntro(instrument));
    }
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("introduction", n.introduction())
            .add("conclusion", n.conclusion())
            .add("recommendations", n.recommendations())
            .add("appendices", n.appendices())
            .add("chapters", chapters);
    if (invited == null) {
      o.addNull("invitedElsewhere");
    } else {
      o.add("invitedElsewhere", invited);
    }
    return o.build();
  }
}
