package org.joysurvey.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionSetup;
import org.joysurvey.questionnaire.Questionnaire;

/**
 * Which items of this view's form the answers so far show (shown-if), and the answers without the
 * hidden ones.
 */
@Named
@RequestScoped
public class SurveyItems {

  @Inject private CurrentSurveyForm current;

  @Inject private EditionService editions;

  /** Whether an item is shown, given the answers so far. */
  public boolean isShown(FormItem item) {
    return item.shownBy() == null
        || visibility().isShown(item, form().answers().cells(form().getSections()));
  }

  /** The items of a section shown with the answers given: what the review page lists. */
  public List<FormItem> shownItems(FormSection section) {
    Map<String, String> cells = form().answers().cells(form().getSections());
    FormVisibility visibility = visibility();
    return section.items().stream().filter(i -> visibility.isShown(i, cells)).toList();
  }

  /** The answers as interchange text cells, without those of items that are hidden now. */
  Map<String, String> shownCells() {
    return visibility().shownCells(form().getSections(), form().answers());
  }

  /**
   * The edition's questionnaire; {@code null} when the edition is gone. The view keeps it only in
   * memory: a view state restored from elsewhere reads it again.
   */
  Questionnaire questionnaire() {
    if (form().questionnaire() == null && form().getEdition() != null) {
      form()
          .keepQuestionnaire(
              editions.setup(form().getEdition()).map(EditionSetup::questionnaire).orElse(null));
    }
    return form().questionnaire();
  }

  private FormVisibility visibility() {
    return new FormVisibility(questionnaire());
  }

  private SurveyForm form() {
    return current.get();
  }
}
