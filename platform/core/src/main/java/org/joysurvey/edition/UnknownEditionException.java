package org.joysurvey.edition;

/** No edition has this id. */
public class UnknownEditionException extends RuntimeException {

  public UnknownEditionException(long id) {
    super("There is no edition " + id + ".");
  }
}
