package org.joysurvey.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.ResponseStateManager;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Where this request finds the respondent form ({@link SurveyForm}), and the pages' {@code
 * #{surveyForm}}.
 *
 * <p>A visitor who has answered nothing costs the server nothing: the first page of a fresh form is
 * rendered as a stateless view ({@code UIViewRoot.setTransient(true)}) from a form that lives in
 * this request only, so no HTTP session is made. Its posts (Next, an answer that shows or hides
 * others, "I have a resume code") rebuild the form from the way in the page carries (the edition,
 * an invitation token) and from then on keep it in the view scope ({@link SurveyFormHolder}), where
 * the view state keeps it too. A form with saved answers, and the preview, are kept from the start.
 */
@RequestScoped
public class CurrentSurveyForm {

  @Inject private SurveyFormHolder holder;

  @Inject private SurveyEntry entry;

  /** The form of a stateless first page, built in this request; {@code null} otherwise. */
  private SurveyForm stateless;

  private boolean rebuilding;

  /** The form this request acts on. */
  SurveyForm get() {
    if (stateless != null) {
      return stateless;
    }
    SurveyForm form = holder.form();
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!form.isEntered() && !rebuilding && faces != null && faces.isPostback()) {
      rebuilding = true;
      try {
        entry.rebuild(form, postedFromStatelessPage(faces));
      } finally {
        rebuilding = false;
      }
    }
    if (faces != null && faces.getViewRoot() != null && faces.getViewRoot().isTransient()) {
      // a post of a stateless first page: from now on the server keeps this view
      faces.getViewRoot().setTransient(false);
    }
    return form;
  }

  @Produces
  @Named("surveyForm")
  SurveyForm forPages() {
    return get();
  }

  /** A GET of the survey page: the form is built in this request until it proves worth keeping. */
  SurveyForm beginInRequest() {
    stateless = new SurveyForm();
    return stateless;
  }

  /**
   * After the way in: a fresh first page stays stateless; a form with saved answers is kept in the
   * view scope (which makes the HTTP session).
   */
  void settle() {
    if (stateless == null) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    if (stateless.isFresh()) {
      faces.getViewRoot().setTransient(true);
      return;
    }
    SurveyForm built = stateless;
    stateless = null;
    holder.keep(built);
    faces.getViewRoot().setTransient(false);
  }

  private static boolean postedFromStatelessPage(FacesContext faces) {
    String state =
        faces
            .getExternalContext()
            .getRequestParameterMap()
            .get(ResponseStateManager.VIEW_STATE_PARAM);
    return "stateless".equals(state);
  }
}
