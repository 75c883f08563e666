package org.joysurvey.web.outage;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.joysurvey.availability.DatabaseUnavailable;

/**
 * A page request that failed because the database cannot be reached gets {@code 503} with {@code
 * Retry-After} and {@code unavailable.html} ("try again in a minute; nothing was half-stored"), not
 * the {@code 500} error page: the failure is not the application's, and the same request works once
 * the database is back. Other failures pass on unchanged, and so does one whose response has
 * already begun (its status is sent). The API answers its own 503 in JSON ({@code
 * ExceptionMappers}); ajax requests of the pages, which Faces answers itself, are redirected to the
 * page by {@link DatabaseOutageExceptionHandlerFactory}.
 */
@WebFilter(filterName = "DatabaseOutageFilter", urlPatterns = "/*")
public class DatabaseOutageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

  /** The page, from the application's root. */
  static final String PAGE = "/unavailable.html";

  private transient byte[] page;

  @Override
  public void init() {
    try (InputStream in = getServletContext().getResourceAsStream(PAGE)) {
      page = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException e) {
      if (!DatabaseUnavailable.isCauseOf(e) || response.isCommitted()) {
        throw e;
      }
      LOG.warning(
          () ->
              "A page request was refused: the database cannot be reached ("
                  + request.getRequestURI()
                  + ": "
                  + e
                  + ")");
      response.reset();
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
      response.setHeader("Cache-Control", "no-store");
      response.setContentType("text/html");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setContentLength(page.length);
      response.getOutputStream().write(page);
    }
  }
}
