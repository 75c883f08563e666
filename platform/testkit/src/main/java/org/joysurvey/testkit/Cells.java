package org.joysurvey.testkit;

import java.util.List;
import java.util.Map;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.response.ResponseValidator;
import org.joysurvey.response.ValidationResult;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.Instrument;

/**
 * Reads CSV-style text cells (full item codes; list answers {@code ;}-joined, empty = unanswered)
 * into answers through the platform's own {@link ResponseValidator}, as an import would: tests
 * feed plugins only what the platform would have stored.
 */
public final class Cells {

  private final ResponseValidator validator;

  public Cells(List<Instrument> instruments) {
    this.validator = new ResponseValidator(new Questionnaire(instruments));
  }

  /** The answers of one row; an {@link IllegalArgumentException} names every problem. */
  public Answers read(Map<String, String> cells) {
    ValidationResult result = validator.validateText(cells);
    if (!result.isValid()) {
      throw new IllegalArgumentException("the platform would refuse " + cells + ": " + result.problems());
    }
    return result.answers();
  }
}
