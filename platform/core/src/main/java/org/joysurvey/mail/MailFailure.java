package org.joysurvey.mail;

/** An email that could not be handed to the SMTP server; the message says why, without the body. */
public class MailFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MailFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
