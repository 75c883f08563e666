package org.joysurvey.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
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
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joysurvey.analysis.AnalysisExportService;
import org.joysurvey.analysis.ExportFormat;
import org.joysurvey.audit.AuditLog;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionView;
import org.joysurvey.edition.NewEdition;
import org.joysurvey.edition.UnknownEditionException;
import org.joysurvey.edition.WordingHistory;
import org.joysurvey.edition.WordingVersionView;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;
import org.joysurvey.report.ReportGroup;
import org.joysurvey.report.ReportService;
import org.joysurvey.response.ResponseService;
import org.joysurvey.security.Roles;

/**
 * Editions and their responses and reports. Designers create editions and add responses; analysts
 * read reports and export responses; both may list editions; admins may do everything. Exports are
 * written to the audit log here (counts only, never answers); {@code ResponseService} audits
 * response additions and imports in their transaction, {@code EditionService} the changes of
 * editions.
 */
@Path("admin/editions")
@AllowedRoles
@Produces(MediaType.APPLICATION_JSON)
public class EditionsResource {

  @Inject private EditionService editions;

  @Inject private ResponseService responses;

  @Inject private ReportService reports;

  @Inject private AuditLog audit;

  @Inject private AnalysisExportService analysis;

  @Context private SecurityContext security;

  @POST
  @AllowedRoles({Roles.ADMIN, Roles.DESIGNER})
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(JsonValue body, @Context UriInfo uri) {
    long id =
        editions.create(toNewEdition(JsonBody.of(body, "The edition was not created.")), actor());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
        .entity(Json.createObjectBuilder().add("id", id).build())
        .build();
  }

  /**
   * Replaces a draft's definition (same body as creating it); of an open edition only the item
   * wording may differ, and each changed item becomes a new wording version.
   */
  @PUT
  @Path("{id}")
  @AllowedRoles({Roles.ADMIN, Roles.DESIGNER})
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject update(@PathParam("id") long id, JsonValue body) {
    editions.update(id, toNewEdition(JsonBody.of(body, "The edition was not changed.")), actor());
    return get(id);
  }

  /**
   * {@code {"status": "open"}}: opens, closes, reopens, or returns a response-less edition to
   * draft.
   */
  @POST
  @Path("{id}/status")
  @AllowedRoles({Roles.ADMIN, Roles.DESIGNER})
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject changeStatus(@PathParam("id") long id, JsonValue body) {
    JsonBody json = JsonBody.of(body, "The status was not changed.");
    String status = json.string("status");
    json.refuseIfProblems();
    editions.changeStatus(id, status, actor());
    return get(id);
  }

  /**
   * {@code {"year": 2021, "title": "..."}} (both optional): a new draft with this edition's
   * instruments and settings, for next year's survey.
   */
  @POST
  @Path("{id}/copy")
  @AllowedRoles({Roles.ADMIN, Roles.DESIGNER})
  @Consumes(MediaType.APPLICATION_JSON)
  public Response copy(@PathParam("id") long id, JsonValue body, @Context UriInfo uri) {
    JsonBody json =
        JsonBody.of(
            body == null ? JsonValue.EMPTY_JSON_OBJECT : body, "The edition was not copied.");
    Integer year = json.integer("year");
    String title = json.string("title");
    json.refuseIfProblems();
    long copy = editions.copy(id, year, title, actor());
    return Response.created(
            uri.getBaseUriBuilder().path("admin/editions").path(Long.toString(copy)).build())
        .entity(Json.createObjectBuilder().add("id", copy).build())
        .build();
  }

  @GET
  @AllowedRoles({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
  public JsonValue list() {
    JsonArrayBuilder array = Json.createArrayBuilder();
    editions.list().forEach(e -> array.add(toJson(e)));
    return array.build();
  }

  @GET
  @Path("{id}")
  @AllowedRoles({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
  public JsonObject get(@PathParam("id") long id) {
    return toJson(editions.find(id).orElseThrow(() -> new UnknownEditionException(id)));
  }

  /**
   * The history of the edition's item wording: every version, oldest first, with the responses
   * answered under it, and the responses by version (0 = the plugins' wording).
   */
  @GET
  @Path("{id}/wording-versions")
  @AllowedRoles({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
  public JsonObject wordingVersions(@PathParam("id") long id) {
    WordingHistory history = editions.wordingHistory(id);
    JsonArrayBuilder versions = Json.createArrayBuilder();
    for (WordingVersionView v : history.versions()) {
      versions.add(
          Json.createObjectBuilder()
              .add("version", v.version())
              .add("item", v.item())
              .add("oldText", v.oldText() == null ? JsonValue.NULL : Json.createValue(v.oldText()))
              .add("newText", v.newText() == null ? JsonValue.NULL : Json.createValue(v.newText()))
              .add("changedBy", v.changedBy())
              .add("changedOn", v.changedOn().toString())
              .add("responses", v.responses()));
    }
    JsonObjectBuilder byVersion = Json.createObjectBuilder();
    history
        .responsesByVersion()
        .forEach((version, count) -> byVersion.add(Integer.toString(version), count));
    return Json.createObjectBuilder()
        .add("edition", id)
        .add("currentVersion", history.currentVersion())
        .add("versions", versions)
        .add("responsesByVersion", byVersion)
        .build();
  }

  @POST
  @Path("{id}/responses")
  @AllowedRoles({Roles.ADMIN, Roles.DESIGNER})
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject addResponses(@PathParam("id") long id, JsonValue body) {
    int stored = responses.addJson(id, body, actor());
    return Json.createObjectBuilder().add("stored", stored).build();
  }

  @POST
  @Path("{id}/responses/import")
  @AllowedRoles({Roles.ADMIN, Roles.DESIGNER})
  @Consumes("text/csv")
  public JsonObject importCsv(@PathParam("id") long id, InputStream body) {
    Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8);
    int stored = responses.importCsv(id, reader, actor());
    return Json.createObjectBuilder().add("stored", stored).build();
  }

  /**
   * The responses for analysis: {@code format} is {@code csv} (the default, the interchange CSV),
   * {@code dta}, {@code sav}, {@code codebook-csv}, {@code codebook-json} or {@code bundle} (a zip
   * of all of them with Stata and R syntax and a README); {@code derived=true} adds the derived
   * variables the instruments compute. Streamed; audited before the first byte.
   */
  @GET
  @Path("{id}/responses/export")
  @AllowedRoles({Roles.ADMIN, Roles.ANALYST})
  @Produces({
    "text/csv; charset=UTF-8",
    "application/x-stata-dta",
    "application/x-spss-sav",
    "application/zip",
    MediaType.APPLICATION_JSON
  })
  public Response exportCsv(
      @PathParam("id") long id,
      @QueryParam("format") String format,
      @QueryParam("derived") String derived) {
    ExportFormat chosen =
        ExportFormat.of(format)
            .orElseThrow(
                () ->
                    new InputRejectedException(
                        "Nothing was exported.",
                        List.of(
                            Problem.at(
                                "format",
                                "is not a format; choose one of " + ExportFormat.codes()))));
    if (derived != null && !derived.equals("true") && !derived.equals("false")) {
      throw new InputRejectedException(
          "Nothing was exported.", List.of(Problem.at("derived", "must be true or false")));
    }
    boolean withDerived = "true".equals(derived);
    EditionView edition = editions.find(id).orElseThrow(() -> new UnknownEditionException(id));
    audit.record(
        actor(),
        "responses.export",
        subject(id),
        chosen.auditDetail(withDerived, edition.responses()));
    StreamingOutput body =
        output -> {
          analysis.export(id, chosen, withDerived, output);
          output.flush();
        };
    return Response.ok(body, chosen.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + chosen.fileName(id) + "\"")
        .build();
  }

  @GET
  @Path("{id}/report")
  @AllowedRoles({Roles.ADMIN, Roles.ANALYST})
  public JsonObject report(@PathParam("id") long id, @QueryParam("group") String group) {
    ReportGroup restricted = group == null || group.isBlank() ? null : ReportGroup.parse(group);
    return ReportJson.of(
        reports.report(id, restricted).orElseThrow(() -> new UnknownEditionException(id)));
  }

  private String actor() {
    return security.getUserPrincipal().getName();
  }

  private static String subject(long editionId) {
    return "edition/" + editionId;
  }

  static JsonObject toJson(EditionView e) {
    JsonArrayBuilder instruments = Json.createArrayBuilder();
    e.instruments().forEach(instruments::add);
    JsonObjectBuilder settings = Json.createObjectBuilder();
    new java.util.TreeMap<>(e.settings()).forEach(settings::add);
    return Json.createObjectBuilder()
        .add("id", e.id())
        .add("year", e.year())
        .add("title", e.title())
        .add("status", e.status().code())
        .add("instruments", instruments)
        .add("settings", settings)
        .add("suppressionThreshold", e.suppressionThreshold())
        .add("responses", e.responses())
        .add("wordingVersion", e.wordingVersion())
        .add("accessMode", e.accessMode().code())
        .build();
  }

  /** Reads the request body field by field, so that each wrong field gets its own message. */
  private static NewEdition toNewEdition(JsonBody body) {
    Integer year = body.integer("year");
    Integer threshold = body.integer("suppressionThreshold");
    String title = body.string("title");
    String status = body.string("status");
    List<String> instruments =
        body.strings(
            "instruments",
            "must be an array of instrument ids",
            "must list instrument ids as strings");
    Map<String, String> settings = new LinkedHashMap<>();
    JsonBody map = body.object("settings", "must be an object of setting keys and values");
    if (map != null) {
      for (String key : map.fields()) {
        JsonValue value = map.value(key);
        switch (value.getValueType()) {
          case STRING -> settings.put(key, ((JsonString) value).getString());
          case NUMBER -> settings.put(key, ((JsonNumber) value).toString());
          case TRUE, FALSE -> settings.put(key, value.toString());
          default -> map.problem(key, "must be a string, number or boolean");
        }
      }
    }
    body.unknownFields(
        List.of("year", "title", "instruments", "settings", "status", "suppressionThreshold"),
        "is not a field of an edition");
    body.refuseIfProblems();
    return new NewEdition(year, title, instruments, settings, status, threshold);
  }
}
