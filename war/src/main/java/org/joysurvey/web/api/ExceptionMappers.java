package org.joysurvey.web.api;

import jakarta.json.JsonException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
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
  public static class MalformedJson implements ExceptionMapper<JsonException> {
    @Override
    public Response toResponse(JsonException e) {
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

  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

    @Override
    public Response toResponse(RuntimeException e) {
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
      LOG.log(Level.SEVERE, "Unexpected failure of an API call", e);
      return ApiError.response(
              Response.Status.INTERNAL_SERVER_ERROR,
              "The server could not complete the request; the log has the details.",
              List.of())
          .build();
    }
  }
}
