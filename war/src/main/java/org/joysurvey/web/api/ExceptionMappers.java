package org.joysurvey.web.api;

import jakarta.json.JsonException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.joysurvey.availability.DatabaseUnavailable;
import org.joysurvey.edition.EditionNotOpenException;
import org.joysurvey.edition.UnknownEditionException;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;
import org.joysurvey.publication.EditionNotClosedException;
import org.joysurvey.security.UnknownUserException;
import org.joysurvey.security.UserExistsException;

/** Turns every failure into the JSON error shape with the right status, never a stack trace. */
final class ExceptionMappers {

  private ExceptionMappers() {}

  @Provider
  public static class InputRejected implements ExceptionMapper<InputRejectedException> {
    @Override
    public Response toResponse(InputRejectedException e) {
      return ApiError.response(Response.Status.BAD_REQUEST, e.getMessage(), e.problems()).build();
    }
  }

  @Provider
  public static class UnknownEdition implements ExceptionMapper<UnknownEditionException> {
    @Override
    public Response toResponse(UnknownEditionException e) {
      return ApiError.response(Response.Status.NOT_FOUND, e.getMessage(), List.of()).build();
    }
  }

  @Provider
  public static class UnknownUser implements ExceptionMapper<UnknownUserException> {
    @Override
    public Response toResponse(UnknownUserException e) {
      return ApiError.response(Response.Status.NOT_FOUND, e.getMessage(), List.of()).build();
    }
  }

  @Provider
  public static class UserExists implements ExceptionMapper<UserExistsException> {
    @Override
    public Response toResponse(UserExistsException e) {
      return ApiError.response(
              Response.Status.CONFLICT,
              e.getMessage(),
              List.of(Problem.at("username", "a user named " + e.username() + " already exists")))
          .build();
    }
  }

  @Provider
  public static class NotOpen implements ExceptionMapper<EditionNotOpenException> {
    @Override
    public Response toResponse(EditionNotOpenException e) {
      return ApiError.response(Response.Status.CONFLICT, e.getMessage(), List.of()).build();
    }
  }

  @Provider
  public static class NotClosed implements ExceptionMapper<EditionNotClosedException> {
    @Override
    public Response toResponse(EditionNotClosedException e) {
      return ApiError.response(Response.Status.CONFLICT, e.getMessage(), List.of()).build();
    }
  }

  @Provider
  public static class BodyTooLarge implements ExceptionMapper<RequestBodyTooLargeException> {
    @Override
    public Response toResponse(RequestBodyTooLargeException e) {
      return ApiRequestFilter.tooLarge(e);
    }
  }

  /**
   * The limit passed while a reader (the JSON parser, the CSV reader) was reading the body, which
   * it may have wrapped in an exception of its own.
   */
  static Optional<RequestBodyTooLargeException> tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RequestBodyTooLargeException tooLarge) {
        return Optional.of(tooLarge);
      }
    }
    return Optional.empty();
  }

  @Provider
  public static class MalformedJson implements ExceptionMapper<JsonException> {
    @Override
    public Response toResponse(JsonException e) {
      Optional<RequestBodyTooLargeException> tooLarge = tooLarge(e);
      if (tooLarge.isPresent()) {
        return ApiRequestFilter.tooLarge(tooLarge.get());
      }
      return ApiError.response(
              Response.Status.BAD_REQUEST,
              "The body is not valid JSON: " + e.getMessage(),
              List.of())
          .build();
    }
  }

  @Provider
  public static class WebApplication implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Optional<RequestBodyTooLargeException> tooLarge = tooLarge(e);
      if (tooLarge.isPresent()) {
        return ApiRequestFilter.tooLarge(tooLarge.get());
      }
      Response.StatusType status = e.getResponse().getStatusInfo();
      String message =
          status.getFamily() == Response.Status.Family.SERVER_ERROR
              ? "The server could not complete the request."
              : status.getReasonPhrase();
      return ApiError.response(
              Response.Status.fromStatusCode(status.getStatusCode()) == null
                  ? Response.Status.BAD_REQUEST
                  : Response.Status.fromStatusCode(status.getStatusCode()),
              message,
              List.of())
          .build();
    }
  }

  /**
   * Why the body could not be read, when the failure came out of the JSON parser but is not a
   * {@link JsonException}: Parsson throws a {@link NumberFormatException} for a number whose
   * exponent BigDecimal cannot hold (1e9999999999) and a plain RuntimeException for nesting deeper
   * than its limit (1,000), while JAX-RS reads the body and before any resource sees it. Jersey
   * hands them on wrapped or not, so the whole cause chain is searched. A NumberFormatException of
   * the application's own is not from the parser and stays a 500.
   */
  static Optional<String> unreadableJson(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JsonException json) {
        return Optional.of("The body is not valid JSON: " + json.getMessage());
      }
      if (t instanceof NumberFormatException && fromJsonParser(t)) {
        return Optional.of(
            "The body is not valid JSON: it holds a number too large to read (its exponent is out"
                + " of range)");
      }
      if (t.getClass() == RuntimeException.class && fromJsonParser(t)) {
        return Optional.of(
            "The body is not valid JSON: it is nested too deeply to read (" + t.getMessage() + ")");
      }
    }
    return Optional.empty();
  }

  private static boolean fromJsonParser(Throwable t) {
    for (StackTraceElement frame : t.getStackTrace()) {
      String name = frame.getClassName();
      if (name.startsWith("org.eclipse.parsson.Json")
          && (name.contains("Parser") || name.contains("Tokenizer") || name.contains("Reader"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The clean refusal while the database cannot be reached: {@code 503} with {@code Retry-After}.
   * The request's transaction did not commit, so nothing of it was stored and it may be sent again
   * as it was.
   */
  static Response databaseUnavailable() {
    return ApiError.response(
            Response.Status.SERVICE_UNAVAILABLE,
            "The database cannot be reached right now, so nothing was done; try again in "
                + DatabaseUnavailable.RETRY_AFTER_SECONDS
                + " seconds.",
            List.of())
        .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
        .build();
  }

  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

    @Override
    public Response toResponse(RuntimeException e) {
      Optional<RequestBodyTooLargeException> tooLarge = tooLarge(e);
      if (tooLarge.isPresent()) {
        return ApiRequestFilter.tooLarge(tooLarge.get());
      }
      Throwable cause = e;
      while (cause.getCause() != null && cause.getCause() != cause) {
        if (cause instanceof InputRejectedException rejected) {
          return new InputRejected().toResponse(rejected);
        }
        cause = cause.getCause();
      }
      if (cause instanceof InputRejectedException rejected) {
        return new InputRejected().toResponse(rejected);
      }
      Optional<String> unreadable = unreadableJson(e);
      if (unreadable.isPresent()) {
        return ApiError.response(Response.Status.BAD_REQUEST, unreadable.get(), List.of()).build();
      }
      if (DatabaseUnavailable.isCauseOf(e)) {
        // not the application's fault, and it heals by itself: one line, no stack trace
        LOG.warning(() -> "An API call was refused: the database cannot be reached (" + e + ")");
        return databaseUnavailable();
      }
      LOG.log(Level.SEVERE, "Unexpected failure of an API call", e);
      return ApiError.response(
              Response.Status.INTERNAL_SERVER_ERROR,
              "The server could not complete the request; the log has the details.",
              List.of())
          .build();
    }
  }
}
