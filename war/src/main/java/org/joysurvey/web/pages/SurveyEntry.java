package org.joysurvey.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionSetup;
import org.joysurvey.participation.Access;
import org.joysurvey.participation.Entry;
import org.joysurvey.participation.ParticipationService;
import org.joysurvey.web.load.RespondentLimits;

/**
 * The ways into the respondent form ({@link SurveyForm}): an invitation token, the public link, a
 * resume code in the link or typed on the first page. The way in decides the draft ({@link
 * ParticipationService}); only its key is kept in the view, never the token.
 */
@Named
@RequestScoped
public class SurveyEntry {

  /** Where a form already submitted from this session leads, from the application's root. */
  static final String RECEIVED_PAGE = "/received.xhtml";

  @Inject private CurrentSurveyForm current;

  @Inject private EditionService editions;

  @Inject private ParticipationService participation;

  @Inject private RespondentSession respondentSession;

  @Inject private RespondentLimits limits;

  @Inject private FormShapes shapes;

  /**
   * Called by {@code f:viewAction} of {@code survey.xhtml}: {@code ?token=} (an invitation link),
   * {@code ?edition=} (the public link) or {@code ?edition=&resume=} (a resume code). The
   * parameters are read from the request rather than bound as view parameters, so that the token is
   * not kept in the view state (which lives in the HTTP session). A fresh form's first page is
   * stateless ({@link CurrentSurveyForm}).
   */
  public void load() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    SurveyForm form = current.beginInRequest();
    enterBy(form, params.get("token"), parseId(params.get("edition")), params.get("resume"));
    current.settle();
  }

  /**
   * A post to a view whose form is gone. From a stateless first page, the form is built again from
   * the way in the page carries (the edition, an invitation token), so that the post applies to it.
   * Otherwise the view's form was dropped while its state was kept: the browser's Back button after
   * the submission and the same form sent again, or, in a cluster, an instance that stored the
   * session of a submission and died before it answered. The respondent is sent to a page that says
   * what happened, "already received" when this session submitted to the edition and "this page has
   * expired" otherwise; a button's ajax post would otherwise be answered with nothing to show, and
   * Submit would seem to do nothing.
   */
  void rebuild(SurveyForm form, boolean fromStatelessPage) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
    Long posted = parseId(params.get("edition"));
    form.markEntered();
    if (posted != null && hasSubmitted(posted)) {
      form.setEdition(posted);
      form.setAvailability(Access.ALREADY_SUBMITTED);
      leaveFor(faces, RECEIVED_PAGE);
      return;
    }
    if (fromStatelessPage) {
      enterBy(form, params.get("token"), posted, null);
    } else {
      leaveFor(faces, ExpiredViewExceptionHandlerFactory.EXPIRED_PAGE);
    }
  }

  /** Ends this request with a redirect to {@code page}: for ajax, Faces' partial-response one. */
  private static void leaveFor(FacesContext faces, String page) {
    ExternalContext external = faces.getExternalContext();
    if (external.isResponseCommitted()) {
      return; // already answering: the page renders the form's availability instead
    }
    try {
      external.redirect(external.getRequestContextPath() + page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  private void enterBy(SurveyForm form, String token, Long edition, String resume) {
    form.setEdition(edition);
    form.markEntered();
    if (token != null && !token.isBlank()) {
      form.draft().cameByOpenLink(false);
      if (enter(form, participation.enterWithToken(token.strip()))) {
        form.keepStatelessToken(token.strip());
      }
    } else if (edition == null) {
      form.setAvailability(Access.UNKNOWN_LINK);
    } else if (resume != null && !resume.isBlank()) {
      form.draft().cameByOpenLink(true);
      enter(form, resumeEntry(edition, resume));
    } else {
      form.draft().cameByOpenLink(true);
      Entry entry = participation.enterOpenLink(edition);
      // the same browser back on the survey after submitting (the Back button, the link again)
      enter(
          form,
          entry.access() == Access.OPEN && hasSubmitted(edition)
              ? new Entry(
                  Access.ALREADY_SUBMITTED, entry.editionId(), entry.title(), null, Map.of(), 0)
              : entry);
    }
  }

  /**
   * Whether this browser's session submitted to the edition; a visitor without a session has not
   * (and asking the session-scoped bean would make one).
   */
  private boolean hasSubmitted(long edition) {
    return FacesContext.getCurrentInstance().getExternalContext().getSession(false) != null
        && respondentSession.hasSubmitted(edition);
  }

  /** "I have a resume code" on the public link's first page. */
  public void resumeWithTypedCode() {
    SurveyForm form = current.get();
    String typed = form.getDraft().getTypedResumeCode();
    Entry entry = resumeEntry(form.getEdition(), typed == null ? "" : typed);
    if (entry.access() == Access.TOO_MANY_GUESSES) {
      form.draft()
          .refuseTypedCode(
              "Too many resume codes were tried from here. Please wait "
                  + participation.resumeGuessWindowMinutes()
                  + " minutes, then try your code again; your saved answers are kept.");
      return;
    }
    if (entry.access() == Access.UNKNOWN_LINK) {
      form.draft()
          .refuseTypedCode(
              "This code is not known. Please check it: it has 16 letters and digits, such as"
                  + " ABCD-EFGH-JKMN-PQRS.");
      return;
    }
    form.draft().acceptTypedCode();
    enter(form, entry);
  }

  /**
   * Shows where an entry leads: the form, with any saved answers on the page reached, or why not.
   */
  private boolean enter(SurveyForm form, Entry entry) {
    if (entry == null) {
      return false;
    }
    form.setAvailability(entry.access());
    form.setTitle(entry.title());
    form.setEdition(entry.editionId());
    if (entry.access() != Access.OPEN) {
      return false;
    }
    Optional<EditionSetup> setup = editions.setup(entry.editionId());
    if (setup.isEmpty()) {
      form.setAvailability(Access.UNKNOWN_LINK);
      return false;
    }
    FormShapes.Shape shape = shapes.of(setup.get());
    form.open(shape.sections(), shape.questionnaire(), entry.cells(), entry.page());
    form.draft().enter(entry.draftKey(), !entry.cells().isEmpty() || entry.page() > 0);
    return true;
  }

  /**
   * A resume code, typed or in the link. The service counts wrong codes (per address and per
   * edition); a code refused for too many guesses is answered with 429 Too Many Requests, and the
   * page says why.
   */
  private Entry resumeEntry(long edition, String code) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Entry entry =
        participation.resumeWithCode(
            edition, code, limits.clientAddress((HttpServletRequest) external.getRequest()));
    if (entry.access() == Access.TOO_MANY_GUESSES) {
      external.setResponseStatus(429);
      external.setResponseHeader(
          "Retry-After", Integer.toString(60 * participation.resumeGuessWindowMinutes()));
    }
    return entry;
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
