package org.joysurvey.edition;

/** No edition has this id. */
public class UnknownEditionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownEditionException(long id) {
    super("There is no edition " + id + ".");
  }
}
