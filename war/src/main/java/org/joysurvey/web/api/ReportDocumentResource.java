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
import org.joysurvey.security.Roles;

/**
 * The white paper of the live report, for admins and analysts: {@code report.pdf} (marked "draft,
 * not published" on every page) or {@code report.html} (the print page). The publication's is
 * {@link PublicReportDocumentResource}.
 */
@Path("admin/editions/{id}/report.{format: pdf|html}")
@AllowedRoles({Roles.ADMIN, Roles.ANALYST})
public class ReportDocumentResource {

  @Inject private DocumentService documents;

  @GET
  @Produces({WhitePaperResponses.PDF, WhitePaperResponses.HTML})
  public Response draft(
      @PathParam("id") long id,
      @PathParam("format") String format,
      @QueryParam("group") String group) {
    Optional<WhitePaper> paper = documents.draft(id, WhitePaperResponses.group(group));
    if (paper.isEmpty()) {
      return ApiError.response(
              Response.Status.NOT_FOUND,
              "Edition " + id + " has no report: it does not exist or is still a draft.",
              List.of())
          .build();
    }
    return WhitePaperResponses.of(paper.get(), format, documents);
  }
}
