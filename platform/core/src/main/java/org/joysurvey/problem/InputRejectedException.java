package org.joysurvey.problem;

import java.util.List;

/** Input that was refused as a whole, with every problem found; nothing of it was stored. */
public class InputRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public InputRejectedException(String message, List<Problem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
