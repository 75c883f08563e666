package org.joysurvey.web.pages;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Sends a request whose view has expired (the HTTP session timed out, or was lost, while a form was
 * open) to {@code expired.xhtml}, for ajax requests too.
 *
 * <p>The {@code error-page} for {@code ViewExpiredException} in {@code web.xml} applies only to
 * full page requests. The survey's buttons are ajax: without this handler, Faces answers them with
 * an {@code <error>} partial response that PrimeFaces does not show, and Next simply seems to do
 * nothing. Here both kinds get a redirect (for ajax, the partial response's {@code <redirect>},
 * which PrimeFaces follows), so the respondent always lands on the page that explains what was
 * saved and how to continue. Registered in {@code WEB-INF/faces-config.xml}.
 */
public class ExpiredViewExceptionHandlerFactory extends ExceptionHandlerFactory {

  /** Where an expired view leads, from the application's root. */
  static final String EXPIRED_PAGE = "/expired.xhtml";

  public ExpiredViewExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  /**
   * Takes an expired view off the queue and redirects; every other exception goes to the wrapped
   * handler.
   */
  static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext faces = FacesContext.getCurrentInstance();
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (faces != null && events.hasNext()) {
        if (isExpiredView(events.next().getContext().getException())) {
          ExternalContext external = faces.getExternalContext();
          if (external.isResponseCommitted()) {
            break; // too late to redirect: the wrapped handler deals with it as before
          }
          events.remove();
          try {
            // for an ajax request Faces writes <partial-response><redirect url="..."/>
            external.redirect(external.getRequestContextPath() + EXPIRED_PAGE);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          faces.responseComplete();
          // what else the expired request queued is of no use: it had no view to work on
          while (events.hasNext()) {
            events.next();
            events.remove();
          }
          break;
        }
      }
      getWrapped().handle();
    }

    /** A {@link ViewExpiredException}, possibly wrapped (Faces wraps what a phase throws). */
    static boolean isExpiredView(Throwable thrown) {
      int depth = 0;
      for (Throwable t = thrown; t != null && depth < 10; t = t.getCause(), depth++) {
        if (t instanceof ViewExpiredException) {
          return true;
        }
      }
      return false;
    }
  }
}
