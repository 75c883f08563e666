package org.joysurvey.questionnaire;

import org.joysurvey.spi.Item;

/** An item of an edition's questionnaire, under its full code ({@code mini-z.burnout}). */
public record QuestionnaireItem(String instrumentId, Item item) {

  public String code() {
    return instrumentId + "." + item.code();
  }
}
