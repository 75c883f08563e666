package org.joysurvey.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The respondent side under load, as plain HTTP clients see it: a first page that costs no session,
 * the busy page beyond the configured number of respondent requests at once (the tests' server runs
 * with {@code joy.respondents.max-concurrent=4} and a 100 ms queue, war/pom.xml), the admin API
 * answering meanwhile, and the resume-code guess limit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RespondentLoadIT {

  private static final Pattern VIEW_STATE =
      Pattern.compile("jakarta\\.faces\\.ViewState:0\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");

  @ArquillianResource private URL base;

  private ApiClient api;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("joy.test.war")));
  }

  @BeforeEach
  void client() {
    api = new ApiClient(base);
  }

  private long openLinkEdition() {
    return api.createOpenLinkEdition(
        "{\"year\":2022,\"title\":\"Load "
            + UUID.randomUUID()
            + "\",\"instruments\":[\"demographics\",\"mini-z\"],\"status\":\"open\"}");
  }

  private URI uri(String path) {
    return URI.create(base.toString().endsWith("/") ? base + path : base + "/" + path);
  }

  private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A button of the survey form pressed as PrimeFaces' ajax sends it, with the form's nonce. */
  private HttpRequest press(String button, long edition, String viewState, String nonce) {
    return press(button, edition, viewState, nonce, Map.of());
  }

  /** The same with answers in the form's fields. */
  private HttpRequest press(
      String button, long edition, String viewState, String nonce, Map<String, String> answers) {
    Map<String, String> form = new java.util.LinkedHashMap<>(answers);
    form.putAll(
        Map.of(
            "jakarta.faces.partial.ajax",
            "true",
            "jakarta.faces.source",
            "survey:" + button,
            "jakarta.faces.partial.execute",
            "survey",
            "jakarta.faces.partial.render",
            "survey",
            "survey:" + button,
            "survey:" + button,
            "survey",
            "survey",
            "edition",
            Long.toString(edition),
            "jakarta.faces.ViewState",
            viewState,
            FormNonce.PARAMETER,
            nonce));
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(uri("survey.xhtml"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Faces-Request", "partial/ajax")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static boolean setsSessionCookie(HttpResponse<?> reply) {
    return reply.headers().allValues("Set-Cookie").stream()
        .anyMatch(c -> c.startsWith("JSESSIONID="));
  }

  @Test
  void theFirstPageMakesNoSessionAndTheFirstPostStartsOneThatCarriesTheForm() {
    long id = openLinkEdition();
    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    HttpResponse<String> first =
        send(http, HttpRequest.newBuilder(uri("survey.xhtml?edition=" + id)).GET().build());
    assertEquals(200, first.statusCode());
    assertFalse(setsSessionCookie(first), "no session for a visitor: " + first.headers().map());
    assertTrue(first.body().contains("Page 1 of 3"), first.body());
    assertTrue(first.body().contains("value=\"stateless\""), "a stateless view");
    String nonce = FormNonce.in(first.body()).orElseThrow();

    HttpResponse<String> next = send(http, press("next", id, "stateless", nonce));
    assertEquals(200, next.statusCode());
    assertTrue(setsSessionCookie(next), "the first post starts the session");
    assertTrue(next.body().contains("Page 2 of 3"), next.body());
    assertTrue(next.body().contains("id=\"resume-code\""), "the draft is saved: its resume code");
    Matcher state = VIEW_STATE.matcher(next.body());
    assertTrue(state.find(), next.body());
    assertNotEquals("stateless", state.group(1), "the server keeps the view from now on");

    HttpResponse<String> back =
        send(http, press("back", id, state.group(1), FormNonce.in(next.body()).orElseThrow()));
    assertEquals(200, back.statusCode());
    assertTrue(back.body().contains("Page 1 of 3"), back.body());
    assertFalse(back.body().contains("expired"), back.body());
  }

  @Test
  void aSubmissionSentAgainAfterItWasStoredLeadsToAlreadyReceived() {
    // what a respondent's second press of Submit looks like to the server when the first was
    // stored but its answer never arrived (in a cluster: the instance died as it answered): the
    // view's form is gone with its view scope, its state is still in the session
    long id = openLinkEdition();
    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> first =
        send(http, HttpRequest.newBuilder(uri("survey.xhtml?edition=" + id)).GET().build());
    HttpResponse<String> second =
        send(http, press("next", id, "stateless", FormNonce.in(first.body()).orElseThrow()));
    assertTrue(second.body().contains("Page 2 of 3"), second.body());
    Matcher state = VIEW_STATE.matcher(second.body());
    assertTrue(state.find(), second.body());
    HttpResponse<String> review =
        send(
            http,
            press(
                "next",
                id,
                state.group(1),
                FormNonce.in(second.body()).orElseThrow(),
                Map.of("survey:items:0:choice", "3")));
    assertTrue(review.body().contains("Please check your answers"), review.body());
    Matcher reviewState = VIEW_STATE.matcher(review.body());
    assertTrue(reviewState.find(), review.body());
    String nonce = FormNonce.in(review.body()).orElseThrow();

    HttpResponse<String> submitted = send(http, press("submit", id, reviewState.group(1), nonce));
    assertTrue(
        submitted.body().contains("<redirect url=\"") && submitted.body().contains("thanks"),
        submitted.body());
    HttpResponse<String> again = send(http, press("submit", id, reviewState.group(1), nonce));
    assertEquals(200, again.statusCode());
    assertTrue(
        again.body().contains("<redirect url=\"") && again.body().contains("received.xhtml"),
        "a redirect to the page that says the answers were received, not an update with"
            + " nothing to show: "
            + again.body());
    assertEquals(1, api.get("api/admin/editions/" + id, true).json().getInt("responses"));
  }

  @Test
  void aFloodBeyondTheLimitGetsTheBusyPageWhileTheAdminApiAnswers() throws Exception {
    long id = openLinkEdition();
    int visitors = 64;
    HttpClient http = HttpClient.newHttpClient();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(visitors + 4);
    try {
      List<Future<HttpResponse<String>>> visits = new ArrayList<>();
      for (int i = 0; i < visitors; i++) {
        visits.add(
            pool.submit(
                () -> {
                  start.await();
                  return send(
                      http,
                      HttpRequest.newBuilder(uri("survey.xhtml?edition=" + id)).GET().build());
                }));
      }
      List<Future<ApiClient.Reply>> admin = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        admin.add(
            pool.submit(
                () -> {
                  start.await();
                  return api.get("api/admin/editions/" + id, true);
                }));
      }
      start.countDown();

      int served = 0;
      int busy = 0;
      for (Future<HttpResponse<String>> visit : visits) {
        HttpResponse<String> reply = visit.get();
        if (reply.statusCode() == 200) {
          served++;
          assertTrue(reply.body().contains("Page 1 of 3"), reply.body());
        } else {
          assertEquals(503, reply.statusCode(), "busy, never an error: " + reply.body());
          busy++;
          assertEquals("60", reply.headers().firstValue("Retry-After").orElse(null));
          assertTrue(reply.body().contains("Your answers are saved"), reply.body());
          assertTrue(reply.body().contains("try again in a minute"), reply.body());
        }
      }
      assertTrue(busy > 0, "64 visits at once, 4 served at a time: some get the busy page");
      assertTrue(served >= 4, "the limit's worth of visits is served: " + served);
      for (Future<ApiClient.Reply> reply : admin) {
        assertEquals(200, reply.get().status(), "the admin API is outside the limit");
      }
    } finally {
      pool.shutdownNow();
    }
    HttpResponse<String> after =
        send(http, HttpRequest.newBuilder(uri("survey.xhtml?edition=" + id)).GET().build());
    assertEquals(200, after.statusCode(), "once the flood has passed, the page is served again");
  }

  @Test
  void resumeCodesBeyondTheGuessLimitAreRefusedWith429() {
    long id = openLinkEdition();
    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    // a real draft and its code, which the limit will refuse too
    HttpResponse<String> first =
        send(http, HttpRequest.newBuilder(uri("survey.xhtml?edition=" + id)).GET().build());
    HttpResponse<String> next =
        send(http, press("next", id, "stateless", FormNonce.in(first.body()).orElseThrow()));
    Matcher code = Pattern.compile("id=\"resume-code\">([^<]+)<").matcher(next.body());
    assertTrue(code.find(), next.body());
    String realCode = code.group(1);

    // the guesses come from an address of their own (the tests' server reads it from
    // X-Joy-Test-Client, as a load balancer's X-Forwarded-For), so that the other test classes
    // on this database, all from 127.0.0.1, are not refused for them; one per edition, so that a
    // run again within the window starts from nothing
    String address = "2001:db8::" + Long.toHexString(id);
    HttpClient guesser = HttpClient.newHttpClient();
    for (int i = 0; i < 10; i++) {
      HttpResponse<String> wrong =
          send(
              guesser,
              HttpRequest.newBuilder(
                      uri("survey.xhtml?edition=" + id + "&resume=AAAA-AAAA-AAAA-AA" + (10 + i)))
                  .header("X-Joy-Test-Client", "10.9.9.9, " + address)
                  .GET()
                  .build());
      assertEquals(200, wrong.statusCode());
      assertTrue(wrong.body().contains("There is no survey at this address"), wrong.body());
    }
    HttpResponse<String> refused =
        send(
            guesser,
            HttpRequest.newBuilder(uri("survey.xhtml?edition=" + id + "&resume=" + realCode))
                .header("X-Joy-Test-Client", address)
                .GET()
                .build());
    assertEquals(429, refused.statusCode(), "the eleventh code within the window is not read");
    HttpResponse<String> elsewhere =
        send(
            http,
            HttpRequest.newBuilder(uri("survey.xhtml?edition=" + id + "&resume=" + realCode))
                .header("X-Joy-Test-Client", "2001:db8:1::" + Long.toHexString(id))
                .GET()
                .build());
    assertEquals(200, elsewhere.statusCode(), "another address is not refused for those guesses");
    assertTrue(elsewhere.body().contains("Welcome back"), elsewhere.body());
    assertNotNull(refused.headers().firstValue("Retry-After").orElse(null));
    assertTrue(refused.body().contains("Too many resume codes were tried"), refused.body());
    assertFalse(refused.body().contains("Welcome back"), "not even the right code is read");
  }
}
