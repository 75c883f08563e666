package org.joysurvey.publication;

import org.joysurvey.edition.EditionStatus;

/** Publishing was refused: only a closed edition's report can be published. */
public class EditionNotClosedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public EditionNotClosedException(long editionId, EditionStatus status) {
    super(
        "Edition "
            + editionId
            + " is "
            + status.code()
            + ": only a closed edition's report can be published, since its figures would"
            + " still change. Close the edition first.");
  }
}
