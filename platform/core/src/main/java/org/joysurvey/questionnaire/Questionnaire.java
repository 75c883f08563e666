package org.joysurvey.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.ShownIf;

/** The items of an edition's instruments, in order, and the shown-if logic between them. */
public final class Questionnaire {

  private final List<Instrument> instruments;
  private final Map<String, QuestionnaireItem> itemsByCode = new LinkedHashMap<>();

  public Questionnaire(List<Instrument> instruments) {
    this(instruments, Map.of());
  }

  /**
   * @param wording the edition's own wording of some items, by full item code (e.g. a society
   *     licensed to use the MBI's exact wording); codes, options and scoring are unchanged
   */
  public Questionnaire(List<Instrument> instruments, Map<String, String> wording) {
    this.instruments = List.copyOf(instruments);
    for (Instrument instrument : this.instruments) {
      String id = instrument.metadata().id();
      for (Item item : instrument.items()) {
        String text = wording.get(id + "." + item.code());
        QuestionnaireItem qi = new QuestionnaireItem(id, text == null ? item : item.withText(text));
        itemsByCode.put(qi.code(), qi);
      }
    }
  }

  public List<Instrument> instruments() {
    return instruments;
  }

  public List<QuestionnaireItem> items() {
    return new ArrayList<>(itemsByCode.values());
  }

  public List<QuestionnaireItem> itemsOf(String instrumentId) {
    return itemsByCode.values().stream()
        .filter(i -> i.instrumentId().equals(instrumentId))
        .toList();
  }

  /** The item with this full code. */
  public Optional<QuestionnaireItem> item(String code) {
    return Optional.ofNullable(itemsByCode.get(code));
  }

  /** Whether {@code item} is shown, given the answers so far (full codes). */
  public boolean isShown(QuestionnaireItem item, Map<String, AnswerValue> answers) {
    ShownIf condition = item.item().shownIf();
    if (condition == null) {
      return true;
    }
    String controlling = item.instrumentId() + "." + condition.item();
    AnswerValue answer = answers.get(controlling);
    if (answer instanceof AnswerValue.Choice choice) {
      return condition.anyOf().contains(choice.code());
    }
    if (answer instanceof AnswerValue.Choices choices) {
      return choices.codes().stream().anyMatch(condition.anyOf()::contains);
    }
    if (answer instanceof AnswerValue.Scale scale) {
      return condition.anyOf().contains(Integer.toString(scale.value()));
    }
    return false;
  }
}
