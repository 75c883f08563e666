package org.joysurvey.web.outage;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.joysurvey.availability.DatabaseUnavailable;

/**
 * An ajax request of a page (the survey's Next, Back and Submit) that failed because the database
 * cannot be reached is redirected to {@code unavailable.html}. Faces answers an ajax failure with
 * an {@code <error>} partial response that PrimeFaces does not show, so the click would seem to do
 * nothing; JSF's ajax reads only a 200, so the page comes by the partial response's {@code
 * <redirect>}, as the busy page does. A full page request is left to the wrapped handler, which
 * throws, and {@link DatabaseOutageFilter} answers it with 503. Registered in {@code
 * WEB-INF/faces-config.xml}.
 */
public class DatabaseOutageExceptionHandlerFactory extends ExceptionHandlerFactory {

  public DatabaseOutageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext faces = FacesContext.getCurrentInstance();
      if (faces != null && faces.getPartialViewContext().isAjaxRequest()) {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
          if (DatabaseUnavailable.isCauseOf(events.next().getContext().getException())) {
            ExternalContext external = faces.getExternalContext();
            if (external.isResponseCommitted()) {
              break; // too late to redirect: the wrapped handler deals with it as before
            }
            events.remove();
            try {
              external.redirect(external.getRequestContextPath() + DatabaseOutageFilter.PAGE);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            faces.responseComplete();
            while (events.hasNext()) {
              events.next();
              events.remove();
            }
            break;
          }
        }
      }
      getWrapped().handle();
    }
  }
}
