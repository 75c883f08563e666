package org.joysurvey.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Optional;
import org.joysurvey.society.SocietyService;

/**
 * The browser-side headers of every response, in one place (docs/security.md). Invitation links
 * carry a token in the address, so no page may send its address on as a Referer (to the society's
 * logo host, say); pages may not be framed by other sites; no page or API answer is kept in a
 * browser's or proxy's cache (a respondent's answers on a shared computer, a report), only the
 * static resources (style sheets, scripts, images) are. HSTS is sent when the request came over
 * HTTPS, which behind a TLS proxy needs the proxy setting in docs/deployment.md. The session
 * cookie's HttpOnly, SameSite=Lax and Secure (over HTTPS) come from web.xml and payara-web.xml.
 *
 * <p>Each response carries exactly one Content-Security-Policy ({@link ContentSecurityPolicy}): a
 * page's, the print version's, or the one for everything that is not a page. PrimeFaces (in its CSP
 * mode, web.xml) makes a nonce for each view, writes it on the page's inline scripts and adds a
 * header {@code script-src 'self' 'nonce-...'} of its own; this filter catches that header and puts
 * the page's whole policy, with PrimeFaces' nonce, in its place, so that browsers never have two
 * policies to intersect.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

  static final String PERMISSIONS_POLICY =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

  @Inject private transient SocietyService society;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!isStaticResource(path)) {
      response.setHeader("Cache-Control", "no-store");
    }
    HttpServletResponse answer = response;
    if (isPrintVersion(path)) {
      response.setHeader(CONTENT_SECURITY_POLICY, ContentSecurityPolicy.printVersion(logoOrigin()));
    } else if (isPage(path)) {
      response.setHeader(
          CONTENT_SECURITY_POLICY, ContentSecurityPolicy.page(Optional.empty(), Optional.empty()));
      answer = new PagePolicy(response, isAjax(request));
    } else {
      response.setHeader(CONTENT_SECURITY_POLICY, ContentSecurityPolicy.NOT_A_PAGE);
    }
    chain.doFilter(request, answer);
  }

  /**
   * Style sheets, scripts and images, which hold no answer and may be cached: the Faces resources
   * (PrimeFaces' and ours, {@code /jakarta.faces.resource/...}) and the files under {@code
   * /resources/}.
   */
  static boolean isStaticResource(String path) {
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }

  /** The Faces pages, the static HTML pages (busy, errors) and folder addresses (welcome page). */
  static boolean isPage(String path) {
    return !isStaticResource(path)
        && (path.isEmpty()
            || path.endsWith("/")
            || path.endsWith(".xhtml")
            || path.endsWith(".html"));
  }

  /**
   * The report's print version: ReportDocumentServlet's and the API's ({@code .../report.html}).
   */
  static boolean isPrintVersion(String path) {
    return path.endsWith("/report.html");
  }

  /**
   * A Faces ajax request: its answer is XML that the page's script reads, and a policy on it is
   * never applied, so the logo's origin is not looked up for it.
   */
  private static boolean isAjax(HttpServletRequest request) {
    return "partial/ajax".equals(request.getHeader("Faces-Request"));
  }

  private Optional<String> logoOrigin() {
    return ContentSecurityPolicy.originOf(society.current().logoUrl());
  }

  /**
   * A page's response: PrimeFaces' Content-Security-Policy header, whichever way it is set, becomes
   * the page's whole policy with PrimeFaces' nonce and the logo's origin.
   */
  private final class PagePolicy extends HttpServletResponseWrapper {

    private final boolean ajax;

    PagePolicy(HttpServletResponse response, boolean ajax) {
      super(response);
      this.ajax = ajax;
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, policy(name, value));
    }

    @Override
    public void addHeader(String name, String value) {
      if (CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
        super.setHeader(name, policy(name, value));
      } else {
        super.addHeader(name, value);
      }
    }

    private String policy(String name, String value) {
      if (!CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
        return value;
      }
      return ContentSecurityPolicy.page(
          ContentSecurityPolicy.nonceIn(value), ajax ? Optional.empty() : logoOrigin());
    }
  }
}
