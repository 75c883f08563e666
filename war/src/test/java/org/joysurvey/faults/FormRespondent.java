package org.joysurvey.faults;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.joysurvey.web.FormNonce;

/**
 * A respondent as plain HTTP: the public link, Next through every page as PrimeFaces' ajax sends it
 * (answering nothing, which the form allows), then "Submit my answers". No browser, so that a fault
 * test can run a few at once.
 */
final class FormRespondent {

  private static final Pattern VIEW_STATE =
      Pattern.compile("jakarta\\.faces\\.ViewState:0\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");

  /** What the last step answered; {@code thanked} when the submission led to thanks.xhtml. */
  record Outcome(boolean thanked, int status, String body) {}

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** The form's {@code primefaces.nonce}, as the last page rendered it. */
  private String nonce = "";

  FormRespondent(String base) {
    this.base = URI.create(base);
  }

  /** Goes through the edition's form and submits it; stops at the first reply that is not 200. */
  Outcome answer(long edition) throws IOException, InterruptedException {
    Outcome review = reachReview(edition);
    return review.thanked() ? submit(edition, review.body()) : review;
  }

  /**
   * The public link, then Next up to the review page; {@code thanked} here means the review page
   * was reached, and {@code body} is then its view state, for {@link #submit}.
   */
  Outcome reachReview(long edition) throws IOException, InterruptedException {
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(base.resolve("survey.xhtml?edition=" + edition))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build(),
            ofString());
    if (page.statusCode() != 200 || !page.body().contains("survey:next")) {
      return new Outcome(false, page.statusCode(), page.body());
    }
    String state = "stateless";
    nonce = FormNonce.in(page.body()).orElseThrow();
    for (int step = 0; step < 20; step++) {
      page = http.send(press("next", edition, state), ofString());
      nonce = FormNonce.in(page.body()).orElse(nonce);
      Matcher next = VIEW_STATE.matcher(page.body());
      if (page.statusCode() != 200 || !next.find()) {
        return new Outcome(false, page.statusCode(), page.body());
      }
      state = next.group(1);
      if (page.body().contains("survey:submit")) {
        return new Outcome(true, page.statusCode(), state);
      }
    }
    throw new AssertionError("no review page after 20 pages");
  }

  /** "Submit my answers" on the review page whose view state is {@code viewState}. */
  Outcome submit(long edition, String viewState) throws IOException, InterruptedException {
    HttpResponse<String> reply = http.send(press("submit", edition, viewState), ofString());
    return new Outcome(
        reply.statusCode() == 200 && reply.body().contains("thanks.xhtml"),
        reply.statusCode(),
        reply.body());
  }

  private static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
  }

  private HttpRequest press(String button, long edition, String viewState) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", "survey:" + button);
    form.put("jakarta.faces.partial.execute", button.equals("submit") ? "survey:submit" : "survey");
    form.put("jakarta.faces.partial.render", "survey");
    form.put("survey:" + button, "survey:" + button);
    form.put("survey", "survey");
    form.put("edition", Long.toString(edition));
    form.put("jakarta.faces.ViewState", viewState);
    form.put(FormNonce.PARAMETER, nonce);
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(base.resolve("survey.xhtml"))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Faces-Request", "partial/ajax")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }
}
