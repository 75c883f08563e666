package org.joysurvey.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.joysurvey.security.LoginAttempts;

/**
 * The login page and the logout link. A good user name and password put a {@link SessionCaller}
 * into the (renewed) HTTP session, which {@link JoyAuthenticationMechanism} reads on every request;
 * the caller is then sent to the page that asked for the login.
 */
@Named
@RequestScoped
public class LoginView {

  static final String DEFAULT_NEXT = "/designer/editions.xhtml";

  @Inject private JoyAuthenticationMechanism mechanism;

  @Inject private LoginAttempts attempts;

  private String username;
  private String password;
  private String next;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    String name = username == null ? "" : username.strip();
    CredentialValidationResult result =
        name.isEmpty() || password == null || password.isEmpty()
            ? CredentialValidationResult.INVALID_RESULT
            : mechanism.validate(name, password);
    password = null;
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      Optional<Instant> locked = name.isEmpty() ? Optional.empty() : attempts.lockedUntil(name);
      String message =
          locked
              .map(
                  until ->
                      "Login refused: too many failed attempts. Try again after "
                          + until.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1)
                          + ".")
              .orElse("Wrong user name or password.");
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
      return;
    }
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    // a new session id after login, so that an id planted before cannot be used afterwards
    request.getSession(true);
    request.changeSessionId();
    request
        .getSession()
        .setAttribute(
            SessionCaller.ATTRIBUTE,
            new SessionCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
    external.redirect(
        external.getRequestContextPath()
            + (JoyAuthenticationMechanism.isSafeNext(next) ? next : DEFAULT_NEXT));
  }

  public void logout() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    request.logout();
    external.redirect(
        external.getRequestContextPath()
            + JoyAuthenticationMechanism.LOGIN_PAGE
            + "?loggedOut=true");
  }

  /** The logged-in user's name, or {@code null}. */
  public String getUser() {
    Principal principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
    return principal == null ? null : principal.getName();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
