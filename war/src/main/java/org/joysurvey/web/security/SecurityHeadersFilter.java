package org.joysurvey.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser-side headers of every response, in one place (docs/security.md). Invitation links
 * carry a token in the address, so no page may send its address on as a Referer (to the society's
 * logo host, say); pages may not be framed by other sites; no page or API answer is kept in a
 * browser's or proxy's cache (a respondent's answers on a shared computer, a report), only the
 * static resources (style sheets, scripts, images) are. A script policy (Content-Security-Policy
 * script-src with PrimeFaces nonces) is not set yet. HSTS is sent when the request came over HTTPS,
 * which behind a TLS proxy needs the proxy setting in docs/deployment.md. The session cookie's
 * HttpOnly, SameSite=Lax and Secure (over HTTPS) come from web.xml and payara-web.xml.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String CONTENT_SECURITY_POLICY =
      "frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'";

  static final String PERMISSIONS_POLICY =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    if (!isStaticResource(request.getRequestURI().substring(request.getContextPath().length()))) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }

  /**
   * Style sheets, scripts and images, which hold no answer and may be cached: the Faces resources
   * (PrimeFaces' and ours, {@code /jakarta.faces.resource/...}) and the files under {@code
   * /resources/}.
   */
  static boolean isStaticResource(String path) {
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }
}
