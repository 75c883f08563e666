package org.joysurvey.web.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy values, one per kind of response (docs/security.md, "Browser-side
 * headers"). {@link SecurityHeadersFilter} chooses which one a response carries; this class only
 * spells them out.
 *
 * <p>A page runs only scripts from this server and the inline scripts PrimeFaces writes with the
 * page's nonce (its widget set-up and the event handlers it moves out of {@code onclick} and
 * similar attributes, {@code primefaces.CSP} in web.xml); nothing may be evaluated from a string.
 * Style elements and sheets come from this server only; style attributes stay allowed, since
 * PrimeFaces components write them into their markup and a nonce cannot cover an attribute. Images
 * come from this server, {@code data:} addresses (the theme's icons) and the society logo's origin,
 * which an admin sets to any {@code https} address.
 */
final class ContentSecurityPolicy {

  /**
   * The API's JSON, the PDF, CSV and other downloads: nothing in them is to run, load or be framed.
   */
  static final String NOT_A_PAGE =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/_=-]+)'");

  private ContentSecurityPolicy() {}

  /**
   * A page of the application. {@code nonce} is the one PrimeFaces gave the page's inline scripts,
   * or empty for a page without any (a static error page); {@code logoOrigin} is where the society
   * logo comes from, or empty.
   */
  static String page(Optional<String> nonce, Optional<String> logoOrigin) {
    return "default-src 'self'; script-src 'self'"
        + nonce.map(n -> " 'nonce-" + n + "'").orElse("")
        + "; style-src 'self' 'unsafe-inline'; style-src-elem 'self'"
        + "; img-src 'self' data:"
        + logoOrigin.map(o -> " " + o).orElse("")
        + "; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
  }

  /**
   * The print version of a report ({@code report.html}): one document with its style sheet inline
   * and its charts as inline SVG, and no script at all.
   */
  static String printVersion(Optional<String> logoOrigin) {
    return "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:"
        + logoOrigin.map(o -> " " + o).orElse("")
        + "; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
  }

  /** The nonce in the policy PrimeFaces sends ({@code script-src 'self' 'nonce-...'}), if any. */
  static Optional<String> nonceIn(String primeFacesPolicy) {
    Matcher m = NONCE.matcher(primeFacesPolicy == null ? "" : primeFacesPolicy);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * {@code https://host[:port]} of the logo's address, as img-src names a source; empty when there
   * is no logo or the address is not an https URL with a plain host name (which SocietyRules
   * refuses anyway).
   */
  static Optional<String> originOf(String logoUrl) {
    if (logoUrl == null || logoUrl.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(logoUrl.trim());
      String host = uri.getHost();
      if (!"https".equalsIgnoreCase(uri.getScheme())
          || host == null
          || !host.matches("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\]")) {
        return Optional.empty();
      }
      return Optional.of(
          "https://"
              + host.toLowerCase(Locale.ROOT)
              + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
