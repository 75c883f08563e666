package org.joysurvey.web.pages;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;

/**
 * The respondent form of one view once the server keeps it: from the first post of a first page on
 * (or at once, for a form with saved answers or the designers' preview). In the HTTP session, with
 * the view state.
 */
@ViewScoped
public class SurveyFormHolder implements Serializable {

  private static final long serialVersionUID = 1L;

  private SurveyForm form = new SurveyForm();

  SurveyForm form() {
    return form;
  }

  /** Takes over the form a stateless first page built in its request. */
  void keep(SurveyForm built) {
    built.forgetStatelessToken();
    form = built;
  }
}
