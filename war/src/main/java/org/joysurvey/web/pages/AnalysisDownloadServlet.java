package org.joysurvey.web.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.joysurvey.analysis.AnalysisExportService;
import org.joysurvey.analysis.ExportFormat;
import org.joysurvey.audit.AuditLog;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionView;
import org.joysurvey.security.Roles;

/**
 * The live report's "Download for analysis": {@code report-export?edition=<id>&format=<code>
 * [&derived=true]} beside {@code report.xhtml}, for a logged-in admin or analyst (the session's
 * login; the API's {@code GET .../responses/export} is the same export for HTTP Basic callers).
 * Audited as the API's export is ({@code responses.export}), then streamed by the same service.
 */
@WebServlet(urlPatterns = "/report-export")
public class AnalysisDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient AnalysisExportService analysis;

  @Inject private transient EditionService editions;

  @Inject private transient AuditLog audit;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getUserPrincipal() == null) {
      response.sendError(
          HttpServletResponse.SC_UNAUTHORIZED, "Log in as an admin or analyst to download.");
      return;
    }
    if (!request.isUserInRole(Roles.ADMIN) && !request.isUserInRole(Roles.ANALYST)) {
      response.sendError(
          HttpServletResponse.SC_FORBIDDEN, "Only admins and analysts may download the responses.");
      return;
    }
    Long id = QueryParameters.wholeNumber(request.getParameter("edition"));
    if (id == null) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Give the edition as a number.");
      return;
    }
    Optional<ExportFormat> format = ExportFormat.of(request.getParameter("format"));
    if (format.isEmpty()) {
      response.sendError(
          HttpServletResponse.SC_BAD_REQUEST,
          "format is not a format; choose one of " + ExportFormat.codes() + ".");
      return;
    }
    String derivedText = request.getParameter("derived");
    if (derivedText != null && !derivedText.equals("true") && !derivedText.equals("false")) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "derived must be true or false.");
      return;
    }
    boolean derived = "true".equals(derivedText);
    Optional<EditionView> edition = editions.find(id);
    if (edition.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "No edition " + id + ".");
      return;
    }
    ExportFormat chosen = format.get();
    audit.record(
        request.getUserPrincipal().getName(),
        "responses.export",
        "edition/" + id,
        chosen.auditDetail(derived, edition.get().responses()) + ", from the report page");
    response.setContentType(chosen.mediaType());
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + chosen.fileName(id) + "\"");
    OutputStream out = response.getOutputStream();
    analysis.export(id, chosen, derived, out);
    out.flush();
  }
}
