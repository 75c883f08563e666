package org.joysurvey.web.load;

import jakarta.inject.Inject;
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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Overload degrades, never breaks: at most {@link RespondentLimits#maxConcurrent} respondent
 * requests (the survey, thank-you, received and expired pages) are served at once; a few more wait
 * up to {@link RespondentLimits#queueWaitMillis} for their turn, and the rest get the busy page at
 * once: {@code 503} with {@code Retry-After} and the text of {@code busy.html} ("your answers are
 * saved, try again in a minute"). An ajax post of the form (Next, Back, an answer that shows or
 * hides others) gets the redirect to {@code busy.html} that JSF's ajax understands instead.
 *
 * <p>A refused request is refused before anything of it runs, so it leaves no half-written draft or
 * response; an admitted one runs in its transactions as always. The admin pages, the API and the
 * static resources are outside this filter and stay usable. Nothing is counted per address.
 */
@WebFilter(
    filterName = "RespondentLoadFilter",
    urlPatterns = {"/survey.xhtml", "/thanks.xhtml", "/received.xhtml", "/expired.xhtml"})
public class RespondentLoadFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(RespondentLoadFilter.class.getName());

  /** Requests that may wait for a turn, per permit: a short queue, not a second server. */
  private static final int WAITING_PER_PERMIT = 2;

  @Inject private transient RespondentLimits limits;

  private transient Semaphore permits;
  private final AtomicInteger waiting = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();
  private transient byte[] busyPage;

  @Override
  public void init() {
    permits = new Semaphore(limits.maxConcurrent(), true);
    try (InputStream in = getServletContext().getResourceAsStream("/busy.html")) {
      busyPage = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LOG.info(
        () ->
            "Respondent requests at once: "
                + limits.maxConcurrent()
                + ", waiting at most "
                + limits.queueWaitMillis()
                + " ms");
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!admit()) {
      refuse(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      permits.release();
    }
  }

  private boolean admit() {
    if (permits.tryAcquire()) {
      return true;
    }
    if (waiting.incrementAndGet() > limits.maxConcurrent() * WAITING_PER_PERMIT) {
      waiting.decrementAndGet();
      return false;
    }
    try {
      return permits.tryAcquire(limits.queueWaitMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      waiting.decrementAndGet();
    }
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    int count = refused.incrementAndGet();
    if (count == 1 || count % 1000 == 0) {
      LOG.warning(
          () ->
              "Busy: "
                  + count
                  + " respondent requests answered with the busy page since the start"
                  + " (joy.respondents.max-concurrent = "
                  + limits.maxConcurrent()
                  + ")");
    }
    response.setHeader("Retry-After", Integer.toString(limits.retryAfterSeconds()));
    response.setHeader("Cache-Control", "no-store");
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // JSF's ajax reads only a 200 partial response; a redirect shows the busy page
      response.setContentType("text/xml");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + request.getContextPath()
                  + "/busy.html\"/></partial-response>");
      return;
    }
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(busyPage.length);
    response.getOutputStream().write(busyPage);
  }
}
