package org.joysurvey.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Respondents filling in the survey of every instrument (docs/benchmarks.md, "Respondents at
 * scale"). Each virtual user is one {@link Respondent}; the closed injection keeps a number of them
 * at work at once: {@code load.users} for {@code load.duration} seconds in mode {@code think}, or
 * concurrency raised step by step without think times in mode {@code saturation}. The figures go to
 * {@code load.output} ({@link LoadFigures}).
 */
public class RespondentsSimulation extends Simulation {

  private static final LoadSettings SETTINGS = LoadSettings.fromSystemProperties();
  private static final LoadFigures FIGURES = new LoadFigures();

  /** Invitation tokens, each used by one respondent; when none is left, the public link. */
  private static final ConcurrentLinkedQueue<String> TOKENS = new ConcurrentLinkedQueue<>();

  private final HttpProtocolBuilder protocol =
      http.baseUrl(SETTINGS.baseUrl())
          .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
          .acceptLanguageHeader("en")
          .userAgentHeader("joy-survey-load-test");

  private static Respondent respondent(Session session) {
    return session.get("respondent");
  }

  private static HttpRequestActionBuilder checked(HttpRequestActionBuilder request) {
    // 503 is the busy page: counted apart by the respondent, not a failure of the request
    return request.check(
        status().in(200, 503).saveAs("status"),
        bodyString().saveAs("body"),
        responseTimeInMillis().saveAs("millis"));
  }

  private static ChainBuilder request(String kind) {
    HttpRequestActionBuilder request =
        switch (kind) {
          case "GET" -> http("#{name}").get("#{url}");
          case "AJAX" ->
              http("#{name}")
                  .post("#{url}")
                  .header("Faces-Request", "partial/ajax")
                  .header("X-Requested-With", "XMLHttpRequest")
                  .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                  .body(StringBody(session -> session.getString("requestBody")));
          default ->
              http("#{name}")
                  .post("#{url}")
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .body(StringBody(session -> session.getString("requestBody")));
        };
    return exec(checked(request));
  }

  private final ChainBuilder step =
      exec(session -> {
            Respondent.Action action = respondent(session).upcoming();
            return session
                .removeAll("status", "body", "millis")
                .set("action", action)
                .set("name", action.name())
                .set("kind", action.kind())
                .set("url", action.url())
                .set("requestBody", action.body())
                .set("pause", action.pauseMillis());
          })
          .pause(session -> Duration.ofMillis(session.getLong("pause")))
          .doSwitch("#{kind}")
          .on(
              onCase("GET").then(request("GET")),
              onCase("AJAX").then(request("AJAX")),
              onCase("FORM").then(request("FORM")),
              onCase("LEAVE").then(exec(flushCookieJar())))
          .exec(
              session -> {
                Integer status = session.contains("status") ? session.getInt("status") : null;
                Long millis = session.contains("millis") ? session.getLong("millis") : null;
                respondent(session)
                    .handle(session.get("action"), status, session.getString("body"), millis);
                return session.markAsSucceeded();
              });

  private final ScenarioBuilder respondents =
      scenario("respondent")
          .exec(
              session -> {
                String token = Math.random() < SETTINGS.invitedShare() ? TOKENS.poll() : null;
                return session.set("respondent", new Respondent(SETTINGS, FIGURES, token));
              })
          .exec(asLongAs(session -> !respondent(session).done()).on(step));

  {
    if (Files.exists(SETTINGS.tokens())) {
      try {
        Files.readAllLines(SETTINGS.tokens()).stream()
            .map(String::strip)
            .filter(t -> !t.isEmpty())
            .forEach(TOKENS::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    setUp(respondents.injectClosed(injection())).protocols(protocol);
  }

  /**
   * Mode {@code think}: {@code load.users} at work for {@code load.duration} seconds. Mode {@code
   * saturation}: {@code load.startUsers}, then {@code load.stepUsers} more every step, each step
   * held {@code load.stepSeconds} after a 2 s ramp (LoadFigures cuts the figures by these times).
   */
  private static List<ClosedInjectionStep> injection() {
    if (!SETTINGS.mode().equals("saturation")) {
      return List.of(
          constantConcurrentUsers(SETTINGS.users())
              .during(Duration.ofSeconds(SETTINGS.durationSeconds())));
    }
    List<ClosedInjectionStep> steps = new ArrayList<>();
    for (int step = 0; step < SETTINGS.steps(); step++) {
      int users = SETTINGS.startUsers() + step * SETTINGS.stepUsers();
      if (step > 0) {
        steps.add(
            rampConcurrentUsers(users - SETTINGS.stepUsers())
                .to(users)
                .during(Duration.ofSeconds(LoadFigures.RAMP_SECONDS)));
      }
      steps.add(constantConcurrentUsers(users).during(Duration.ofSeconds(SETTINGS.stepSeconds())));
    }
    return steps;
  }

  @Override
  public void before() {
    FIGURES.started();
  }

  @Override
  public void after() {
    FIGURES.write(SETTINGS);
  }
}
