package org.joysurvey.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionSetup;
import org.joysurvey.participation.Access;

/**
 * The designers' preview ({@code designer/preview.xhtml}): the respondent form of an edition of any
 * status, exactly as respondents will see it, whose submission is checked but never stored ({@link
 * SurveyNavigation}).
 */
@Named
@RequestScoped
public class SurveyPreview {

  @Inject private CurrentSurveyForm current;

  @Inject private EditionService editions;

  /**
   * Called by {@code f:viewAction}, after {@code f:viewParam} set the edition. Only for designers
   * and admins.
   */
  public void load() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    if (!external.isUserInRole("admin") && !external.isUserInRole("designer")) {
      form().setAvailability(Access.UNKNOWN_LINK);
      return;
    }
    Optional<EditionSetup> setup =
        form().getEdition() == null ? Optional.empty() : editions.setup(form().getEdition());
    if (setup.isEmpty()) {
      form().setAvailability(Access.UNKNOWN_LINK);
      return;
    }
    form().openPreview(setup.get());
  }

  private SurveyForm form() {
    return current.get();
  }
}
