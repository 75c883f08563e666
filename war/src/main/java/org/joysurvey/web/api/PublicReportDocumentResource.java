package org.joysurvey.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.joysurvey.document.DocumentService;
import org.joysurvey.document.WhitePaper;
import org.joysurvey.report.ReportGroup;

/**
 * The white paper of a publication, for anyone, no credentials: the latest, or version {@code
 * version}, of the report of everyone or of one {@code group}; {@code 404} when there is none.
 */
@Path("public/editions/{id}/report.{format: pdf|html}")
public class PublicReportDocumentResource {

  @Inject private DocumentService documents;

  @GET
  @Produces({WhitePaperResponses.PDF, WhitePaperResponses.HTML})
  public Response published(
      @PathParam("id") long id,
      @PathParam("format") String format,
      @QueryParam("version") Integer version,
      @QueryParam("group") String groupText) {
    ReportGroup group = WhitePaperResponses.group(groupText);
    Optional<WhitePaper> paper = documents.published(id, group, version);
    if (paper.isEmpty()) {
      String what = version == null ? "no published report" : "no published version " + version;
      return ApiError.response(
              Response.Status.NOT_FOUND,
              "Edition " + id + " has " + what + (group == null ? "" : " for " + group) + ".",
              List.of())
          .build();
    }
    return WhitePaperResponses.of(paper.get(), format, documents);
  }
}
