package org.joysurvey.questionnaire;

/** An answer that cannot be read as its item's type; the message says why, for a respondent. */
public class InvalidAnswerException extends Exception {

  private static final long serialVersionUID = 1L;

  public InvalidAnswerException(String message) {
    super(message);
  }
}
