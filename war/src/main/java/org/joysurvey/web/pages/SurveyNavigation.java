package org.joysurvey.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import org.joysurvey.edition.EditionNotOpenException;
import org.joysurvey.participation.AlreadySubmittedException;
import org.joysurvey.participation.ParticipationService;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.response.ResponseService;
import org.joysurvey.response.ResponseValidator;
import org.joysurvey.web.load.RespondentLimits;

/**
 * Moving through the respondent form ({@link SurveyForm}) and submitting it. Each Next checks the
 * page's answers with the platform's {@link ResponseValidator}, exactly as API input is checked,
 * shows problems at the item, and saves the answers as a draft ({@link ParticipationService}) so
 * that the respondent can come back to them; the preview saves nothing.
 */
@Named
@RequestScoped
public class SurveyNavigation {

  /** Where a second submission ends: a polite page saying the answers were already received. */
  private static final String RECEIVED = "received?faces-redirect=true";

  @Inject private CurrentSurveyForm current;

  @Inject private SurveyItems items;

  @Inject private ResponseService responses;

  @Inject private ParticipationService participation;

  @Inject private RespondentSession respondentSession;

  @Inject private RespondentLimits limits;

  /**
   * Checks this page's answers; when they are fine, saves them (not in the preview) and shows the
   * next page, or the review.
   */
  public String next() {
    form().draft().clearNotices();
    if (form().isReview()) {
      return null;
    }
    Map<String, String> pageErrors = problemsOn(form().getCurrentSection());
    form().showErrors(pageErrors);
    if (!pageErrors.isEmpty()) {
      askToCheck(pageErrors.size());
      return null;
    }
    int target = form().paging().nextPage();
    if (!form().isPreview()) {
      try {
        saveDraft(target);
      } catch (AlreadySubmittedException e) {
        return RECEIVED;
      } catch (EditionNotOpenException | IllegalArgumentException e) {
        // closed while the respondent was answering (closing also deletes the drafts)
        return surveyPage();
      }
    }
    form().paging().moveTo(target);
    return null;
  }

  private void saveDraft(int reachedPage) {
    if (form().draft().key() == null) {
      form().draft().started(participation.startOpenDraft(form().getEdition()));
    }
    participation.saveDraft(form().draft().key(), items.shownCells(), reachedPage);
    shortenIdleSession();
  }

  /**
   * The answers up to this page are saved as a draft, so an idle respondent's session need not last
   * the 60 minutes of {@code web.xml}: it ends after {@code
   * joy.respondents.session-timeout-minutes} unused (20 by default), and the link or the resume
   * code leads back to the draft. A logged-in user's session (a designer trying the survey) keeps
   * its length.
   */
  private void shortenIdleSession() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (external.getUserPrincipal() == null && external.getSession(false) != null) {
      external.setSessionMaxInactiveInterval(limits.sessionTimeoutSeconds());
    }
  }

  /** The previous page, answers kept as they are (not checked: the respondent may come back). */
  public void back() {
    form().draft().clearNotices();
    form().showErrors(new HashMap<>());
    form().paging().back();
  }

  /** A "Change" link of the review page: that page, and Next brings the respondent back. */
  public void change(int sectionIndex) {
    form().draft().clearNotices();
    if (form().paging().showFromReview(sectionIndex)) {
      form().showErrors(new HashMap<>());
    }
  }

  /**
   * Stores the response and closes the way in, once: a double click, the review page brought back
   * by the browser or a replayed link finds the draft already claimed and ends on a polite page.
   */
  public String submit() {
    Lock lock = form().submissionLock();
    lock.lock();
    try {
      return submitOnce();
    } finally {
      lock.unlock();
    }
  }

  private String submitOnce() {
    if (form().isSubmitted()) {
      return RECEIVED;
    }
    Long edition = form().getEdition();
    Map<String, String> cells = items.shownCells();
    form().showErrors(new HashMap<>());
    try {
      if (form().isPreview()) {
        responses.check(edition, cells);
        FacesContext.getCurrentInstance()
            .addMessage(
                null,
                new FacesMessage(
                    FacesMessage.SEVERITY_INFO,
                    "Preview: these answers are valid, and nothing was stored.",
                    null));
        return null;
      }
      if (form().draft().key() == null) {
        form().draft().startedForSubmission(participation.startOpenDraft(edition).draftKey());
      }
      participation.complete(form().draft().key(), cells);
      form().markSubmitted();
      respondentSession.submitted(edition);
      return "thanks?faces-redirect=true&edition=" + edition;
    } catch (AlreadySubmittedException e) {
      form().markSubmitted();
      return RECEIVED;
    } catch (InputRejectedException e) {
      showProblems(e.problems());
      return null;
    } catch (EditionNotOpenException | IllegalArgumentException e) {
      return surveyPage();
    }
  }

  /** Problems found at submission: the first page with one is shown, its problems at the items. */
  private void showProblems(List<Problem> problems) {
    Map<String, String> errors = FormProblems.byItem(problems);
    int first = FormProblems.firstSectionWith(form().getSections(), errors);
    if (first >= 0) {
      form().paging().showFromReview(first);
      errors = FormProblems.on(form().getSections().get(first), errors);
    }
    form().showErrors(errors);
    askToCheck(errors.size());
  }

  /** The validator's problems with the answers on one page, by item code. */
  private Map<String, String> problemsOn(FormSection section) {
    // shown-if conditions stay within an instrument, so a page can be judged on its own
    Questionnaire questionnaire = items.questionnaire();
    if (questionnaire == null) {
      return Map.of();
    }
    List<Problem> problems =
        new ResponseValidator(questionnaire)
            .validateText(items.shownCells()).problems().stream()
                .filter(p -> p.column() != null && section.contains(p.column()))
                .toList();
    return FormProblems.byItem(problems);
  }

  /** The survey's public page, which says why the survey takes no answers now. */
  private String surveyPage() {
    return "survey?faces-redirect=true&edition=" + form().getEdition();
  }

  private static void askToCheck(int count) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(FacesMessage.SEVERITY_ERROR, FormProblems.askToCheck(count), null));
  }

  private SurveyForm form() {
    return current.get();
  }
}
