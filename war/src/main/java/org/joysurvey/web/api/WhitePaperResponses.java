package org.joysurvey.web.api;

import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.joysurvey.document.DocumentService;
import org.joysurvey.document.WhitePaper;
import org.joysurvey.report.ReportGroup;

/** The response of a white paper, as PDF or as the print page, named for saving. */
final class WhitePaperResponses {

  static final String PDF = "application/pdf";
  static final String HTML = "text/html;charset=UTF-8";

  private WhitePaperResponses() {}

  static ReportGroup group(String text) {
    return text == null || text.isBlank() ? null : ReportGroup.parse(text);
  }

  static Response of(WhitePaper paper, String format, DocumentService documents) {
    boolean pdf = "pdf".equals(format);
    byte[] body = pdf ? documents.pdf(paper) : paper.xhtml().getBytes(StandardCharsets.UTF_8);
    return Response.ok(body, pdf ? PDF : HTML)
        .header(
            "Content-Disposition",
            "inline; filename=\"" + paper.fileName() + (pdf ? ".pdf" : ".html") + "\"")
        .build();
  }
}
