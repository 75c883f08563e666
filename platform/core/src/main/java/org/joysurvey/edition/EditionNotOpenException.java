package org.joysurvey.edition;

/** A respondent tried to answer an edition that is not open (a draft, or closed). */
public class EditionNotOpenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final EditionStatus status;

  public EditionNotOpenException(EditionView edition) {
    super(
        "The survey \""
            + edition.title()
            + "\" is "
            + (edition.status() == EditionStatus.CLOSED
                ? "closed and no longer takes answers."
                : "not open yet."));
    this.status = edition.status();
  }

  public EditionStatus status() {
    return status;
  }
}
