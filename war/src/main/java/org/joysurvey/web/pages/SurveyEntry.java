package org.joysurvey.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionSetup;
import org.joysurvey.participation.Access;
import org.joysurvey.participation.Entry;
import org.joysurvey.participation.ParticipationService;

/**
 * The ways into the respondent form ({@link SurveyForm}): an invitation token, the public link, a
 * resume code in the link or typed on the first page. The way in decides the draft ({@link
 * ParticipationService}); only its key is kept in the view, never the token.
 */
@Named
@RequestScoped
public class SurveyEntry {

  @Inject private SurveyForm form;

  @Inject private EditionService editions;

  @Inject private ParticipationService participation;

  @Inject private RespondentSession respondentSession;

  /**
   * Called by {@code f:viewAction} of {@code survey.xhtml}: {@code ?token=} (an invitation link),
   * {@code ?edition=} (the public link) or {@code ?edition=&resume=} (a resume code). The
   * parameters are read from the request rather than bound as view parameters, so that the token is
   * not kept in the view state (which lives in the HTTP session).
   */
  public void load() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String token = params.get("token");
    String resume = params.get("resume");
    Long edition = parseId(params.get("edition"));
    form.setEdition(edition);
    if (token != null && !token.isBlank()) {
      form.draft().cameByOpenLink(false);
      enter(participation.enterWithToken(token.strip()));
    } else if (edition == null) {
      form.setAvailability(Access.UNKNOWN_LINK);
    } else if (resume != null && !resume.isBlank()) {
      form.draft().cameByOpenLink(true);
      enter(participation.resumeWithCode(edition, resume));
    } else {
      form.draft().cameByOpenLink(true);
      Entry entry = participation.enterOpenLink(edition);
      // the same browser back on the survey after submitting (the Back button, the link again)
      enter(
          entry.access() == Access.OPEN && respondentSession.hasSubmitted(edition)
              ? new Entry(
                  Access.ALREADY_SUBMITTED, entry.editionId(), entry.title(), null, Map.of(), 0)
              : entry);
    }
  }

  /** "I have a resume code" on the public link's first page. */
  public void resumeWithTypedCode() {
    String typed = form.getDraft().getTypedResumeCode();
    Entry entry = participation.resumeWithCode(form.getEdition(), typed == null ? "" : typed);
    if (entry.access() == Access.UNKNOWN_LINK) {
      form.draft()
          .refuseTypedCode(
              "This code is not known. Please check it: it has 16 letters and digits, such as"
                  + " ABCD-EFGH-JKMN-PQRS.");
      return;
    }
    form.draft().acceptTypedCode();
    enter(entry);
  }

  /**
   * Shows where an entry leads: the form, with any saved answers on the page reached, or why not.
   */
  private void enter(Entry entry) {
    form.setAvailability(entry.access());
    form.setTitle(entry.title());
    form.setEdition(entry.editionId());
    if (entry.access() != Access.OPEN) {
      return;
    }
    Optional<EditionSetup> setup = editions.setup(entry.editionId());
    if (setup.isEmpty()) {
      form.setAvailability(Access.UNKNOWN_LINK);
      return;
    }
    form.open(setup.get(), entry.cells(), entry.page());
    form.draft().enter(entry.draftKey(), !entry.cells().isEmpty() || entry.page() > 0);
  }

  /**
   * An edition id from a request parameter; {@code null} when there is none or it is not a number.
   */
  static Long parseId(String text) {
    try {
      return text == null ? null : Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
