package org.joysurvey.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.NewEdition;
import org.joysurvey.participation.Access;
import org.joysurvey.participation.AlreadySubmittedException;
import org.joysurvey.participation.Delivery;
import org.joysurvey.participation.Entry;
import org.joysurvey.participation.InvitationDashboard;
import org.joysurvey.participation.InvitationDeliveries;
import org.joysurvey.participation.InvitationService;
import org.joysurvey.participation.ParticipationService;
import org.joysurvey.participation.Tokens;
import org.joysurvey.testing.AnonymitySchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Invitations end to end on a real Payara Micro that sends its emails to GreenMail in this JVM
 * ({@link TestMailbox}): bad invitee files, sending (distinct tokens of 256 bits, only their hashes
 * stored), a failing mail server, reminders, roles, the access mode, and the anonymity guarantee.
 *
 * <p>Two tests run inside the server (Arquillian's servlet protocol). One completes a response
 * through a token with {@link ParticipationService}, replays it, and checks the server's own
 * database, H2 or PostgreSQL, through JDBC: the schema ({@link AnonymitySchema}) and the rows,
 * where no value of the response matches any value of an invitation, token, draft or incentive
 * address. It issues its tokens with {@link InvitationDeliveries#deliver} directly, because a token
 * sent by email reaches only this JVM; the emailed tokens are checked from here. The other closes
 * an edition and checks what the close left in the tables. The other tests are clients of the API.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InvitationsIT {

  /** The domain of the in-server test's invitees; their reminders are checked from the client. */
  private static final String IN_SERVER_DOMAIN = "in-server.example";

  private static TestMailbox mailbox;

  // injected only where the tests run inside the server
  @Inject private EditionService editions;

  @Inject private InvitationService invitations;

  @Inject private InvitationDeliveries deliveries;

  @Inject private ParticipationService participation;

  @Deployment(testable = true)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(
            WebArchive.class, new File(System.getProperty("joy.test.war")))
        // the client tests' helpers appear in the class's method signatures, so the server must
        // load them too
        .addClasses(
            AnonymitySchema.class,
            ApiClient.class,
            ApiClient.Reply.class,
            TestMailbox.class,
            TestMailbox.Mail.class);
  }

  @BeforeAll
  static void startMailbox() {
    mailbox = TestMailbox.start();
  }

  @AfterAll
  static void stopMailbox() {
    if (mailbox != null) {
      mailbox.close();
    }
  }

  // --- inside the server ---------------------------------------------------------------------

  @Test
  @Order(1)
  void aTokenCompletesOnceAndNothingStoredTiesTheInviteeToTheResponse() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String completer = "completer-" + run + "@" + IN_SERVER_DOMAIN;
    String starter = "starter-" + run + "@" + IN_SERVER_DOMAIN;
    String untouched = "untouched-" + run + "@" + IN_SERVER_DOMAIN;
    long id =
        editions.create(
            new NewEdition(
                2031,
                "Invitations in the server " + run,
                List.of("mini-z"),
                Map.of(),
                "open",
                null),
            "it");
    invitations.importCsv(
        "it",
        id,
        new StringReader("email\n" + completer + "\n" + starter + "\n" + untouched + "\n"));

    Map<String, String> tokens = new HashMap<>();
    Map<String, Long> invitationIds = new HashMap<>();
    for (InvitationDeliveries.Pending p : deliveries.neverSent(id)) {
      String token = Tokens.newToken();
      assertTrue(deliveries.deliver(p, false, Tokens.hash(token), LocalDate.now(), () -> {}));
      tokens.put(p.email(), token);
      invitationIds.put(p.email(), p.id());
    }
    assertEquals(3, tokens.size());

    Entry entry = participation.enterWithToken(tokens.get(completer));
    assertEquals(Access.OPEN, entry.access());
    participation.saveDraft(entry.draftKey(), Map.of("mini-z.burnout", "2"), 0);
    participation.complete(entry.draftKey(), Map.of("mini-z.burnout", "3"));
    assertEquals(
        Access.ALREADY_SUBMITTED,
        participation.enterWithToken(tokens.get(completer)).access(),
        "a used token opens nothing");
    assertThrows(
        AlreadySubmittedException.class,
        () -> participation.complete(entry.draftKey(), Map.of("mini-z.burnout", "5")),
        "nor submits again");
    // the form still open in another tab: its Next must not save the submitted answers back as a
    // draft of this invitation (checked below: only the starter's draft is left)
    assertThrows(
        AlreadySubmittedException.class,
        () -> participation.saveDraft(entry.draftKey(), Map.of("mini-z.burnout", "3"), 1),
        "nor saves a draft again");
    Entry started = participation.enterWithToken(tokens.get(starter));
    participation.saveDraft(started.draftKey(), Map.of("mini-z.burnout", "4"), 0);
    participation.leaveIncentiveEmail(id, "winner-" + run + "@example.org");
    participation.leaveIncentiveEmail(id, "winner-" + run + "@Example.ORG");
    participation.leaveIncentiveEmail(id, "another-" + run + "@example.org");

    // reminders really go out, to the client's mailbox: the client test after this one reads them
    Delivery reminders = invitations.remind("it", id, "http://reminder.example");
    assertEquals(new Delivery(2, 0, 0, List.of(), 0), reminders);

    InvitationDashboard dashboard = invitations.dashboard(id);
    assertEquals(3, dashboard.invited());
    assertEquals(3, dashboard.sent());
    assertEquals(2, dashboard.started());
    assertEquals(1, dashboard.completed());
    assertEquals(2, dashboard.remindersSent());
    assertEquals(1.0 / 3, dashboard.responseRate(), 1e-12);
    assertEquals(1, dashboard.responses());
    assertEquals(2, dashboard.incentiveEmails());
    assertEquals(1, dashboard.days().size());
    assertEquals(LocalDate.now(), dashboard.days().get(0).day());

    StringWriter export = new StringWriter();
    assertEquals(2, invitations.exportIncentiveEmails("it", id, export));
    assertEquals(
        "email\r\nanother-" + run + "@example.org\r\nwinner-" + run + "@example.org\r\n",
        export.toString(),
        "each address once, in alphabetical order");

    DataSource dataSource = (DataSource) new InitialContext().lookup("java:app/jdbc/joy");
    try (Connection db = dataSource.getConnection()) {
      assertEquals(List.of(), AnonymitySchema.violations(db));

      List<Map<String, String>> responses =
          rows(db, "select * from survey_response where edition_id = ?", id);
      assertEquals(1, responses.size());
      Map<String, String> response = responses.get(0);
      assertTrue(
          response
              .get("id")
              .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"),
          "a random (version 4) UUID reveals no order: " + response.get("id"));
      assertEquals(LocalDate.now().toString(), response.get("submitted_on"), "the day, no time");
      assertTrue(response.get("answers").contains("\"mini-z.burnout\":3"), response.get("answers"));

      // what the database knows about this edition's invitees, drafts and incentive addresses
      Map<String, List<Map<String, String>>> participationRows = new HashMap<>();
      participationRows.put(
          "invitation", rows(db, "select * from invitation where edition_id = ?", id));
      participationRows.put(
          "invitation_token",
          rows(
              db,
              "select t.* from invitation_token t join invitation i"
                  + " on i.id = t.invitation_id where i.edition_id = ?",
              id));
      participationRows.put(
          "response_draft", rows(db, "select * from response_draft where edition_id = ?", id));
      participationRows.put(
          "incentive_email", rows(db, "select * from incentive_email where edition_id = ?", id));
      assertEquals(3, participationRows.get("invitation").size());
      assertEquals(
          5,
          participationRows.get("invitation_token").size(),
          "one token per email: 3 invitations, 2 reminders");
      assertEquals(
          1,
          participationRows.get("response_draft").size(),
          "the completer's draft went with the submission");
      assertEquals(
          "invitation:" + invitationIds.get(starter),
          participationRows.get("response_draft").get(0).get("draft_key"));

      // nothing joins: no value of the response equals or contains a value of those rows. Left out:
      // what every response of the edition shares by design (the edition, its wording version) and
      // the day, a documented limit (below)
      List<String> joins = new ArrayList<>();
      response.forEach(
          (responseColumn, responseValue) -> {
            if (Set.of("edition_id", "wording_version", "submitted_on").contains(responseColumn)
                || responseValue == null) {
              return;
            }
            participationRows.forEach(
                (table, tableRows) ->
                    tableRows.forEach(
                        row ->
                            row.forEach(
                                (column, value) -> {
                                  // short values (ids, counts, flags) must not be equal; long ones
                                  // (addresses, hashes, keys) not even
                                  // appear inside a value of the response
                                  boolean tied =
                                      value != null
                                          && (responseValue.equals(value)
                                              || value.length() >= 8
                                                  && (responseValue.contains(value)
                                                      || value.contains(responseValue)));
                                  if (!column.equals("edition_id") && tied) {
                                    joins.add(
                                        "survey_response."
                                            + responseColumn
                                            + " ~ "
                                            + table
                                            + "."
                                            + column
                                            + " = "
                                            + value);
                                  }
                                })));
          });
      assertEquals(List.of(), joins);
      // the response's day does equal the day the invitations were sent: the documented limit of
      // days
      // (docs/anonymity.md); the invitation holds no day of completion to narrow it further
      assertFalse(participationRows.get("invitation").get(0).containsKey("completed_on"));

      // tokens: only hashes, never the token itself
      Set<String> hashes = new HashSet<>();
      participationRows.get("invitation_token").forEach(r -> hashes.add(r.get("token_hash")));
      tokens.values().forEach(t -> assertTrue(hashes.contains(Tokens.hash(t))));
      for (String token : tokens.values()) {
        for (String table :
            List.of(
                "invitation",
                "invitation_token",
                "response_draft",
                "incentive_email",
                "survey_response",
                "audit_event")) {
          assertEquals(
              0,
              count(
                  db,
                  "select count(*) from " + table + " where " + textOf(db, table) + " like ?",
                  "%" + token + "%"),
              token + " is stored in " + table);
        }
      }
      // the audit log counts, and never names an invitee
      for (Map<String, String> event :
          rows(db, "select * from audit_event where subject = ?", "edition/" + id)) {
        assertFalse(
            event.toString().contains(IN_SERVER_DOMAIN) || event.toString().contains("winner-"),
            event.toString());
      }
    }
  }

  @Test
  @Order(1)
  void closingAnEditionDeletesItsUnsubmittedDraftsKeepsItsResponsesAndAuditsWhoClosedIt()
      throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String completer = "closing-completer-" + run + "@" + IN_SERVER_DOMAIN;
    String starter = "closing-starter-" + run + "@" + IN_SERVER_DOMAIN;
    long id =
        editions.create(
            new NewEdition(
                2032, "Closing in the server " + run, List.of("mini-z"), Map.of(), "open", null),
            "it");
    invitations.importCsv(
        "it", id, new StringReader("email\n" + completer + "\n" + starter + "\n"));
    Map<String, String> tokens = new HashMap<>();
    for (InvitationDeliveries.Pending p : deliveries.neverSent(id)) {
      String token = Tokens.newToken();
      assertTrue(deliveries.deliver(p, false, Tokens.hash(token), LocalDate.now(), () -> {}));
      tokens.put(p.email(), token);
    }
    Entry completed = participation.enterWithToken(tokens.get(completer));
    participation.complete(completed.draftKey(), Map.of("mini-z.burnout", "3"));
    Entry started = participation.enterWithToken(tokens.get(starter));
    participation.saveDraft(started.draftKey(), Map.of("mini-z.burnout", "4"), 0);

    editions.changeStatus(id, "closed", "closer-" + run);

    DataSource dataSource = (DataSource) new InitialContext().lookup("java:app/jdbc/joy");
    try (Connection db = dataSource.getConnection()) {
      assertEquals(
          List.of(),
          rows(db, "select * from response_draft where edition_id = ?", id),
          "the starter's unsubmitted draft went with the close");
      assertEquals(
          1,
          rows(db, "select * from survey_response where edition_id = ?", id).size(),
          "the response is resealed, not lost");
      assertEquals(
          1, rows(db, "select * from survey_response_packed where edition_id = ?", id).size());
      List<Map<String, String>> invitationRows =
          rows(db, "select * from invitation where edition_id = ?", id);
      assertEquals(2, invitationRows.size());
      assertEquals(
          1,
          invitationRows.stream().filter(r -> r.get("completed").equalsIgnoreCase("true")).count());
      List<Map<String, String>> closes =
          rows(db, "select * from audit_event where subject = ?", "edition/" + id).stream()
              .filter(e -> e.get("action").equals("edition.status"))
              .toList();
      assertEquals(1, closes.size(), closes.toString());
      assertEquals("closer-" + run, closes.get(0).get("actor"));
      assertEquals("status closed", closes.get(0).get("detail"));
    }
  }

  /** Every row of a query, as lower-case column names and values as text. */
  private static List<Map<String, String>> rows(Connection db, String sql, Object parameter)
      throws SQLException {
    List<Map<String, String>> rows = new ArrayList<>();
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setObject(1, parameter);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          Map<String, String> row = new HashMap<>();
          for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            Object value = rs.getObject(i);
            row.put(
                rs.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT),
                value == null ? null : value.toString());
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  private static long count(Connection db, String sql, String parameter) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * An SQL expression of all of a table's columns as one text, for a search in every column at
   * once.
   */
  private static String textOf(Connection db, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    String name =
        db.getMetaData().storesUpperCaseIdentifiers()
            ? table.toUpperCase(java.util.Locale.ROOT)
            : table;
    try (ResultSet rs = db.getMetaData().getColumns(null, db.getSchema(), name, "%")) {
      while (rs.next()) {
        columns.add("coalesce(cast(" + rs.getString("COLUMN_NAME") + " as varchar(200000)), '')");
      }
    }
    return String.join(" || '|' || ", columns);
  }

  // --- clients of the API ---------------------------------------------------------------------

  @Test
  @Order(2)
  @RunAsClient
  void remindersWentOnlyToInviteesWhoHaveNotCompleted() {
    mailbox.await(2);
    List<TestMailbox.Mail> reminders =
        mailbox.all().stream().filter(m -> m.to().endsWith("@" + IN_SERVER_DOMAIN)).toList();
    assertEquals(2, reminders.size(), reminders.toString());
    assertTrue(reminders.stream().anyMatch(m -> m.to().startsWith("starter-")));
    assertTrue(reminders.stream().anyMatch(m -> m.to().startsWith("untouched-")));
    assertTrue(
        reminders.stream().noneMatch(m -> m.to().startsWith("completer-")),
        "who completed gets no reminder");
    for (TestMailbox.Mail mail : reminders) {
      assertTrue(mail.subject().startsWith("Reminder from "), mail.subject());
      assertTrue(
          mail.link().startsWith("http://reminder.example/survey.xhtml?token="), mail.link());
    }
    assertTrue(!reminders.get(0).token().equals(reminders.get(1).token()));
  }

  @Test
  @Order(3)
  @RunAsClient
  void aBadInviteeFileIsRejectedWholeWithEveryBadRowNamed(@ArquillianResource URL base) {
    ApiClient api = new ApiClient(base);
    long id = openEdition(api, "Bad invitee file");
    ApiClient.Reply reply =
        api.post(
            "api/admin/editions/" + id + "/invitations",
            "text/csv",
            "name,email\nAnn,ann@example.org\nBob,bob@example\nCarol,carol@example.org\nDan,\n");
    assertEquals(400, reply.status(), reply.body());
    assertEquals(
        "The invitee list was rejected; nobody was added.", reply.json().getString("error"));
    assertEquals(
        "[{\"row\":2,\"column\":\"email\","
            + "\"message\":\"'bob@example' is not an email address (expected name@example.org)\"},"
            + "{\"row\":4,\"column\":\"email\",\"message\":\"an email address is required\"}]",
        reply.json().getJsonArray("details").toString());
    assertEquals(0, dashboard(api, id).getInt("invited"), "nothing of the file was stored");

    ApiClient.Reply empty =
        api.post("api/admin/editions/" + id + "/invitations", "text/csv", "email\n");
    assertEquals(400, empty.status(), empty.body());
    assertTrue(empty.body().contains("the file holds no email address"), empty.body());
  }

  @Test
  @Order(4)
  @RunAsClient
  void invitationsGoOutOnceWithDistinctTokensOf256BitsAndOnlyTheirHashesAreStored(
      @ArquillianResource URL base) throws Exception {
    ApiClient api = new ApiClient(base);
    String run = UUID.randomUUID().toString().substring(0, 8);
    long id = openEdition(api, "Invitations " + run);
    List<String> invitees =
        List.of(
            "ann-" + run + "@example.org",
            "bob-" + run + "@example.org",
            "carol-" + run + "@example.org");
    ApiClient.Reply imported =
        api.post(
            "api/admin/editions/" + id + "/invitations",
            "text/csv",
            invitees.get(0) + "\n" + invitees.get(1).toUpperCase() + "\n" + invitees.get(1) + "\n");
    assertEquals(200, imported.status(), imported.body());
    assertEquals("{\"added\":2,\"alreadyInvited\":0,\"repeated\":1}", imported.body());
    ApiClient.Reply again =
        api.post(
            "api/admin/editions/" + id + "/invitations",
            "text/csv",
            "email\n" + invitees.get(0) + "\n" + invitees.get(2) + "\n");
    assertEquals("{\"added\":1,\"alreadyInvited\":1,\"repeated\":0}", again.body());

    ApiClient.Reply sent =
        api.post("api/admin/editions/" + id + "/invitations/send", "application/json", "");
    assertEquals(200, sent.status(), sent.body());
    assertEquals(
        "{\"sent\":3,\"failed\":0,\"skipped\":0,\"failures\":[],\"notYetSent\":0}", sent.body());
    List<TestMailbox.Mail> mails = new ArrayList<>();
    for (String invitee : invitees) {
      TestMailbox.Mail mail =
          mailbox.awaitOneTo(invitee); // bob's is stored as first written, in upper case
      mails.add(mail);
      assertTrue(
          mail.subject().contains("invitation to the survey \"Invitations " + run + " "),
          mail.subject());
      assertTrue(
          mail.link().startsWith(base.toString() + "survey.xhtml?token=")
              || mail.link()
                  .startsWith(base.toString().replaceAll("/$", "") + "/survey.xhtml?token="),
          mail.link());
      assertTrue(mail.text().contains("Your answers are anonymous."), mail.text());
    }
    Set<String> tokens = new HashSet<>();
    for (TestMailbox.Mail mail : mails) {
      String token = mail.token();
      assertTrue(Tokens.isWellFormed(token), token);
      assertEquals(
          32,
          Base64.getUrlDecoder().decode(token).length,
          "256 random bits, at least the 128 required");
      tokens.add(token);
    }
    assertEquals(3, tokens.size(), "every invitee gets a token of their own");

    assertEquals(
        "{\"sent\":0,\"failed\":0,\"skipped\":0,\"failures\":[],\"notYetSent\":0}",
        api.post("api/admin/editions/" + id + "/invitations/send", "application/json", "").body(),
        "a second send reaches only invitees never emailed: none");
    JsonObject dashboard = dashboard(api, id);
    assertEquals(3, dashboard.getInt("invited"));
    assertEquals(3, dashboard.getInt("sent"));
    assertEquals(0, dashboard.getInt("completed"));
    assertEquals(0.0, dashboard.getJsonNumber("responseRate").doubleValue());

    String audit = api.get("api/admin/audit?limit=50", true).body();
    assertTrue(audit.contains("invitations.send") && audit.contains("sent 3, failed 0"), audit);
    assertFalse(
        audit.contains(run + "@example.org") || tokens.stream().anyMatch(audit::contains),
        "the audit log counts, it never lists addresses or tokens");

    // H2's file is locked by the server; on PostgreSQL the test can look for itself. Maven hands
    // -Djoy.test.db.url to the H2 runs too: only the PostgreSQL run's server uses it
    String dbUrl = System.getProperty("joy.test.db.url");
    if ("postgresql".equals(System.getProperty("joy.test.database")) && dbUrl != null) {
      try (Connection db = DriverManager.getConnection(dbUrl, "postgres", "-")) {
        List<Map<String, String>> stored =
            rows(
                db,
                "select t.token_hash from invitation_token t join invitation i"
                    + " on i.id = t.invitation_id where i.edition_id = ?",
                id);
        Set<String> hashes = new HashSet<>();
        stored.forEach(r -> hashes.add(r.get("token_hash")));
        Set<String> expected = new HashSet<>();
        tokens.forEach(t -> expected.add(Tokens.hash(t)));
        assertEquals(expected, hashes, "the database holds the tokens' SHA-256 hashes");
        for (String token : tokens) {
          assertEquals(
              0, count(db, "select count(*) from invitation_token where token_hash = ?", token));
          assertEquals(
              0,
              count(
                  db,
                  "select count(*) from invitation where " + textOf(db, "invitation") + " like ?",
                  "%" + token + "%"));
        }
      }
    }
  }

  @Test
  @Order(5)
  @RunAsClient
  void whenTheMailServerIsDownEveryInviteeStaysUnsentAndTheNextSendReachesThem(
      @ArquillianResource URL base) {
    ApiClient api = new ApiClient(base);
    String run = UUID.randomUUID().toString().substring(0, 8);
    long id = openEdition(api, "Mail server down " + run);
    api.post(
        "api/admin/editions/" + id + "/invitations",
        "text/csv",
        "dora-" + run + "@example.org\neve-" + run + "@example.org\n");
    mailbox.close();
    try {
      ApiClient.Reply failed =
          api.post("api/admin/editions/" + id + "/invitations/send", "application/json", "");
      assertEquals(200, failed.status(), failed.body());
      JsonObject result = failed.json();
      assertEquals(0, result.getInt("sent"));
      assertEquals(2, result.getInt("failed"));
      assertTrue(
          result.getJsonArray("failures").getString(0).contains("could not be reached"),
          failed.body());
      assertEquals(
          0, dashboard(api, id).getInt("sent"), "a failed email leaves its invitation unsent");
      assertEquals(2, result.getInt("notYetSent"), failed.body());
    } finally {
      mailbox = TestMailbox.start();
    }
    ApiClient.Reply retried =
        api.post("api/admin/editions/" + id + "/invitations/send", "application/json", "");
    assertEquals(
        "{\"sent\":2,\"failed\":0,\"skipped\":0,\"failures\":[],\"notYetSent\":0}", retried.body());
    assertNotNull(mailbox.awaitOneTo("dora-" + run + "@example.org"));
    assertNotNull(mailbox.awaitOneTo("eve-" + run + "@example.org"));
  }

  @Test
  @Order(5)
  @RunAsClient
  void invitationsGoOutInBatchesOfAtMostTheSizeAskedInTheOrderImported(
      @ArquillianResource URL base) {
    ApiClient api = new ApiClient(base);
    String run = UUID.randomUUID().toString().substring(0, 8);
    long id = openEdition(api, "Batches " + run);
    List<String> invitees = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      invitees.add("batch" + i + "-" + run + "@example.org");
    }
    api.post("api/admin/editions/" + id + "/invitations", "text/csv", String.join("\n", invitees));
    String send = "api/admin/editions/" + id + "/invitations/send";

    for (String refused : List.of("0", "-3", "two", "2.5", "99999999999")) {
      ApiClient.Reply reply = api.post(send + "?atMost=" + refused, "application/json", "");
      assertEquals(400, reply.status(), refused + ": " + reply.body());
      assertTrue(reply.body().contains("\"column\":\"atMost\""), reply.body());
      assertTrue(reply.body().contains("must be a whole number of at least 1"), reply.body());
    }
    assertEquals(0, dashboard(api, id).getInt("sent"), "a refused batch sends nothing");

    JsonObject first = api.post(send + "?atMost=2", "application/json", "").json();
    assertEquals(2, first.getInt("sent"));
    assertEquals(3, first.getInt("notYetSent"));
    assertNotNull(mailbox.awaitOneTo(invitees.get(0)));
    assertNotNull(mailbox.awaitOneTo(invitees.get(1)));
    assertTrue(mailbox.to(invitees.get(2)).isEmpty(), "the third waits for the next batch");
    JsonObject second = api.post(send + "?atMost=2", "application/json", "").json();
    assertEquals(2, second.getInt("sent"));
    assertEquals(1, second.getInt("notYetSent"));
    assertNotNull(mailbox.awaitOneTo(invitees.get(2)));
    assertNotNull(mailbox.awaitOneTo(invitees.get(3)));
    JsonObject rest = api.post(send, "application/json", "").json();
    assertEquals(1, rest.getInt("sent"), "without atMost the rest go out");
    assertEquals(0, rest.getInt("notYetSent"));
    assertNotNull(mailbox.awaitOneTo(invitees.get(4)));
    assertEquals(5, dashboard(api, id).getInt("sent"));
    String audit = api.get("api/admin/audit?limit=50", true).body();
    assertTrue(audit.contains("sent 2, failed 0, skipped 0, not yet sent 3"), audit);
  }

  @Test
  @Order(6)
  @RunAsClient
  void emailsGoOutOnlyForAnOpenEditionThatUsesInvitations(@ArquillianResource URL base) {
    ApiClient api = new ApiClient(base);
    long draft =
        api.createEdition(
            "{\"year\":2031,\"title\":\"Draft invitations "
                + UUID.randomUUID()
                + "\",\"instruments\":[\"mini-z\"]}");
    api.post("api/admin/editions/" + draft + "/invitations", "text/csv", "fay@example.org\n");
    ApiClient.Reply refused =
        api.post("api/admin/editions/" + draft + "/invitations/send", "application/json", "");
    assertEquals(400, refused.status(), refused.body());
    assertTrue(refused.body().contains("\"column\":\"status\""), refused.body());

    long open = openEdition(api, "Open link");
    ApiClient.Reply mode =
        api.put("api/admin/editions/" + open + "/access-mode", "{\"accessMode\":\"open-link\"}");
    assertEquals(200, mode.status(), mode.body());
    assertEquals("open-link", mode.json().getString("accessMode"));
    assertTrue(
        mode.json().getString("publicLink").endsWith("/survey.xhtml?edition=" + open), mode.body());
    assertEquals(
        "open-link", api.get("api/admin/editions/" + open, true).json().getString("accessMode"));
    ApiClient.Reply noReminders =
        api.post("api/admin/editions/" + open + "/invitations/remind", "application/json", "");
    assertEquals(400, noReminders.status(), noReminders.body());
    assertTrue(noReminders.body().contains("\"column\":\"accessMode\""), noReminders.body());
    assertEquals(
        400,
        api.put("api/admin/editions/" + open + "/access-mode", "{\"accessMode\":\"public\"}")
            .status());
    assertEquals(
        200,
        api.put("api/admin/editions/" + open + "/access-mode", "{\"accessMode\":\"invitation\"}")
            .status());
  }

  @Test
  @Order(7)
  @RunAsClient
  void designersRunInvitationsAnalystsOnlyReadTheDashboard(@ArquillianResource URL base) {
    ApiClient api = new ApiClient(base);
    String password = "correct horse battery";
    String designer = "inv-designer-" + UUID.randomUUID().toString().substring(0, 8);
    String analyst = "inv-analyst-" + UUID.randomUUID().toString().substring(0, 8);
    api.createUser(designer, password, "designer");
    api.createUser(analyst, password, "analyst");
    long id = openEdition(api, "Roles");
    String path = "api/admin/editions/" + id;

    assertEquals(
        200,
        api.send("POST", path + "/invitations", designer, password, "text/csv", "gus@example.org\n")
            .status());
    assertEquals(
        200, api.send("GET", path + "/invitations", designer, password, null, null).status());
    ApiClient.Reply export =
        api.send("GET", path + "/incentive-emails", designer, password, null, null);
    assertEquals(200, export.status(), export.body());
    assertEquals("email\r\n", export.body());
    assertTrue(api.get("api/admin/audit?limit=20", true).body().contains("incentive.export"));

    assertEquals(
        200, api.send("GET", path + "/invitations", analyst, password, null, null).status());
    assertEquals(
        200, api.send("GET", path + "/access-mode", analyst, password, null, null).status());
    for (String[] call :
        List.of(
            new String[] {"POST", "/invitations"},
            new String[] {"POST", "/invitations/send"},
            new String[] {"POST", "/invitations/remind"},
            new String[] {"GET", "/incentive-emails"},
            new String[] {"PUT", "/access-mode"})) {
      String contentType = call[1].equals("/invitations") ? "text/csv" : "application/json";
      String body =
          call[0].equals("GET")
              ? null
              : call[1].equals("/invitations")
                  ? "hal@example.org\n"
                  : "{\"accessMode\":\"open-link\"}";
      assertEquals(
          403,
          api.send(call[0], path + call[1], analyst, password, contentType, body).status(),
          "an analyst " + call[0] + " " + call[1]);
      assertEquals(
          401,
          api.send(call[0], path + call[1], null, null, contentType, body).status(),
          "anonymous " + call[0] + " " + call[1]);
    }
    assertEquals(1, dashboard(api, id).getInt("invited"), "nothing the analyst sent was stored");
  }

  @Test
  @Order(8)
  @RunAsClient
  void theRespondentsPageListsBadRowsAddsInviteesAndSendsThem(@ArquillianResource URL base)
      throws Exception {
    ApiClient api = new ApiClient(base);
    String run = UUID.randomUUID().toString().substring(0, 8);
    long id = openEdition(api, "Page " + run);
    PageSession designer = new PageSession(base);
    designer.logIn("admin", ApiClient.ADMIN_PASSWORD);
    String page = "designer/invitations.xhtml?id=" + id;

    String shown = designer.get(page);
    assertTrue(shown.contains("Respondents: Page " + run), shown);
    assertTrue(shown.contains("id=\"invited\">0<"), "the dashboard's counts are shown");

    String rejected =
        designer.submit(
            page,
            "invitations",
            "invitations:upload",
            Map.of("invitations:file", "email\nivy-" + run + "@example.org\nnot-an-address\n"));
    assertTrue(rejected.contains("The invitee list was rejected; nobody was added."), rejected);
    assertTrue(
        rejected.contains("data-row=\"2\"")
                && rejected.contains("&#39;not-an-address&#39; is not an email address")
            || rejected.contains("'not-an-address' is not an email address"),
        "the bad row is listed with its number");
    assertEquals(0, dashboard(api, id).getInt("invited"));

    String added =
        designer.submit(
            page,
            "invitations",
            "invitations:upload",
            Map.of(
                "invitations:file",
                "email\nivy-" + run + "@example.org\njay-" + run + "@example.org\n"));
    assertTrue(added.contains("2 invitees added."), added);
    String sent = designer.submit(page, "invitations", "invitations:send", Map.of());
    assertTrue(sent.contains("2 invitations sent."), sent);
    TestMailbox.Mail mail = mailbox.awaitOneTo("ivy-" + run + "@example.org");
    assertTrue(
        mail.link().startsWith(base.toString().replaceAll("/$", "") + "/survey.xhtml?token="),
        mail.link());
    assertEquals(2, dashboard(api, id).getInt("sent"));
  }

  /**
   * A designer's browser without a browser: cookies, the login form, and posting a page's form
   * (multipart, with its view state) as a click on one of its buttons would.
   */
  private static final class PageSession {
    private final java.net.http.HttpClient http =
        java.net.http.HttpClient.newBuilder()
            .cookieHandler(new java.net.CookieManager())
            .followRedirects(java.net.http.HttpClient.Redirect.NORMAL)
            .build();
    private final String base;

    PageSession(URL base) {
      this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
    }

    String get(String path) throws Exception {
      return http.send(
              java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).build(),
              java.net.http.HttpResponse.BodyHandlers.ofString())
          .body();
    }

    void logIn(String user, String password) throws Exception {
      String login = get("login.xhtml");
      String form =
          "login=login&login%3Ausername="
              + user
              + "&login%3Apassword="
              + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8)
              + "&login%3Asubmit=&jakarta.faces.ViewState="
              + java.net.URLEncoder.encode(
                  viewState(login), java.nio.charset.StandardCharsets.UTF_8);
      http.send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "login.xhtml"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
              .build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Loads the page, then posts its form {@code formId} as a click on {@code button}, with files.
     */
    String submit(String path, String formId, String button, Map<String, String> files)
        throws Exception {
      String page = get(path);
      java.util.regex.Matcher action =
          java.util.regex.Pattern.compile("<form id=\"" + formId + "\"[^>]*action=\"([^\"]+)\"")
              .matcher(page);
      assertTrue(action.find(), "the page has the form " + formId + ": " + page);
      String boundary = "----joy" + UUID.randomUUID();
      StringBuilder body = new StringBuilder();
      Map<String, String> fields = new java.util.LinkedHashMap<>();
      fields.put(formId, formId);
      fields.put(button, "");
      fields.put("jakarta.faces.ViewState", viewState(page));
      fields.put(FormNonce.PARAMETER, FormNonce.in(page).orElseThrow());
      fields.forEach(
          (name, value) ->
              body.append("--")
                  .append(boundary)
                  .append("\r\nContent-Disposition: form-data; name=\"")
                  .append(name)
                  .append("\"\r\n\r\n")
                  .append(value)
                  .append("\r\n"));
      files.forEach(
          (name, content) ->
              body.append("--")
                  .append(boundary)
                  .append("\r\nContent-Disposition: form-data; name=\"")
                  .append(name)
                  .append("\"; filename=\"invitees.csv\"")
                  .append("\r\nContent-Type: text/csv\r\n\r\n")
                  .append(content)
                  .append("\r\n"));
      body.append("--").append(boundary).append("--\r\n");
      String target = action.group(1).replace("&amp;", "&");
      java.net.URI uri = java.net.URI.create(base).resolve(target);
      return http.send(
              java.net.http.HttpRequest.newBuilder(uri)
                  .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                  .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString()))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString())
          .body();
    }

    private static String viewState(String page) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
              .matcher(page);
      assertTrue(m.find(), "no view state in " + page);
      return m.group(1).replace("&#58;", ":");
    }
  }

  private static long openEdition(ApiClient api, String title) {
    return api.createEdition(
        "{\"year\":2031,\"title\":\""
            + title
            + " "
            + UUID.randomUUID()
            + "\",\"instruments\":[\"mini-z\"],\"status\":\"open\"}");
  }

  private static JsonObject dashboard(ApiClient api, long id) {
    ApiClient.Reply reply = api.get("api/admin/editions/" + id + "/invitations", true);
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }
}
