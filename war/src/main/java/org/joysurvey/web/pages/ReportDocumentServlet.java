package org.joysurvey.web.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.joysurvey.document.DocumentService;
import org.joysurvey.document.WhitePaper;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.report.ReportGroup;
import org.joysurvey.security.Roles;

/**
 * The report page's "Download PDF" and "Print version": {@code report.pdf} and {@code report.html}
 * beside {@code report.xhtml}, with the same parameters ({@code edition}, {@code version}, {@code
 * group}) and the same rule: a logged-in admin or analyst without {@code version} gets the draft of
 * the live report, everyone else a publication. The API has the same documents for HTTP Basic
 * callers.
 */
@WebServlet(urlPatterns = {"/report.pdf", "/report.html"})
public class ReportDocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient DocumentService documents;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean pdf = request.getServletPath().endsWith(".pdf");
    Long edition = QueryParameters.wholeNumber(request.getParameter("edition"));
    String versionText = request.getParameter("version");
    Long version = QueryParameters.wholeNumber(versionText);
    if (edition == null || (versionText != null && !versionText.isBlank() && version == null)) {
      response.sendError(
          HttpServletResponse.SC_BAD_REQUEST, "Give the edition (and the version) as numbers.");
      return;
    }
    Optional<WhitePaper> paper;
    try {
      String groupText = request.getParameter("group");
      ReportGroup group =
          groupText == null || groupText.isBlank() ? null : ReportGroup.parse(groupText);
      boolean privileged = request.isUserInRole(Roles.ADMIN) || request.isUserInRole(Roles.ANALYST);
      paper =
          privileged && version == null
              ? documents.draft(edition, group)
              : documents.published(
                  edition, group, version == null ? null : Math.toIntExact(version));
    } catch (InputRejectedException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.problems().get(0).message());
      return;
    } catch (ArithmeticException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "No such version.");
      return;
    }
    if (paper.isEmpty()) {
      response.sendError(
          HttpServletResponse.SC_NOT_FOUND,
          "This report has no published document"
              + (version == null ? "" : " of that version")
              + ".");
      return;
    }
    byte[] body =
        pdf ? documents.pdf(paper.get()) : paper.get().xhtml().getBytes(StandardCharsets.UTF_8);
    response.setContentType(pdf ? "application/pdf" : "text/html;charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "inline; filename=\"" + paper.get().fileName() + (pdf ? ".pdf" : ".html") + "\"");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
