package org.joysurvey.web.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joysurvey.questionnaire.AnswerCodec;
import org.joysurvey.questionnaire.InvalidAnswerException;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.questionnaire.QuestionnaireItem;
import org.joysurvey.spi.AnswerValue;

/**
 * Shown-if on the respondent form: which items the answers so far show, and the answers without
 * hidden items.
 */
final class FormVisibility {

  /** {@code null} when the edition is gone: then every item is shown. */
  private final Questionnaire questionnaire;

  FormVisibility(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
  }

  /** Whether an item is shown, given the answers so far as interchange text cells. */
  boolean isShown(FormItem item, Map<String, String> cells) {
    if (item.shownBy() == null) {
      return true;
    }
    Optional<QuestionnaireItem> qi =
        questionnaire == null ? Optional.empty() : questionnaire.item(item.code());
    if (qi.isEmpty()) {
      return true;
    }
    Map<String, AnswerValue> parsed = new HashMap<>();
    String controlling = item.shownBy();
    String cell = cells.get(controlling);
    questionnaire
        .item(controlling)
        .ifPresent(
            c -> {
              try {
                AnswerValue value = cell == null ? null : AnswerCodec.fromText(c.item(), cell);
                if (value != null) {
                  parsed.put(controlling, value);
                }
              } catch (InvalidAnswerException e) {
                // an unreadable answer controls nothing
              }
            });
    return questionnaire.isShown(qi.get(), parsed);
  }

  /** The answers as interchange text cells, without those of items that are hidden now. */
  Map<String, String> shownCells(List<FormSection> sections, FormAnswers answers) {
    Map<String, String> cells = answers.cells(sections);
    // answers to items that are hidden now are dropped, as a respondent expects; an item hidden
    // here no longer shows the items it controls further down
    for (FormSection section : sections) {
      for (FormItem item : section.items()) {
        if (!isShown(item, cells)) {
          cells.remove(item.code());
        }
      }
    }
    return cells;
  }
}
