package org.joysurvey.cluster;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.joysurvey.web.FormNonce;

/**
 * One respondent filling in the public link's form of an edition with demographics and Mini-Z
 * (about you, burnout, the review) over plain HTTP, as PrimeFaces' ajax posts it from a browser,
 * with a cookie jar of their own. Respondent {@code number} gives answers no other respondent of a
 * test gives ({@link #answers()}), so that each stored response can be told apart.
 */
final class Respondent {

  static final List<String> AGE_BANDS =
      List.of("under-25", "25-35", "36-45", "46-55", "56-65", "65+");
  static final List<String> AGE_LABELS =
      List.of("Under 25", "25 to 35", "36 to 45", "46 to 55", "56 to 65", "Over 65");
  static final List<String> GENDERS =
      List.of("male", "female", "nonbinary", "self-describe", "prefer-not");

  /** How many respondents have answers of their own: every age band, gender and burnout level. */
  static final int DISTINCT = AGE_BANDS.size() * GENDERS.size() * 5;

  private static final Pattern VIEW_STATE =
      Pattern.compile("jakarta\\.faces\\.ViewState:0\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");
  private static final Pattern REDIRECT = Pattern.compile("<redirect url=\"([^\"]*)\"");
  private static final Pattern RESUME_CODE = Pattern.compile("id=\"resume-code\">([^<]+)<");

  /** How a press of "Submit my answers" ended, after following its redirect. */
  enum Outcome {
    /** the thank-you page: this submission stored the response */
    THANKS,
    /** "Already received": an earlier submission of this form had stored it */
    RECEIVED,
    /** "This page has expired": the instance that took the click had no copy of this form */
    EXPIRED,
    /** no answer from the server (the connection broke) or not the page the form leads to */
    FAILED
  }

  private final URI base;
  private final long edition;
  private final int number;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private String viewState = "stateless";

  /** The form's {@code primefaces.nonce}, as the last page that rendered the form gave it. */
  private String nonce = "";

  private String resumeCode;
  private URI redirectedTo;
  private String problem;

  Respondent(URI base, long edition, int number) {
    if (number < 0 || number >= DISTINCT) {
      throw new IllegalArgumentException("respondent " + number + " of at most " + DISTINCT);
    }
    this.base = base;
    this.edition = edition;
    this.number = number;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  String ageBand() {
    return AGE_BANDS.get(number % AGE_BANDS.size());
  }

  String ageLabel() {
    return AGE_LABELS.get(number % AGE_BANDS.size());
  }

  String gender() {
    return GENDERS.get(number / AGE_BANDS.size() % GENDERS.size());
  }

  int burnout() {
    return number / (AGE_BANDS.size() * GENDERS.size()) % 5 + 1;
  }

  /** The answers as the export shows them: age band, gender and burnout level. */
  String answers() {
    return ageBand() + "|" + gender() + "|" + burnout();
  }

  /** The export row's answers in the same form as {@link #answers()}. */
  static String answers(Map<String, String> exportedRow) {
    return exportedRow.get("demographics.age_band")
        + "|"
        + exportedRow.get("demographics.gender")
        + "|"
        + exportedRow.get("mini-z.burnout");
  }

  /** The first page, from the public link: a stateless view, no session yet. */
  void openTheLink() throws IOException {
    HttpResponse<String> page = get(base.resolve("survey.xhtml?edition=" + edition));
    expect(page, "Page 1 of 3");
  }

  /** Age band and gender, then Next: the session and the draft begin. */
  void answerAboutYou() throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("survey:items:0:choice", ageBand());
    fields.put("survey:items:1:choice", gender());
    HttpResponse<String> page = press("next", fields);
    expect(page, "Page 2 of 3");
    Matcher code = RESUME_CODE.matcher(page.body());
    if (code.find()) {
      resumeCode = code.group(1);
    }
  }

  /** The burnout level, then Next: the review, which is returned. */
  String answerBurnout() throws IOException {
    HttpResponse<String> page =
        press("next", Map.of("survey:items:0:choice", Integer.toString(burnout())));
    expect(page, "Please check your answers");
    return page.body();
  }

  /** "Submit my answers" on the review, and the page it leads to. */
  Outcome submit() {
    HttpResponse<String> reply;
    try {
      reply = press("submit", Map.of());
    } catch (IOException brokenConnection) {
      problem = "no answer to the submission: " + brokenConnection;
      return Outcome.FAILED;
    }
    Matcher redirect = REDIRECT.matcher(reply.body());
    if (reply.statusCode() != 200 || !redirect.find()) {
      problem = "the submission was answered " + reply.statusCode() + ": " + start(reply.body());
      return Outcome.FAILED;
    }
    String target = redirect.group(1).replace("&amp;", "&");
    redirectedTo = base.resolve(target.startsWith("/") ? target.substring(1) : target);
    return followRedirect();
  }

  /**
   * What a respondent does when the survey gave no answer: reload the page the submission led to if
   * that was what failed (a browser shows the error in place of that page), else press Submit again
   * on the review.
   */
  Outcome tryAgain() {
    return redirectedTo != null ? followRedirect() : submit();
  }

  private Outcome followRedirect() {
    HttpResponse<String> page;
    try {
      page = get(redirectedTo);
    } catch (IOException brokenConnection) {
      problem = "no answer from " + redirectedTo + ": " + brokenConnection;
      return Outcome.FAILED;
    }
    Outcome outcome = Outcome.FAILED;
    if (page.statusCode() == 200 && page.body().contains("id=\"thanks\"")) {
      outcome = Outcome.THANKS;
    } else if (page.statusCode() == 200 && page.body().contains("Already received")) {
      outcome = Outcome.RECEIVED;
    } else if (page.statusCode() == 200 && page.body().contains("id=\"expired\"")) {
      outcome = Outcome.EXPIRED;
    }
    if (outcome == Outcome.FAILED) {
      problem = redirectedTo + " answered " + page.statusCode() + ": " + start(page.body());
    } else {
      redirectedTo = null;
      problem = null;
    }
    return outcome;
  }

  /** Why the last step failed, for a test's message; null when it did not. */
  String problem() {
    return problem;
  }

  private static String start(String body) {
    return body.substring(0, Math.min(600, body.length()));
  }

  /**
   * The same respondent, cookies and form, talking to {@code other} (an instance's own address)
   * instead: the session cookie as the instance knows it, without the load balancer's prefix.
   */
  Respondent movedTo(URI other) {
    Respondent moved = new Respondent(other, edition, number);
    for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
      HttpCookie copy = (HttpCookie) cookie.clone();
      if (copy.getName().equals("JSESSIONID") && copy.getValue().contains("~")) {
        copy.setValue(copy.getValue().substring(copy.getValue().indexOf('~') + 1));
      }
      moved.cookies.getCookieStore().add(other, copy);
    }
    moved.viewState = viewState;
    moved.nonce = nonce;
    moved.resumeCode = resumeCode;
    return moved;
  }

  /** The resume code the draft's first save showed. */
  String resumeCode() {
    return resumeCode;
  }

  /**
   * The instance that holds this respondent's session, as the load balancer's cookie names it
   * ({@code a} or {@code b}; HAProxy prefixes the session id with it), or null before the first
   * post.
   */
  String instance() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .filter(value -> value.contains("~"))
        .map(value -> value.substring(0, value.indexOf('~')))
        .findFirst()
        .orElse(null);
  }

  private HttpResponse<String> press(String button, Map<String, String> answers)
      throws IOException {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", "survey:" + button);
    form.put("jakarta.faces.partial.execute", button.equals("submit") ? "survey:submit" : "survey");
    form.put("jakarta.faces.partial.render", "survey");
    form.put("survey:" + button, "survey:" + button);
    form.put("survey", "survey");
    form.put("edition", Long.toString(edition));
    form.putAll(answers);
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
    HttpResponse<String> reply =
        send(
            HttpRequest.newBuilder(base.resolve("survey.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .timeout(Duration.ofSeconds(90))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    Matcher state = VIEW_STATE.matcher(reply.body());
    if (reply.statusCode() == 200 && state.find()) {
      viewState = state.group(1);
    }
    return reply;
  }

  private HttpResponse<String> get(URI uri) throws IOException {
    return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(90)).GET().build());
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException {
    try {
      HttpResponse<String> reply =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      FormNonce.in(reply.body()).ifPresent(found -> nonce = found);
      return reply;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private void expect(HttpResponse<String> page, String text) throws IOException {
    if (page.statusCode() != 200 || !page.body().contains(text)) {
      throw new IOException(
          "respondent "
              + number
              + " expected \""
              + text
              + "\", got "
              + page.statusCode()
              + ": "
              + page.body().substring(0, Math.min(2000, page.body().length())));
    }
  }

  @Override
  public String toString() {
    return "respondent "
        + number
        + " ("
        + answers()
        + ", on "
        + instance()
        + (problem == null ? "" : "; " + problem)
        + ")";
  }
}
