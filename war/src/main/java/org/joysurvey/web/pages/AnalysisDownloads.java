package org.joysurvey.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import org.joysurvey.security.Roles;

/**
 * The live report's "Download for analysis" block (WEB-INF/includes/analysis-downloads.xhtml): the
 * formats offered and who sees it. The download itself is {@link AnalysisDownloadServlet}; the
 * designer's edition page offers the same formats.
 */
@Named
@RequestScoped
public class AnalysisDownloads {

  /** The formats offered, name to code ({@code ExportFormat}'s codes), the full bundle first. */
  public static final Map<String, String> FORMATS = formats();

  private static Map<String, String> formats() {
    Map<String, String> formats = new LinkedHashMap<>();
    formats.put("Everything (zip: CSV, Stata, SPSS, codebook, .do, .R, README)", "bundle");
    formats.put("Stata (.dta)", "dta");
    formats.put("SPSS (.sav)", "sav");
    formats.put("CSV", "csv");
    formats.put("Codebook (CSV)", "codebook-csv");
    formats.put("Codebook (JSON Table Schema)", "codebook-json");
    return java.util.Collections.unmodifiableMap(formats);
  }

  /** Whether the user may download the responses: an admin or analyst. */
  public boolean isAllowed() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole(Roles.ADMIN) || external.isUserInRole(Roles.ANALYST);
  }

  /** The formats as (name, code) entries, in order. */
  public java.util.List<Map.Entry<String, String>> getFormats() {
    return java.util.List.copyOf(FORMATS.entrySet());
  }
}
