package org.joysurvey.web.pages;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.joysurvey.edition.UnknownEditionException;
import org.joysurvey.participation.ParticipationService;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;

/**
 * The thank-you page, and its offer to leave an email address for the incentive: once per
 * submission, stored apart from the answers with nothing that links the two.
 */
@Named
@ViewScoped
public class ThanksView implements Serializable {

  private static final long serialVersionUID = 1L;

  // not transient: Weld's proxy is serializable, and a transient field would be null after the
  // session was passivated or replicated to another instance
  @Inject private ParticipationService participation;

  @Inject private RespondentSession respondentSession;

  private Long edition;
  private boolean incentiveOffered;
  private boolean incentiveLeft;
  private String email;
  private String emailProblem;

  /** Called by {@code f:viewAction}: the offer is taken, so a reload does not offer it again. */
  public void load() {
    String param =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("edition");
    try {
      edition = param == null ? null : Long.valueOf(param.strip());
    } catch (NumberFormatException e) {
      edition = null;
    }
    incentiveOffered = edition != null && respondentSession.takeIncentiveOffer(edition);
  }

  public void leaveEmail() {
    if (!incentiveOffered || incentiveLeft) {
      return;
    }
    try {
      participation.leaveIncentiveEmail(edition, email == null ? "" : email);
      incentiveLeft = true;
      emailProblem = null;
      email = null;
    } catch (InputRejectedException e) {
      emailProblem =
          e.problems().stream()
              .map(Problem::message)
              .map(ThanksView::sentence)
              .findFirst()
              .orElse("This address cannot be used.");
    } catch (UnknownEditionException e) {
      incentiveOffered = false;
    }
  }

  private static String sentence(String message) {
    String s = message.substring(0, 1).toUpperCase() + message.substring(1);
    return s.endsWith(".") ? s : s + ".";
  }

  public boolean isIncentiveOffered() {
    return incentiveOffered;
  }

  public boolean isIncentiveLeft() {
    return incentiveLeft;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getEmailProblem() {
    return emailProblem;
  }
}
