package org.joysurvey.web.pages;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import org.junit.jupiter.api.Test;

/**
 * Which exceptions the handler takes for an expired view: the browser test covers the redirect
 * itself.
 */
class ExpiredViewExceptionHandlerFactoryTest {

  @Test
  void anExpiredViewIsRecognisedAlsoWhenFacesWrapsIt() {
    ViewExpiredException expired = new ViewExpiredException("gone", "/survey.xhtml");
    assertTrue(ExpiredViewExceptionHandlerFactory.Handler.isExpiredView(expired));
    // a phase's exception reaches the handler wrapped, sometimes twice
    assertTrue(
        ExpiredViewExceptionHandlerFactory.Handler.isExpiredView(
            new FacesException(new FacesException(expired))));
  }

  @Test
  void otherExceptionsAreLeftToTheDefaultHandler() {
    assertFalse(
        ExpiredViewExceptionHandlerFactory.Handler.isExpiredView(new FacesException("broken")));
    assertFalse(
        ExpiredViewExceptionHandlerFactory.Handler.isExpiredView(
            new IllegalStateException(new RuntimeException())));
    assertFalse(ExpiredViewExceptionHandlerFactory.Handler.isExpiredView(null));
  }
}
