package org.joysurvey.participation;

/** A second submission through the same invitation or resume code: refused, nothing stored. */
public class AlreadySubmittedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AlreadySubmittedException() {
    super("These answers were already received; a survey is answered once.");
  }
}
