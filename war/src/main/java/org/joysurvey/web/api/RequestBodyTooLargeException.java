package org.joysurvey.web.api;

/**
 * A request body passed {@link RequestBodyLimit}. Unchecked on purpose: it is thrown from inside
 * {@code InputStream.read}, where the readers of CSV and JSON would turn an {@code IOException}
 * into a message of their own, and an unchecked exception also rolls back the transaction of an
 * import that was reading the body, so nothing of it is stored. The API answers 413.
 */
public class RequestBodyTooLargeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  RequestBodyTooLargeException(String message) {
    super(message);
  }
}
