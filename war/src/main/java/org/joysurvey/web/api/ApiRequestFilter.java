package org.joysurvey.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What every API request passes before any resource sees it (docs/security.md):
 *
 * <ul>
 *   <li><b>No cross-site requests that change state.</b> The API takes HTTP Basic, which a browser
 *       sends again by itself once the user has typed it, so a page of another site could post to
 *       the API with the user's credentials. A browser sends such a request without asking first (a
 *       CORS preflight) only with the content types of an HTML form: {@code
 *       application/x-www-form-urlencoded}, {@code multipart/form-data} and {@code text/plain}. No
 *       endpoint takes them (they take {@code application/json} or {@code text/csv}), so a POST,
 *       PUT, PATCH or DELETE with one is refused with 415 before routing, also on endpoints without
 *       a body. Any other content type makes the browser ask first, and the API allows no other
 *       origin. A request the browser itself marks as coming from another site ({@code
 *       Sec-Fetch-Site: cross-site} or {@code same-site}, e.g. a {@code fetch} without a body) is
 *       refused with 403.
 *   <li><b>A limit on the body</b> ({@link RequestBodyLimit}): 413 when the Content-Length is over
 *       it, and the body stops being read (413 again) once a body without one passes it.
 * </ul>
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class ApiRequestFilter implements ContainerRequestFilter {

  /** The content types a cross-site HTML form (or a simple {@code fetch}) can send. */
  static final Set<String> FORM_TYPES =
      Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

  private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final RequestBodyLimit limit;

  public ApiRequestFilter() {
    this(
        RequestBodyLimit.parse(
            ConfigProvider.getConfig()
                .getOptionalValue(RequestBodyLimit.PROPERTY, String.class)
                .orElse(null)));
  }

  ApiRequestFilter(RequestBodyLimit limit) {
    this.limit = limit;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Optional<Refusal> refusal =
        refusal(
            request.getMethod(),
            request.getHeaderString(HttpHeaders.CONTENT_TYPE),
            request.getHeaderString("Sec-Fetch-Site"));
    if (refusal.isPresent()) {
      request.abortWith(
          ApiError.response(refusal.get().status(), refusal.get().message(), List.of()).build());
      return;
    }
    if (limit.refusesLength(contentLength(request.getHeaderString(HttpHeaders.CONTENT_LENGTH)))) {
      request.abortWith(tooLarge(limit.tooLarge()));
      return;
    }
    if (request.hasEntity()) {
      request.setEntityStream(limit.limit(request.getEntityStream()));
    }
  }

  /** Why a request is refused before routing: the status and the error message. */
  record Refusal(Response.Status status, String message) {}

  /** The refusal of a request with this method and these headers; empty to let it through. */
  static Optional<Refusal> refusal(String method, String contentType, String fetchSite) {
    if (!STATE_CHANGING.contains(method.toUpperCase(Locale.ROOT))) {
      return Optional.empty();
    }
    if (fetchSite != null
        && (fetchSite.equalsIgnoreCase("cross-site") || fetchSite.equalsIgnoreCase("same-site"))) {
      return Optional.of(
          new Refusal(
              Response.Status.FORBIDDEN,
              "The API does not take requests that change data from the pages of another site"
                  + " (Sec-Fetch-Site: "
                  + fetchSite
                  + ")."));
    }
    String type = baseType(contentType);
    if (type != null && FORM_TYPES.contains(type)) {
      return Optional.of(
          new Refusal(
              Response.Status.UNSUPPORTED_MEDIA_TYPE,
              "The API does not take "
                  + type
                  + " (what an HTML form sends): send "
                  + MediaType.APPLICATION_JSON
                  + ", or text/csv to the CSV imports, as docs/api.md describes."));
    }
    return Optional.empty();
  }

  /**
   * The announced length, read as a long: {@code ContainerRequestContext.getLength()} is an int and
   * says -1 (unknown) for a body over 2 GiB, which would then be read up to the limit first. -1 for
   * none or one that is not a number (the container refuses those itself).
   */
  static long contentLength(String header) {
    if (header == null) {
      return -1;
    }
    try {
      return Long.parseLong(header.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** {@code text/plain} of {@code Text/Plain; charset=UTF-8}; null for none. */
  static String baseType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  static Response tooLarge(RequestBodyTooLargeException e) {
    return ApiError.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage(), List.of())
        .build();
  }
}
