package org.joysurvey.web.pages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.joysurvey.edition.EditionSetup;
import org.joysurvey.questionnaire.QuestionnaireItem;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.Item;

/** The pages of an edition's respondent form: one per instrument, in the edition's order. */
final class FormSections {

  private FormSections() {}

  static List<FormSection> of(EditionSetup setup) {
    List<FormSection> result = new ArrayList<>();
    for (Instrument instrument : setup.instruments()) {
      String id = instrument.metadata().id();
      List<QuestionnaireItem> questions = setup.questionnaire().itemsOf(id);
      Set<String> controlling = new HashSet<>();
      questions.stream()
          .map(QuestionnaireItem::item)
          .filter(i -> i.shownIf() != null)
          .forEach(i -> controlling.add(i.shownIf().item()));
      List<FormItem> items = new ArrayList<>();
      for (QuestionnaireItem question : questions) {
        Item item = question.item();
        List<FormOption> options =
            item.options().stream()
                .map(o -> new FormOption(o.code(), o.label(), o.exclusive()))
                .toList();
        // shown-if conditions name an item of the same instrument
        String shownBy = item.shownIf() == null ? null : id + "." + item.shownIf().item();
        items.add(
            new FormItem(
                question.code(),
                item.type().code(),
                item.text(),
                options,
                item.required(),
                controlling.contains(item.code()),
                shownBy,
                item.maxChoices(),
                item.maxLength()));
      }
      result.add(new FormSection(id, instrument.metadata().title(), items));
    }
    return result;
  }
}
