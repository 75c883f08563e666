package org.joysurvey.response;

import java.util.List;
import org.joysurvey.problem.Problem;
import org.joysurvey.spi.Answers;

/** The answers that passed validation and every problem found; store only when there is none. */
public record ValidationResult(Answers answers, List<Problem> problems) {

  public ValidationResult {
    problems = List.copyOf(problems);
  }

  public boolean isValid() {
    return problems.isEmpty();
  }
}
