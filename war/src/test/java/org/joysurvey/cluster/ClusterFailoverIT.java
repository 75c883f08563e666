package org.joysurvey.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.joysurvey.web.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances in one Payara data grid on one PostgreSQL, behind HAProxy running
 * deploy/haproxy.cfg ({@link JoyCluster}), behave as one: sessions begun on one instance go on on
 * the other, kill -9 of an instance mid-form or mid-submit loses no response and stores none twice,
 * and the lock-outs, the resume-code guess limit and the background repack are counted or guarded
 * in the database for both. The servers start once for the class; a test that kills an instance
 * leaves it to the next one's {@link JoyCluster#bothRunning()} to start it again, so the killing
 * tests come last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT {

  private static final int RESPONDENTS = 12;

  private static JoyCluster cluster;

  private ApiClient api;

  @BeforeAll
  static void startTheCluster() {
    // failsafe's it-processes execution sets this; -Dit.test=ClusterFailoverIT also selects the
    // class in the executions that share one Arquillian server, where it has nothing to do
    assumeTrue(
        Boolean.getBoolean("joy.test.processes"),
        "runs in the it-processes execution, which starts its own servers");
    cluster = JoyCluster.start();
  }

  @AfterAll
  static void stopTheCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @BeforeEach
  void bothInstancesRunning() throws Exception {
    cluster.bothRunning();
    api = new ApiClient(cluster.balancer().toURL(), JoyCluster.ADMIN_PASSWORD);
  }

  private long openEdition(String title) {
    return api.createOpenLinkEdition(
        "{\"year\":2022,\"title\":\""
            + title
            + " "
            + UUID.randomUUID()
            + "\",\"instruments\":[\"demographics\",\"mini-z\"],\"status\":\"open\"}");
  }

  private List<Respondent> respondents(long edition, int count) {
    List<Respondent> respondents = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      respondents.add(new Respondent(cluster.balancer(), edition, i));
    }
    return respondents;
  }

  /** Runs {@code step} for every respondent at once and returns the results in their order. */
  private static <T> List<T> together(List<Respondent> respondents, Step<T> step) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(respondents.size());
    try {
      List<Future<T>> results = new ArrayList<>();
      for (Respondent respondent : respondents) {
        results.add(pool.submit(() -> step.run(respondent)));
      }
      List<T> values = new ArrayList<>();
      for (Future<T> result : results) {
        values.add(result.get());
      }
      return values;
    } finally {
      pool.shutdownNow();
    }
  }

  private interface Step<T> {
    T run(Respondent respondent) throws Exception;
  }

  /** The instance that holds the sessions of most of the respondents. */
  private static String busiest(List<Respondent> respondents) {
    Map<String, Long> perInstance =
        respondents.stream()
            .collect(Collectors.groupingBy(Respondent::instance, Collectors.counting()));
    return perInstance.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  /** The stored responses' answers, counted: each respondent's must appear exactly once. */
  private Map<String, Long> storedAnswers(long edition) throws Exception {
    return api.exportedRows(edition).stream()
        .collect(Collectors.groupingBy(Respondent::answers, Collectors.counting()));
  }

  private static Map<String, Long> onceEach(Collection<Respondent> respondents) {
    return respondents.stream()
        .collect(Collectors.groupingBy(Respondent::answers, Collectors.counting()));
  }

  @Test
  @Order(1)
  void aSessionBegunOnOneInstanceIsCarriedOnByTheOther() throws Exception {
    long edition = openEdition("Replication");
    Respondent respondent = respondents(edition, 1).get(0);
    respondent.openTheLink();
    respondent.answerAboutYou();
    String began = respondent.instance();
    assertNotNull(began, "the first post began a session, and HAProxy named its instance");

    // the same cookies and view state, sent past the load balancer to the other instance
    String other = began.equals("a") ? "b" : "a";
    Respondent elsewhere = respondent.movedTo(cluster.direct(other));
    String review = elsewhere.answerBurnout();
    assertTrue(
        review.contains("data-item=\"demographics.age_band\">" + respondent.ageLabel()),
        "the page answered on " + began + " is in the session on " + other + ": " + review);
    assertEquals(Respondent.Outcome.THANKS, elsewhere.submit());
    assertEquals(Map.of(respondent.answers(), 1L), storedAnswers(edition));
  }

  @Test
  @Order(2)
  void wrongPasswordsOnBothInstancesLockTheUserNameOnBoth() throws Exception {
    String name = "locked-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "a right password of the user";
    api.createUser(name, password, "analyst");
    ApiClient onA = new ApiClient(cluster.direct("a").toURL(), JoyCluster.ADMIN_PASSWORD);
    ApiClient onB = new ApiClient(cluster.direct("b").toURL(), JoyCluster.ADMIN_PASSWORD);
    // five failed logins lock a name (docs/security.md, V6): three here, two there
    for (int i = 0; i < 3; i++) {
      assertEquals(401, onA.getAs("api/admin/editions", name, "wrong " + i).status());
    }
    for (int i = 0; i < 2; i++) {
      assertEquals(401, onB.getAs("api/admin/editions", name, "wrong again " + i).status());
    }
    for (ApiClient instance : List.of(onA, onB)) {
      ApiClient.Reply locked = instance.getAs("api/admin/editions", name, password);
      assertEquals(401, locked.status(), "the right password while locked: " + locked.body());
      assertTrue(
          locked.json().getString("error").contains("too many failed attempts"), locked.body());
    }
  }

  @Test
  @Order(3)
  void wrongResumeCodesOnBothInstancesCountTowardsOneLimit() throws Exception {
    long edition = openEdition("Guesses");
    Respondent respondent = respondents(edition, 1).get(0);
    respondent.openTheLink();
    respondent.answerAboutYou();
    String realCode = respondent.resumeCode();
    assertNotNull(realCode, "the first save shows the resume code");

    // ten wrong codes per address within the window (docs/security.md): five on each instance,
    // from one address as HAProxy names it to them
    String address = "198.51.100." + (1 + (int) (edition % 250));
    HttpClient http = HttpClient.newHttpClient();
    Function<String, HttpRequest> guess =
        path -> HttpRequest.newBuilder(URI.create(path)).header("X-Forwarded-For", address).build();
    for (int i = 0; i < 10; i++) {
      URI instance = cluster.direct(i % 2 == 0 ? "a" : "b");
      HttpResponse<String> wrong =
          http.send(
              guess.apply(
                  instance
                      + "survey.xhtml?edition="
                      + edition
                      + "&resume=AAAA-AAAA-AAAA-AA"
                      + (10 + i)),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, wrong.statusCode());
      assertTrue(wrong.body().contains("There is no survey at this address"), wrong.body());
    }
    for (String name : List.of("a", "b")) {
      HttpResponse<String> refused =
          http.send(
              guess.apply(
                  cluster.direct(name) + "survey.xhtml?edition=" + edition + "&resume=" + realCode),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(429, refused.statusCode(), "the eleventh code is not read on " + name);
    }
  }

  @Test
  @Order(4)
  void twoInstancesAskedForOneReportRepackItsAnswersOnce() throws Exception {
    long edition = openEdition("Repack");
    StringBuilder responses = new StringBuilder("[");
    int count = 40;
    for (int i = 0; i < count; i++) {
      responses
          .append(i == 0 ? "" : ",")
          .append("{\"mini-z.burnout\":")
          .append(1 + i % 5)
          .append('}');
    }
    ApiClient.Reply stored =
        api.post(
            "api/admin/editions/" + edition + "/responses",
            "application/json",
            responses.append(']').toString());
    assertEquals(200, stored.status(), stored.body());
    // as after a plugin update that changed the questionnaire's layout: no answer is packed in
    // the current one, so the next report on each instance asks for a repack
    cluster
        .database()
        .query("update survey_response_packed set layout = 0 where edition_id = " + edition);

    String packedLine = "responses of edition " + edition + " for reports";
    try (Connection lock =
        DriverManager.getConnection(cluster.database().jdbcUrl(), "postgres", "")) {
      // the test holds the edition's row as a repack does, so that both instances' repacks are
      // asked for, and wait for it, before either can run
      lock.setAutoCommit(false);
      try (PreparedStatement statement =
          lock.prepareStatement("update edition set status = status where id = ?")) {
        statement.setLong(1, edition);
        statement.executeUpdate();
      }
      for (String name : List.of("a", "b")) {
        ApiClient instance = new ApiClient(cluster.direct(name).toURL(), JoyCluster.ADMIN_PASSWORD);
        assertEquals(200, instance.get("api/admin/editions/" + edition + "/report", true).status());
      }
      awaitWaitingForTheEditionLock(2);
      lock.commit();
    }
    for (String name : List.of("a", "b")) {
      cluster.instance(name).awaitLog(packedLine, Duration.ofMinutes(1));
    }
    List<Integer> packed = new ArrayList<>();
    Pattern line = Pattern.compile("Packed the answers of (\\d+) " + Pattern.quote(packedLine));
    for (String name : List.of("a", "b")) {
      Matcher matcher = line.matcher(cluster.instance(name).logSinceStart());
      while (matcher.find()) {
        packed.add(Integer.parseInt(matcher.group(1)));
      }
    }
    packed.sort(null);
    assertEquals(List.of(0, count), packed, "one instance repacked, the other found it done");
  }

  /** Waits until {@code count} sessions of the database wait for the lock of an edition's row. */
  private void awaitWaitingForTheEditionLock(int count) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
    String waiting =
        "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
            + " and query like 'update edition set status = status%'";
    while (!cluster.database().query(waiting).equals(Integer.toString(count))) {
      assertTrue(
          Instant.now().isBefore(deadline),
          "both instances' repacks should wait for the edition's lock");
      Thread.sleep(200);
    }
  }

  @Test
  @Order(5)
  void respondentsMidFormWhenTheirInstanceIsKilledFinishOnTheOther() throws Exception {
    long edition = openEdition("Mid-form");
    List<Respondent> respondents = respondents(edition, RESPONDENTS);
    together(
        respondents,
        respondent -> {
          respondent.openTheLink();
          respondent.answerAboutYou();
          return respondent.instance();
        });
    String killed = busiest(respondents);
    List<Respondent> onKilled =
        respondents.stream().filter(r -> r.instance().equals(killed)).toList();

    cluster.kill(killed);

    List<String> reviews = together(respondents, Respondent::answerBurnout);
    for (int i = 0; i < respondents.size(); i++) {
      assertTrue(
          reviews
              .get(i)
              .contains("data-item=\"demographics.age_band\">" + respondents.get(i).ageLabel()),
          respondents.get(i) + " finds the page answered before the kill: " + reviews.get(i));
    }
    List<Respondent.Outcome> outcomes = together(respondents, Respondent::submit);
    assertEquals(
        List.of(Respondent.Outcome.THANKS),
        outcomes.stream().distinct().toList(),
        "every respondent, " + onKilled.size() + " of them on " + killed + ", is thanked");
    assertEquals(onceEach(respondents), storedAnswers(edition), "one response each");
  }

  @Test
  @Order(6)
  void submissionsInFlightWhenAnInstanceIsKilledAreStoredOnceEach() throws Exception {
    long edition = openEdition("Mid-submit");
    List<Respondent> respondents = respondents(edition, RESPONDENTS);
    together(
        respondents,
        respondent -> {
          respondent.openTheLink();
          respondent.answerAboutYou();
          return respondent.answerBurnout();
        });
    String killed = busiest(respondents);

    // everyone presses Submit at once; the busiest instance is killed as the first answer comes
    // back, while the rest of the submissions are on their way or being stored
    ExecutorService pool = Executors.newFixedThreadPool(respondents.size());
    CountDownLatch firstAnswer = new CountDownLatch(1);
    List<Future<Respondent.Outcome>> first = new ArrayList<>();
    try {
      for (Respondent respondent : respondents) {
        first.add(
            pool.submit(
                () -> {
                  Respondent.Outcome outcome = respondent.submit();
                  firstAnswer.countDown();
                  return outcome;
                }));
      }
      firstAnswer.await();
      cluster.kill(killed);
      List<Respondent.Outcome> outcomes = new ArrayList<>();
      for (Future<Respondent.Outcome> outcome : first) {
        outcomes.add(outcome.get());
      }

      // whoever saw no answer tries again, as a respondent does: reloads the page the submission
      // led to, or presses Submit again if the submission itself got none
      List<Respondent> failed = new ArrayList<>();
      for (int i = 0; i < respondents.size(); i++) {
        if (outcomes.get(i) == Respondent.Outcome.FAILED) {
          failed.add(respondents.get(i));
        }
      }
      System.out.println(
          "ClusterFailoverIT: "
              + failed.size()
              + " of "
              + respondents.size()
              + " submissions failed when "
              + killed
              + " was killed: "
              + failed);
      Map<Respondent.Outcome, Long> secondPresses =
          new java.util.EnumMap<>(Respondent.Outcome.class);
      for (Respondent respondent : failed) {
        Respondent.Outcome again = respondent.tryAgain();
        assertTrue(
            again == Respondent.Outcome.THANKS || again == Respondent.Outcome.RECEIVED,
            respondent + " tries again on the other instance: " + again);
        secondPresses.merge(again, 1L, Long::sum);
      }
      // THANKS: the dying instance had not stored it; RECEIVED: it had, before it died
      System.out.println("ClusterFailoverIT: the second presses ended in " + secondPresses);
      for (int i = 0; i < respondents.size(); i++) {
        if (outcomes.get(i) != Respondent.Outcome.FAILED) {
          assertEquals(
              Respondent.Outcome.THANKS,
              outcomes.get(i),
              respondents.get(i) + ": only a second press can find its answers already in");
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(onceEach(respondents), storedAnswers(edition), "one response each");
  }
}
