package org.joysurvey.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.joysurvey.processes.PayaraMicroProcess;
import org.joysurvey.processes.TemporaryPostgres;
import org.joysurvey.web.ApiClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped for about fifteen seconds and started again while one instance is under a
 * steady load of admin API reads, survey page visits and respondents' submissions (issue 12): every
 * request gets an answer, either served or a clean refusal ({@code 503} with {@code Retry-After},
 * never a {@code 500}); the same instance serves everything again once the database is back,
 * without a restart of its own; and every submission is stored exactly once: those answered 2xx are
 * stored, those refused are not, and the respondent's retry of a refused one stores it once.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class DatabaseRestartIT {

  private static final String PASSWORD = "faults-admin-secret";
  private static final String MARKER_ITEM = "covid19-impact.consequences";

  /**
   * Longer than EclipseLink's retries of a read that lost its connection (two more attempts, five
   * seconds apart: its default), so that requests are refused within the outage, not only served
   * after it.
   */
  private static final Duration OUTAGE = Duration.ofSeconds(15);

  private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(90);

  @TempDir Path work;

  @BeforeAll
  static void onlyWhereTheTestsStartTheirOwnServers() {
    ProcessTests.requireOwnServers();
  }

  private enum Kind {
    ADMIN_READ,
    SURVEY_PAGE,
    SUBMISSION
  }

  /** One request and what came back: a status, or no answer at all ({@code status} 0). */
  private record Outcome(
      Kind kind, Instant sent, Instant answered, int status, String retryAfter, String body) {

    boolean served() {
      return status >= 200 && status < 300;
    }

    boolean cleanlyRefused() {
      return status == 503 && retryAfter != null;
    }

    @Override
    public String toString() {
      return kind
          + " sent "
          + sent
          + " answered "
          + status
          + (retryAfter == null ? "" : " Retry-After " + retryAfter)
          + ": "
          + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
    }
  }

  @Test
  void
      theDatabaseRestartedUnderLoadGetsCleanRefusalsThenTheSameInstanceServesAgainAndNothingIsStoredTwice()
          throws Exception {
    try (TemporaryPostgres postgres = TemporaryPostgres.start();
        PayaraMicroProcess instance =
            PayaraMicroProcess.start(
                PayaraMicroProcess.Options.alone(
                    "instance",
                    Map.of(
                        "joy.db.url",
                        postgres.jdbcUrl(),
                        "joy.data.dir",
                        work.resolve("data").toString(),
                        "joy.demo",
                        "false",
                        "joy.admin.password",
                        PASSWORD)),
                work)) {
      ApiClient api = new ApiClient(instance.url(), PASSWORD);
      long edition =
          api.createOpenLinkEdition(
              "{\"year\":2022,\"title\":\"Database restart\",\"instruments\":[\"mini-z\","
                  + "\"covid19-impact\"],\"status\":\"open\"}");
      long pid = instance.pid();
      Load load = new Load(instance.base(), edition);

      List<Future<?>> workers = new ArrayList<>();
      ExecutorService pool = Executors.newFixedThreadPool(3);
      Instant stopped;
      Instant starting;
      Instant started;
      Instant recovered;
      FormRespondent.Outcome refusedSubmit;
      FormRespondent.Outcome retriedSubmit;
      try {
        workers.add(pool.submit(() -> load.run(Kind.ADMIN_READ)));
        workers.add(pool.submit(() -> load.run(Kind.SURVEY_PAGE)));
        workers.add(pool.submit(() -> load.run(Kind.SUBMISSION)));
        FormRespondent respondent = new FormRespondent(instance.base());
        FormRespondent.Outcome review = respondent.reachReview(edition);
        assertTrue(review.thanked(), "the review page before the outage: " + review);
        Thread.sleep(5_000);
        postgres.stop();
        stopped = Instant.now();
        // the survey's buttons are ajax: a submission that fails is led to the page that says so
        refusedSubmit = respondent.submit(edition, review.body());
        Thread.sleep(
            Math.max(0, OUTAGE.toMillis() - Duration.between(stopped, Instant.now()).toMillis()));
        starting = Instant.now();
        postgres.startServer();
        started = Instant.now();
        recovered = load.awaitEveryKindServedAfter(started, RECOVERY_LIMIT, instance);
        // the respondent presses Submit again, on the same page
        retriedSubmit = respondent.submit(edition, review.body());
        Thread.sleep(5_000);
      } finally {
        load.stop();
        pool.shutdown();
      }
      for (Future<?> worker : workers) {
        worker.get(2, TimeUnit.MINUTES);
      }
      List<Outcome> outcomes = load.outcomes();
      System.out.printf(
          "[DatabaseRestartIT] %d requests; during the outage %s; served again %d ms after the"
              + " start%n",
          outcomes.size(),
          summary(outcomes, o -> o.answered().isAfter(stopped) && o.answered().isBefore(started)),
          Duration.between(started, recovered).toMillis());

      // every request in order, for a failure's message
      String timeline =
          outcomes.stream()
              .map(
                  o ->
                      String.format(
                          "%-11s sent %+6d ms after the stop, took %5d ms: %d",
                          o.kind(),
                          Duration.between(stopped, o.sent()).toMillis(),
                          Duration.between(o.sent(), o.answered()).toMillis(),
                          o.status()))
              .collect(Collectors.joining("\n", "\n", "\n"));
      for (Outcome o : outcomes) {
        assertTrue(
            o.served() || o.cleanlyRefused(),
            "served or refused with 503 and Retry-After, never an error: " + o + timeline);
      }
      for (Kind kind : Kind.values()) {
        assertTrue(
            outcomes.stream().anyMatch(o -> o.kind() == kind && o.cleanlyRefused()),
            kind + " refused cleanly while the database was down:" + timeline);
      }
      for (Outcome o : outcomes) {
        if (o.answered().isAfter(stopped) && o.answered().isBefore(starting)) {
          assertTrue(o.cleanlyRefused(), "nothing is served without the database: " + o + timeline);
        }
      }
      for (Outcome o : outcomes.stream().filter(Outcome::cleanlyRefused).toList()) {
        if (o.kind() == Kind.SURVEY_PAGE) {
          assertTrue(o.body().contains("Unavailable for a moment"), o.toString());
        } else {
          assertTrue(o.body().contains("The database cannot be reached"), o.toString());
        }
      }
      assertTrue(
          outcomes.stream().filter(o -> o.sent().isAfter(recovered)).allMatch(Outcome::served),
          "once served again, everything is: "
              + outcomes.stream().filter(o -> o.sent().isAfter(recovered)).toList());
      assertEquals(200, refusedSubmit.status(), refusedSubmit.toString());
      assertTrue(
          refusedSubmit.body().contains("<redirect url=\"/unavailable.html\""),
          "the ajax submission is redirected to the unavailable page: " + refusedSubmit);
      assertTrue(retriedSubmit.thanked(), "the same submission, pressed again: " + retriedSubmit);
      assertTrue(instance.isAlive());
      assertEquals(pid, instance.pid(), "the same instance, never restarted");

      // every submission was answered 2xx in the end (refused ones were retried): each once
      List<String> stored =
          api.exportedRows(edition).stream().map(row -> row.get(MARKER_ITEM)).toList();
      Map<String, Long> times =
          stored.stream()
              .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      List<String> acknowledged = load.acknowledgedMarkers();
      assertTrue(acknowledged.size() > 5, "submissions were made: " + acknowledged.size());
      for (String marker : acknowledged) {
        assertEquals(1L, times.getOrDefault(marker, 0L), "stored exactly once: " + marker);
      }
      assertEquals(
          1L,
          stored.stream().filter(marker -> marker == null || marker.isEmpty()).count(),
          "the form's submission, refused and pressed again, is stored once");
      assertEquals(
          acknowledged.size() + 1, stored.size(), "nothing stored that was not acknowledged");
      assertTrue(load.unfinishedMarkers().isEmpty(), "every refused submission was retried");
    }
  }

  private static String summary(
      List<Outcome> outcomes, java.util.function.Predicate<Outcome> which) {
    return outcomes.stream()
        .filter(which)
        .collect(Collectors.groupingBy(o -> o.kind() + "=" + o.status(), Collectors.counting()))
        .toString();
  }

  /** The load: one thread per kind of request, each sending its next request when one returns. */
  private static final class Load {

    private final URI base;
    private final long edition;
    private final HttpClient http =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String credentials =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
    private final List<String> unfinished = Collections.synchronizedList(new ArrayList<>());

    Load(String base, long edition) {
      this.base = URI.create(base);
      this.edition = edition;
    }

    void run(Kind kind) {
      String marker = null;
      // bounded: a minute and a half of outage and recovery is far more than the test needs
      Instant end = Instant.now().plus(Duration.ofMinutes(4));
      while (!stopping.get() && Instant.now().isBefore(end)) {
        if (kind == Kind.SUBMISSION && marker == null) {
          marker = "marker-" + UUID.randomUUID();
        }
        Outcome outcome = send(kind, request(kind, marker));
        outcomes.add(outcome);
        if (kind == Kind.SUBMISSION && outcome.served()) {
          acknowledged.add(marker);
          marker = null; // a refused one is sent again as it was: the respondent's retry
        }
        pause(outcome.served() ? 100 : 300);
      }
      if (marker != null) {
        unfinished.add(marker);
      }
    }

    private HttpRequest request(Kind kind, String marker) {
      HttpRequest.Builder builder = HttpRequest.newBuilder().timeout(Duration.ofSeconds(30));
      return switch (kind) {
        case ADMIN_READ ->
            builder
                .uri(base.resolve("api/admin/editions/" + edition))
                .header("Authorization", credentials)
                .GET()
                .build();
        case SURVEY_PAGE -> builder.uri(base.resolve("survey.xhtml?edition=" + edition)).build();
        case SUBMISSION ->
            builder
                .uri(base.resolve("api/admin/editions/" + edition + "/responses"))
                .header("Authorization", credentials)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"mini-z.burnout\":2,\"" + MARKER_ITEM + "\":\"" + marker + "\"}"))
                .build();
      };
    }

    private Outcome send(Kind kind, HttpRequest request) {
      Instant sent = Instant.now();
      try {
        HttpResponse<String> reply =
            http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Outcome(
            kind,
            sent,
            Instant.now(),
            reply.statusCode(),
            reply.headers().firstValue("Retry-After").orElse(null),
            reply.body());
      } catch (IOException e) {
        return new Outcome(kind, sent, Instant.now(), 0, null, "no answer: " + e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Outcome(kind, sent, Instant.now(), 0, null, "interrupted");
      }
    }

    /**
     * The first moment after {@code after} from which every kind of request has been served, or a
     * failure once {@code limit} has passed.
     */
    Instant awaitEveryKindServedAfter(Instant after, Duration limit, PayaraMicroProcess instance) {
      Instant deadline = after.plus(limit);
      while (Instant.now().isBefore(deadline)) {
        List<Outcome> snapshot;
        synchronized (outcomes) {
          snapshot = new ArrayList<>(outcomes);
        }
        Instant latestFirstServed = null;
        boolean all = true;
        for (Kind kind : Kind.values()) {
          Instant first =
              snapshot.stream()
                  .filter(o -> o.kind() == kind && o.sent().isAfter(after) && o.served())
                  .map(Outcome::sent)
                  .min(Instant::compareTo)
                  .orElse(null);
          if (first == null) {
            all = false;
            break;
          }
          latestFirstServed =
              latestFirstServed == null || first.isAfter(latestFirstServed)
                  ? first
                  : latestFirstServed;
        }
        if (all) {
          return latestFirstServed;
        }
        pause(250);
      }
      throw new AssertionError(
          "not served again within "
              + limit
              + " of the database's start; the last answers: "
              + outcomes.subList(Math.max(0, outcomes.size() - 6), outcomes.size())
              + "\n"
              + instance.tail());
    }

    void stop() {
      stopping.set(true);
    }

    List<Outcome> outcomes() {
      synchronized (outcomes) {
        return List.copyOf(outcomes);
      }
    }

    List<String> acknowledgedMarkers() {
      synchronized (acknowledged) {
        return List.copyOf(acknowledged);
      }
    }

    List<String> unfinishedMarkers() {
      synchronized (unfinished) {
        return List.copyOf(unfinished);
      }
    }

    private static void pause(long millis) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
