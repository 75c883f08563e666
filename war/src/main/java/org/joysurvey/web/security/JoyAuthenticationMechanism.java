package org.joysurvey.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.joysurvey.availability.DatabaseUnavailable;

/**
 * The application's one authentication mechanism (Jakarta EE 10 allows one per application):
 *
 * <ul>
 *   <li>Under {@code /api/}: HTTP Basic, without a session. Valid credentials log the caller in
 *       with the user's roles as groups; missing or wrong ones leave the caller anonymous, and the
 *       API's {@code RoleAuthorizationFilter} answers 401 in its JSON shape.
 *   <li>Pages: the caller who logged in through {@code login.xhtml} ({@link LoginView}), kept in
 *       the HTTP session as a {@link SessionCaller}. A page protected in {@code web.xml} (the
 *       designer pages) sends a caller who has not logged in to the login page, with the page as
 *       {@code next}.
 * </ul>
 *
 * Both check passwords through the {@link IdentityStoreHandler}, so the lock-out applies to both.
 */
@ApplicationScoped
public class JoyAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";

  /**
   * The request attribute set when HTTP Basic credentials came but could not be checked, because
   * the database (the users' table) cannot be reached.
   */
  public static final String CREDENTIALS_UNCHECKED = "org.joysurvey.credentials-unchecked";

  @Inject private IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      return basic(request, context);
    }
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(SessionCaller.ATTRIBUTE) instanceof SessionCaller caller) {
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }
    if (context.isProtected()) {
      return context.redirect(
          request.getContextPath()
              + LOGIN_PAGE
              + "?next="
              + URLEncoder.encode(next(request, path), StandardCharsets.UTF_8));
    }
    return context.doNothing();
  }

  private AuthenticationStatus basic(HttpServletRequest request, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return context.doNothing();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return context.doNothing();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return context.doNothing();
    }
    CredentialValidationResult result;
    try {
      result = validate(decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (RuntimeException e) {
      if (!DatabaseUnavailable.isCauseOf(e)) {
        throw e;
      }
      // the caller stays anonymous; the API answers 503 rather than "wrong password"
      request.setAttribute(CREDENTIALS_UNCHECKED, Boolean.TRUE);
      return context.doNothing();
    }
    return result.getStatus() == CredentialValidationResult.Status.VALID
        ? context.notifyContainerAboutLogin(result)
        : context.doNothing();
  }

  /** Checks a user name and password as every login does (lock-out included). */
  CredentialValidationResult validate(String username, String password) {
    return identityStores.validate(new UsernamePasswordCredential(username, password));
  }

  /** The page to return to after logging in: this one, with its query. */
  private static String next(HttpServletRequest request, String path) {
    return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
  }

  /**
   * Whether {@code next} is a page of this application to send a caller to after logging in (a path
   * starting with one slash), not another site.
   */
  public static boolean isSafeNext(String next) {
    return next != null
        && next.startsWith("/")
        && !next.startsWith("//")
        && !next.contains("\\")
        && !next.contains("\r")
        && !next.contains("\n");
  }
}
