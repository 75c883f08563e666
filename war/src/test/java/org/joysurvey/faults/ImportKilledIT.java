package org.joysurvey.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.joysurvey.processes.PayaraMicroProcess;
import org.joysurvey.processes.TemporaryPostgres;
import org.joysurvey.web.ApiClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The only instance is killed with SIGKILL while it stores a 100,000-row CSV import (issue 12): an
 * instance started again on the same database finds nothing of that import, everything committed
 * before it intact, and the edition usable (an import, a respondent's submission, the report, the
 * export). On embedded H2 (a file in the data directory) and on PostgreSQL.
 *
 * <p>The kill comes only once the server is seen storing rows of the import: on PostgreSQL, a
 * transaction that has written to {@code survey_response} and not ended ({@code pg_stat_activity});
 * on H2, whose file only the server may open, the file growing by a megabyte or more while the body
 * is sent. The last rows of the file are held back until after the kill, so the import cannot have
 * committed first.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class ImportKilledIT {

  private static final String PASSWORD = "faults-admin-secret";
  private static final List<String> INSTRUMENTS = List.of("demographics", "mini-z");
  private static final int ROWS = 100_000;
  private static final int HELD_BACK_FROM = 95_000;
  private static final int STORED_BEFORE = 5;

  @TempDir Path work;

  @BeforeAll
  static void onlyWhereTheTestsStartTheirOwnServers() {
    ProcessTests.requireOwnServers();
  }

  /** How a test sees, from outside the server, that the import is being stored. */
  private interface StoringProbe {
    void beforeImport();

    boolean storing();

    /** After the kill, before the restart: what the database holds, where it can be asked. */
    void afterKill(long edition);
  }

  @Test
  void anImportKilledMidwayOnH2LeavesNothingOfItAndTheEditionUsable() throws Exception {
    Path data = work.resolve("data");
    Path file = data.resolve("joysurvey.mv.db");
    Map<String, String> properties = new HashMap<>(common());
    properties.put("joy.data.dir", data.toString());
    properties.put("h2.objectCache", "false");
    killDuringImport(
        properties,
        new StoringProbe() {
          private long sizeBefore;

          @Override
          public void beforeImport() {
            sizeBefore = size(file);
          }

          @Override
          public boolean storing() {
            // H2 writes what a transaction changes to the file about every second, committed or
            // not, and rolls back what was not committed when it opens the file again
            return size(file) > sizeBefore + 1024 * 1024;
          }

          @Override
          public void afterKill(long edition) {}
        });
  }

  @Test
  void anImportKilledMidwayOnPostgresqlLeavesNothingOfItAndTheEditionUsable() throws Exception {
    try (TemporaryPostgres postgres = TemporaryPostgres.start()) {
      Map<String, String> properties = new HashMap<>(common());
      properties.put("joy.data.dir", work.resolve("data").toString());
      properties.put("joy.db.url", postgres.jdbcUrl());
      killDuringImport(
          properties,
          new StoringProbe() {
            @Override
            public void beforeImport() {}

            @Override
            public boolean storing() {
              return Integer.parseInt(postgres.query(openImportTransactions())) > 0;
            }

            @Override
            public void afterKill(long edition) {
              // the server's connections closed with its process: PostgreSQL ends the transaction
              awaitTrue(
                  () -> Integer.parseInt(postgres.query(openImportTransactions())) == 0,
                  Duration.ofSeconds(60),
                  "PostgreSQL still holds the killed instance's import transaction");
              assertEquals(
                  Integer.toString(STORED_BEFORE),
                  postgres.query(
                      "select count(*) from survey_response where edition_id = " + edition),
                  "the database itself holds only the responses committed before the import");
            }
          });
    }
  }

  /** Transactions that have written (so have an id) and touched the responses table last. */
  private static String openImportTransactions() {
    return "select count(*) from pg_stat_activity where datname = 'joysurvey'"
        + " and backend_xid is not null and query ilike '%survey_response%'";
  }

  private static Map<String, String> common() {
    return Map.of("joy.demo", "false", "joy.admin.password", PASSWORD);
  }

  private void killDuringImport(Map<String, String> properties, StoringProbe probe)
      throws Exception {
    long edition;
    PayaraMicroProcess first =
        PayaraMicroProcess.start(PayaraMicroProcess.Options.alone("first", properties), work);
    try {
      ApiClient api = new ApiClient(first.url(), PASSWORD);
      edition =
          api.createOpenLinkEdition(
              "{\"year\":2022,\"title\":\"Killed import\",\"instruments\":[\"demographics\","
                  + "\"mini-z\"],\"status\":\"open\"}");
      ApiClient.Reply before =
          importCsv(api, edition, GeneratedCsv.text(INSTRUMENTS, STORED_BEFORE, 1));
      assertEquals(200, before.status(), before.body());
      // H2 writes a commit to its file within a second; the kill comes several seconds later
      probe.beforeImport();

      GeneratedCsv body = new GeneratedCsv(INSTRUMENTS, ROWS, HELD_BACK_FROM, 2);
      CompletableFuture<HttpResponse<String>> reply = streamImport(first, edition, body);
      try {
        awaitTrue(
            () -> {
              if (reply.isDone()) {
                fail("the import ended before the kill: " + describe(reply) + "\n" + first.tail());
              }
              return body.rowsMade() >= ROWS / 5 && probe.storing();
            },
            Duration.ofMinutes(3),
            "the server was never seen storing the import");
        long rowsSent = body.rowsMade();
        first.kill();
        System.out.printf(
            "[ImportKilledIT] killed after %d rows (%d bytes) of %d had been sent%n",
            rowsSent, body.bytesRead(), ROWS);
      } finally {
        body.release();
      }
      assertTrue(
          reply.handle((r, e) -> e != null || r.statusCode() != 200).get(60, TimeUnit.SECONDS),
          "the killed import cannot have succeeded: " + describe(reply));
    } finally {
      first.kill();
    }
    probe.afterKill(edition);

    try (PayaraMicroProcess second =
        PayaraMicroProcess.start(PayaraMicroProcess.Options.alone("second", properties), work)) {
      ApiClient api = new ApiClient(second.url(), PASSWORD);
      assertEquals(
          STORED_BEFORE,
          responses(api, edition),
          "nothing of the killed import, everything committed before it\n" + second.tail());

      ApiClient.Reply small = importCsv(api, edition, GeneratedCsv.text(INSTRUMENTS, 3, 3));
      assertEquals(200, small.status(), small.body());
      assertEquals(3, small.json().getInt("stored"));

      FormRespondent.Outcome answered = new FormRespondent(second.base()).answer(edition);
      assertTrue(answered.thanked(), "a respondent can still answer: " + answered);

      int expected = STORED_BEFORE + 3 + 1;
      assertEquals(expected, responses(api, edition));
      ApiClient.Reply report = api.get("api/admin/editions/" + edition + "/report", true);
      assertEquals(200, report.status(), report.body());
      assertEquals(expected, report.json().getInt("responses"));
      assertEquals(expected, api.exportedRows(edition).size(), "every stored row reads back");
      assertEquals(
          200, api.get("api/admin/audit", true).status(), "the audit log reads after the crash");
    }
  }

  private static int responses(ApiClient api, long edition) {
    ApiClient.Reply reply = api.get("api/admin/editions/" + edition, true);
    assertEquals(200, reply.status(), reply.body());
    return reply.json().getInt("responses");
  }

  private static ApiClient.Reply importCsv(ApiClient api, long edition, String csv) {
    return api.post("api/admin/editions/" + edition + "/responses/import", "text/csv", csv);
  }

  private static CompletableFuture<HttpResponse<String>> streamImport(
      PayaraMicroProcess instance, long edition, GeneratedCsv body) {
    String credentials =
        Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(instance.base() + "api/admin/editions/" + edition + "/responses/import"))
            .header("Authorization", "Basic " + credentials)
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
            .build();
    return HttpClient.newHttpClient()
        .sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String describe(CompletableFuture<HttpResponse<String>> reply) {
    return reply
        .handle((r, e) -> e != null ? e.toString() : r.statusCode() + " " + r.body())
        .getNow("not answered");
  }

  private static long size(Path file) {
    try {
      return Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  static void awaitTrue(BooleanSupplier condition, Duration limit, String failure) {
    Instant deadline = Instant.now().plus(limit);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        fail(failure + " within " + limit);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
