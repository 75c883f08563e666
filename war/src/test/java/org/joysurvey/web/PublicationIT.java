package org.joysurvey.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Publishing a report: the live report is for admins and analysts only, publishing is allowed for a
 * closed edition, a publication is frozen and leaves withheld figures out, versions supersede each
 * other without changing the earlier ones, and anyone reads them without credentials.
 *
 * <p>The integration tests share one database. The editions here are of 2990, later than any other
 * test's, so that they are no other edition's previous edition (which would add comparisons to
 * other tests' reports); the benchmark of 2989 that one test stores is more recent than any other
 * earlier figure of theirs, and gets a new value on every run, so that the checks hold on a
 * database already used.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicationIT extends BrowserTestSupport {

  private static final String PASSWORD = "a good long passphrase";

  @BeforeEach
  void freshSession() {
    open("index.xhtml");
    browser.manage().deleteAllCookies();
  }

  /**
   * An edition of Mini-Z and org-improvement in 2990: 60 respondents at Mini-Z levels 21, 21, 10, 5
   * and 3 (level 5's 3 are fewer than k = 5), two of whom wrote a work-life idea (a list of 2,
   * fewer than 10, is withheld).
   */
  private long edition(String status) {
    long id =
        api.createEdition(
            "{\"year\":2990,\"title\":\"Publication "
                + UUID.randomUUID()
                + "\",\"instruments\":[\"mini-z\",\"org-improvement\"],\"status\":\"open\"}");
    StringBuilder json = new StringBuilder("[");
    int[] counts = {21, 21, 10, 5, 3};
    int n = 0;
    for (int level = 1; level <= 5; level++) {
      for (int i = 0; i < counts[level - 1]; i++) {
        json.append(n++ == 0 ? "" : ",").append("{\"mini-z.burnout\":").append(level);
        if (n <= 2) {
          json.append(",\"org-improvement.worklife_top3\":[\"other\"],")
              .append("\"org-improvement.worklife_other\":\"Idea ")
              .append(n)
              .append("\"");
        }
        json.append('}');
      }
    }
    ApiClient.Reply added =
        api.post("api/admin/editions/" + id + "/responses", "application/json", json + "]");
    assertEquals(200, added.status(), added.body());
    assertEquals(60, added.json().getInt("stored"));
    if (!status.equals("open")) {
      changeStatus(id, status);
    }
    return id;
  }

  private void changeStatus(long id, String status) {
    ApiClient.Reply reply =
        api.post(
            "api/admin/editions/" + id + "/status",
            "application/json",
            "{\"status\":\"" + status + "\"}");
    assertEquals(200, reply.status(), reply.body());
  }

  private ApiClient.Reply publish(long id, String body) {
    return api.send(
        "POST",
        "api/admin/editions/" + id + "/publications",
        "admin",
        ApiClient.ADMIN_PASSWORD,
        "application/json",
        body);
  }

  private static JsonObject section(JsonObject report, String instrument) {
    return report.getJsonArray("sections").stream()
        .map(JsonValue::asJsonObject)
        .filter(s -> s.getString("instrument").equals(instrument))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no section " + instrument + " in " + report));
  }

  private static double number(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (!(v instanceof JsonNumber n)) {
      throw new AssertionError(key + " should be a number, is " + v + " in " + o);
    }
    return n.doubleValue();
  }

  private static String today() {
    return LocalDate.now(ZoneOffset.UTC).toString();
  }

  private String pageText() {
    return browser.findElement(By.tagName("main")).getText();
  }

  @Test
  void theLiveReportIsForAdminsAndAnalystsOnlyUntilItIsPublished() {
    long id = edition("open");

    ApiClient.Reply page = api.get("report.xhtml?edition=" + id, false);
    assertEquals(200, page.status(), "a friendly page, not an error");
    assertTrue(page.body().contains("id=\"not-published\""), page.body());
    assertTrue(page.body().contains("The report is not published yet."), page.body());
    assertFalse(page.body().contains("60 respondents"), "no figure of the live report");
    assertFalse(page.body().contains("data-key=\"mini-z.burnout_rate\""), "no key figure");

    assertEquals(401, api.get("api/admin/editions/" + id + "/report", false).status());
    ApiClient.Reply none = api.get("api/public/editions/" + id + "/report", false);
    assertEquals(404, none.status(), none.body());
    assertEquals("Edition " + id + " has no published report.", none.json().getString("error"));
    assertEquals(JsonValue.EMPTY_JSON_ARRAY, none.json().getJsonArray("details"));
    assertEquals(404, api.get("api/public/editions/987654321/report", false).status());

    String analyst = "analyst" + UUID.randomUUID().toString().substring(0, 8);
    api.createUser(analyst, PASSWORD, "analyst");
    ApiClient.Reply live = api.getAs("api/admin/editions/" + id + "/report", analyst, PASSWORD);
    assertEquals(200, live.status(), live.body());
    assertEquals(60, live.json().getInt("responses"));

    // in the browser, an analyst who logged in sees the live report, marked as not public
    open("login.xhtml?next=%2Freport.xhtml%3Fedition%3D" + id);
    logIn(analyst, PASSWORD);
    waitFor(By.id("live-banner"));
    assertTrue(
        browser.findElement(By.id("live-banner")).getText().startsWith("Live report — not public."),
        browser.findElement(By.id("live-banner")).getText());
    assertTrue(pageText().contains("60 respondents"), pageText());

    assertFalse(
        api.get("index.xhtml", false).body().contains("report.xhtml?edition=" + id + "\""),
        "the start page lists only published reports");
  }

  @Test
  void publishingIsRefusedWhileOpenForUnknownEditionsAndForCallersWithoutTheRole() {
    long open = edition("open");
    ApiClient.Reply refused = publish(open, null);
    assertEquals(409, refused.status(), refused.body());
    assertTrue(
        refused
            .json()
            .getString("error")
            .contains("only a closed edition's report can be published"),
        refused.body());
    assertEquals(JsonValue.EMPTY_JSON_ARRAY, refused.json().getJsonArray("details"));
    assertEquals(404, api.get("api/public/editions/" + open + "/report", false).status());

    ApiClient.Reply unknown = publish(987654321, null);
    assertEquals(404, unknown.status(), unknown.body());
    assertTrue(unknown.json().containsKey("error"), unknown.body());

    long closed = edition("closed");
    assertEquals(
        401,
        api.send("POST", "api/admin/editions/" + closed + "/publications", null, null, null, null)
            .status());
    String designer = "designer" + UUID.randomUUID().toString().substring(0, 8);
    api.createUser(designer, PASSWORD, "designer");
    assertEquals(
        403,
        api.send(
                "POST",
                "api/admin/editions/" + closed + "/publications",
                designer,
                PASSWORD,
                null,
                null)
            .status());
    ApiClient.Reply badNote = publish(closed, "{\"note\":1,\"colour\":\"red\"}");
    assertEquals(400, badNote.status(), badNote.body());
    String details = badNote.json().getJsonArray("details").toString();
    assertTrue(
        details.contains("\"column\":\"note\"") && details.contains("\"column\":\"colour\""),
        details);
    assertEquals(
        JsonValue.EMPTY_JSON_ARRAY,
        api.get("api/admin/editions/" + closed + "/publications", true).structure().asJsonArray(),
        "nothing was published by the refused requests");
    assertEquals(404, api.get("api/admin/editions/987654321/publications", true).status());
  }

  @Test
  void aPublicationLeavesWithheldFiguresOutAndStaysAsPublishedWhileVersionsSupersedeIt() {
    long id = edition("closed");

    ApiClient.Reply created = publish(id, null);
    assertEquals(201, created.status(), created.body());
    assertEquals(1, created.json().getInt("version"));
    assertEquals(today(), created.json().getString("publishedOn"));
    assertTrue(
        created
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .endsWith("api/public/editions/" + id + "/report?version=1"),
        created.headers().toString());

    // anyone, without credentials
    ApiClient.Reply first = api.get("api/public/editions/" + id + "/report", false);
    assertEquals(200, first.status(), first.body());
    JsonObject v1 = first.json();
    assertEquals(60, v1.getInt("responses"));
    assertEquals(5, v1.getInt("suppressionThreshold"));
    assertEquals(1, v1.getJsonObject("publication").getInt("version"));
    assertEquals(today(), v1.getJsonObject("publication").getString("publishedOn"));
    assertFalse(v1.getJsonObject("publication").containsKey("publishedBy"));

    JsonObject miniZ = section(v1, "mini-z");
    JsonObject statistics = miniZ.getJsonObject("statistics");
    JsonObject denominators = miniZ.getJsonObject("denominators");
    assertEquals(18.0 / 60, number(statistics, "mini-z.burnout_rate"), 1e-12);
    assertEquals(60, denominators.getInt("mini-z.burnout_rate"));
    assertEquals(21.0 / 60, number(statistics, "mini-z.level_share.1"), 1e-12);
    assertFalse(statistics.containsKey("mini-z.level_share.5"), "3 of 60 is withheld");
    assertFalse(denominators.containsKey("mini-z.level_share.5"));
    JsonArray suppressed = miniZ.getJsonArray("suppressed");
    JsonObject level5 =
        suppressed.stream()
            .map(JsonValue::asJsonObject)
            .filter(s -> s.getString("key").equals("mini-z.level_share.5"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("level 5 is listed as withheld: " + suppressed));
    assertTrue(
        level5.getString("reason").contains("counts fewer than 5 respondents"), level5.toString());
    for (JsonValue s : v1.getJsonArray("sections")) {
      JsonObject sec = s.asJsonObject();
      assertTrue(sec.containsKey("suppressed"), "no section failed: " + sec);
      for (JsonValue w : sec.getJsonArray("suppressed")) {
        String key = w.asJsonObject().getString("key");
        assertFalse(sec.getJsonObject("statistics").containsKey(key), key);
        assertFalse(sec.getJsonObject("denominators").containsKey(key), key);
        assertFalse(sec.getJsonObject("comparison").containsKey(key), key);
        assertFalse(
            sec.getJsonArray("texts").stream()
                .anyMatch(t -> t.asJsonObject().getString("item").equals(key)),
            key);
      }
    }
    JsonObject org = section(v1, "org-improvement");
    assertTrue(
        org.getJsonArray("suppressed").toString().contains("org-improvement.worklife_other"),
        org.toString());
    assertFalse(org.toString().contains("Idea 1"), "the withheld texts are not published");

    // the admin report keeps its exact values for analysts
    JsonObject admin = api.get("api/admin/editions/" + id + "/report", true).json();
    JsonObject adminMiniZ = section(admin, "mini-z");
    assertEquals(
        3.0 / 60, number(adminMiniZ.getJsonObject("statistics"), "mini-z.level_share.5"), 1e-12);
    assertTrue(section(admin, "org-improvement").toString().contains("Idea 1"));

    // the page: version and day, withheld figures as "suppressed", the exact share nowhere
    open("report.xhtml?edition=" + id);
    waitFor(By.id("publication"));
    assertTrue(
        browser
            .findElement(By.id("publication"))
            .getText()
            .startsWith("Published on " + today() + ", version 1."),
        browser.findElement(By.id("publication")).getText());
    assertTrue(
        browser
            .findElement(By.cssSelector("tr[data-key='mini-z.level_share.5'] td.number"))
            .getText()
            .startsWith("suppressed"));
    assertFalse(
        Pattern.compile("(?<![0-9])5\\.0%").matcher(pageText()).find(),
        "3 of 60 appears nowhere: " + pageText());
    assertFalse(pageText().contains("Idea 1"), pageText());
    assertTrue(
        browser.findElements(By.id("live-banner")).isEmpty(), "a visitor sees no live report");
    assertTrue(
        api.get("index.xhtml", false).body().contains("report.xhtml?edition=" + id + "\""),
        "the start page lists the published report");

    // what a user can do next does not change what was published: more responses, a benchmark
    String csv = "mini-z.burnout\n" + "5\n".repeat(20);
    ApiClient.Reply imported =
        api.post("api/admin/editions/" + id + "/responses/import", "text/csv", csv);
    assertEquals(200, imported.status(), imported.body());
    double benchmark = 0.1 + (System.nanoTime() % 1000) / 10000.0;
    ApiClient.Reply stored =
        api.post(
            "api/admin/benchmarks",
            "application/json",
            String.format(
                Locale.ROOT,
                "{\"year\":2989,\"source\":\"2989 report (PublicationIT)\","
                    + "\"values\":{\"mini-z.burnout_rate\":{\"value\":%.4f,\"n\":100}}}",
                benchmark));
    assertEquals(200, stored.status(), stored.body());
    JsonObject liveNow = api.get("api/admin/editions/" + id + "/report", true).json();
    assertEquals(80, liveNow.getInt("responses"), "the live report has changed");
    assertEquals(
        benchmark,
        number(
            section(liveNow, "mini-z")
                .getJsonObject("comparison")
                .getJsonObject("mini-z.burnout_rate"),
            "previous"),
        1e-12);
    assertEquals(
        first.body(),
        api.get("api/public/editions/" + id + "/report", false).body(),
        "the publication is what was published");

    // reopened, it cannot be published; the publication stays readable meanwhile
    changeStatus(id, "open");
    assertEquals(409, publish(id, "{\"note\":\"too early\"}").status());
    assertEquals(first.body(), api.get("api/public/editions/" + id + "/report", false).body());
    changeStatus(id, "closed");

    ApiClient.Reply second = publish(id, "{\"note\":\"With the late responses.\"}");
    assertEquals(201, second.status(), second.body());
    assertEquals(2, second.json().getInt("version"));
    JsonObject v2 = api.get("api/public/editions/" + id + "/report", false).json();
    assertEquals(80, v2.getInt("responses"));
    assertEquals(2, v2.getJsonObject("publication").getInt("version"));
    assertEquals("With the late responses.", v2.getJsonObject("publication").getString("note"));
    assertEquals(
        23.0 / 80,
        number(section(v2, "mini-z").getJsonObject("statistics"), "mini-z.level_share.5"),
        1e-12,
        "23 of 80 is no small cell");
    assertEquals(
        first.body(),
        api.get("api/public/editions/" + id + "/report?version=1", false).body(),
        "version 1 stays readable and unchanged");
    assertNotEquals(first.body(), api.get("api/public/editions/" + id + "/report", false).body());
    ApiClient.Reply noSuch = api.get("api/public/editions/" + id + "/report?version=3", false);
    assertEquals(404, noSuch.status());
    assertEquals(
        "Edition " + id + " has no published version 3.", noSuch.json().getString("error"));

    JsonArray versions =
        api.get("api/admin/editions/" + id + "/publications", true).structure().asJsonArray();
    assertEquals(2, versions.size(), versions.toString());
    JsonObject one = versions.getJsonObject(0);
    assertEquals(1, one.getInt("version"));
    assertEquals("admin", one.getString("publishedBy"));
    assertTrue(one.isNull("note"));
    assertEquals(60, one.getInt("responses"));
    assertEquals(5, one.getInt("suppressionThreshold"));
    assertTrue(one.getJsonObject("instrumentVersions").containsKey("mini-z"), one.toString());
    assertEquals("With the late responses.", versions.getJsonObject(1).getString("note"));
    assertEquals(80, versions.getJsonObject(1).getInt("responses"));

    String audit = api.get("api/admin/audit", true).body();
    assertTrue(
        audit.contains("\"action\":\"report.publish\"")
            && audit.contains("version 2 of 80 responses, k = 5")
            && audit.contains("version 1 of 60 responses, k = 5"),
        audit);

    open("report.xhtml?edition=" + id + "&version=1");
    waitFor(By.id("publication"));
    assertTrue(
        browser.findElement(By.id("publication")).getText().contains("version 1."),
        browser.findElement(By.id("publication")).getText());
    assertTrue(pageText().contains("60 respondents"), pageText());
  }

  @Test
  void publishingAtTheSameTimeGivesEachPublicationItsOwnVersion() throws Exception {
    long id = edition("closed");
    int n = 4;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(n);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<ApiClient.Reply>> replies = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        replies.add(
            pool.submit(
                () -> {
                  start.await();
                  return new ApiClient(base)
                      .send(
                          "POST",
                          "api/admin/editions/" + id + "/publications",
                          "admin",
                          ApiClient.ADMIN_PASSWORD,
                          null,
                          null);
                }));
      }
      start.countDown();
      java.util.Set<Integer> versions = new java.util.TreeSet<>();
      for (var reply : replies) {
        ApiClient.Reply r = reply.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(201, r.status(), r.body());
        versions.add(r.json().getInt("version"));
      }
      assertEquals(java.util.Set.of(1, 2, 3, 4), versions, "no version was given twice");
    } finally {
      pool.shutdownNow();
    }
    assertEquals(
        4,
        api.get("api/admin/editions/" + id + "/publications", true)
            .structure()
            .asJsonArray()
            .size());
  }

  @Test
  void theEditionPageSaysWhatBecomesPublicAndPublishesAfterConfirmation() {
    long id = edition("closed");
    open("designer/edition.xhtml?id=" + id);
    logIn("admin", ApiClient.ADMIN_PASSWORD);
    waitFor(By.id("publish-summary"));
    String summary = browser.findElement(By.id("publish-summary")).getText();
    assertTrue(
        summary.startsWith(
            "The report of 60 responses, with figures resting on fewer than 5 respondents"
                + " withheld, becomes public at "),
        summary);
    assertTrue(summary.contains("report.xhtml?edition=" + id), summary);
    assertTrue(
        summary.contains("cannot be unpublished, only superseded by a new version"), summary);
    assertFalse(browser.findElements(By.id("publish:no-publications")).isEmpty());

    browser.findElement(By.id("publish:note")).sendKeys("First look.");
    click(By.id("publish:publish-button"));
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("publish:publish-yes")));
    // nothing is published before the confirmation
    assertEquals(
        0,
        api.get("api/admin/editions/" + id + "/publications", true)
            .structure()
            .asJsonArray()
            .size());
    click(By.id("publish:publish-yes"));
    waitFor(By.id("publish:publications"));
    String table = browser.findElement(By.id("publish:publications")).getText();
    assertTrue(
        table.contains(today()) && table.contains("admin") && table.contains("First look."), table);
    assertTrue(
        browser.findElement(By.id("publish:publish-messages")).getText().contains("version 1"),
        browser.findElement(By.id("publish:publish-messages")).getText());
    assertEquals(
        "version 1",
        browser.findElement(By.cssSelector("#publish\\:publications a.version-link")).getText());
    JsonArray versions =
        api.get("api/admin/editions/" + id + "/publications", true).structure().asJsonArray();
    assertEquals(1, versions.size());
    assertEquals("First look.", versions.getJsonObject(0).getString("note"));
    assertEquals(200, api.get("api/public/editions/" + id + "/report", false).status());

    // an open edition's page offers no Publish button, and says why
    long open = edition("open");
    open("designer/edition.xhtml?id=" + open);
    waitFor(By.id("publish:publish-not-closed"));
    assertTrue(browser.findElements(By.id("publish:publish-button")).isEmpty());
  }

  /** 2991, demographics and Mini-Z: 40 in large groups, 30 in medium groups, 3 academics. */
  private long editionWithGroups() {
    long id =
        api.createEdition(
            "{\"year\":2991,\"title\":\"Groups "
                + UUID.randomUUID()
                + "\",\"instruments\":[\"demographics\",\"mini-z\"],\"status\":\"open\"}");
    StringBuilder json = new StringBuilder("[");
    String[] modes = {"large-group", "medium-group", "academic"};
    int[] sizes = {40, 30, 3};
    int n = 0;
    for (int m = 0; m < modes.length; m++) {
      for (int i = 0; i < sizes[m]; i++) {
        json.append(n++ == 0 ? "" : ",")
            .append("{\"demographics.practice_mode\":\"")
            .append(modes[m])
            .append("\",\"mini-z.burnout\":")
            .append(1 + i % 5)
            .append('}');
      }
    }
    ApiClient.Reply added =
        api.post("api/admin/editions/" + id + "/responses", "application/json", json + "]");
    assertEquals(200, added.status(), added.body());
    return id;
  }

  @Test
  void aReportForOneGroupIsItsOwnPublicationAndRefusedWhenTheGroupIsTooSmall() {
    long id = editionWithGroups();
    String large = "demographics.practice_mode:large-group";

    JsonObject live = api.get("api/admin/editions/" + id + "/report?group=" + large, true).json();
    assertEquals(40, live.getInt("responses"));
    assertEquals(large, live.getString("group"));

    ApiClient.Reply tooSmall =
        api.get(
            "api/admin/editions/" + id + "/report?group=demographics.practice_mode:academic", true);
    assertEquals(400, tooSmall.status(), tooSmall.body());
    assertTrue(tooSmall.body().contains("fewer than 5"), tooSmall.body());
    ApiClient.Reply unknown =
        api.get("api/admin/editions/" + id + "/report?group=demographics.nope:x", true);
    assertEquals(400, unknown.status(), unknown.body());
    assertTrue(unknown.body().contains("demographics.practice_mode"), unknown.body());

    changeStatus(id, "closed");
    ApiClient.Reply first = publish(id, "{\"group\":\"" + large + "\"}");
    assertEquals(201, first.status(), first.body());
    assertEquals(1, first.json().getInt("version"));
    ApiClient.Reply everyone = publish(id, null);
    assertEquals(1, everyone.json().getInt("version"), "each report counts its own versions");
    assertEquals(2, publish(id, "{\"group\":\"" + large + "\"}").json().getInt("version"));
    ApiClient.Reply refused = publish(id, "{\"group\":\"demographics.practice_mode:academic\"}");
    assertEquals(400, refused.status(), refused.body());

    JsonObject published =
        api.get("api/public/editions/" + id + "/report?group=" + large, false).json();
    assertEquals(40, published.getInt("responses"));
    assertEquals(large, published.getString("group"));
    assertEquals(2, published.getJsonObject("publication").getInt("version"));
    assertEquals(
        73, api.get("api/public/editions/" + id + "/report", false).json().getInt("responses"));
    assertEquals(
        404,
        api.get(
                "api/public/editions/" + id + "/report?group=demographics.practice_mode:fqhc",
                false)
            .status());

    open("report.xhtml?edition=" + id);
    assertTrue(pageText().contains("Reports for one group"), pageText());
    open("report.xhtml?edition=" + id + "&group=" + large);
    assertTrue(pageText().contains("Practice mode: Large group"), pageText());
    assertTrue(pageText().contains("40 respondents"), pageText());
    assertTrue(pageText().contains("How figures are protected"), pageText());
  }

  private ApiClient.Reply putNarrative(long id, String user, String password, String json) {
    return api.send(
        "PUT", "api/admin/editions/" + id + "/narrative", user, password, "application/json", json);
  }

  private JsonObject auditEntry(String action, long editionId, String detailStart) {
    return api.get("api/admin/audit?limit=1000", true).structure().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(
            e ->
                e.getString("action").equals(action)
                    && ("edition/" + editionId).equals(e.getString("subject", null))
                    && e.getString("detail", "").startsWith(detailStart))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no " + action + " of edition " + editionId + " in the log"));
  }

  @Test
  void aPublicationFreezesTheNarrativeAndTheSurveyFactsOfTheDayItWasPublished() {
    long id = edition("open");
    // two of the 62 responses on days of their own: the survey window runs from the first
    ApiClient.Reply early =
        api.post(
            "api/admin/editions/" + id + "/responses",
            "application/json",
            "[{\"_submitted_on\":\"2024-03-02\",\"mini-z.burnout\":1},"
                + "{\"_submitted_on\":\"2024-04-30\",\"mini-z.burnout\":2}]");
    assertEquals(200, early.status(), early.body());
    String designer = "designer" + UUID.randomUUID().toString().substring(0, 8);
    api.createUser(designer, PASSWORD, "designer");
    String analyst = "analyst" + UUID.randomUUID().toString().substring(0, 8);
    api.createUser(analyst, PASSWORD, "analyst");

    ApiClient.Reply empty = api.getAs("api/admin/editions/" + id + "/narrative", analyst, PASSWORD);
    assertEquals(200, empty.status(), empty.body());
    assertEquals("", empty.json().getString("introduction"));
    assertEquals(
        List.of("mini-z", "org-improvement"),
        List.copyOf(empty.json().getJsonObject("chapters").keySet()),
        "a chapter for each instrument, in the edition's order");
    assertTrue(empty.json().isNull("invitedElsewhere"));

    String introduction = "# About\r\n\r\nThe *2990* survey. <script>alert(1)</script>";
    ApiClient.Reply saved =
        putNarrative(
            id,
            designer,
            PASSWORD,
            "{\"introduction\":\""
                + introduction.replace("\r", "\\r").replace("\n", "\\n")
                + "\",\"chapters\":{\"mini-z\":\"Burnout first.\"},"
                + "\"recommendations\":\"- rest\",\"invitedElsewhere\":568}");
    assertEquals(200, saved.status(), saved.body());
    JsonObject read =
        api.getAs("api/admin/editions/" + id + "/narrative", analyst, PASSWORD).json();
    assertEquals(saved.json(), read);
    assertEquals(
        "# About\n\nThe *2990* survey. <script>alert(1)</script>",
        read.getString("introduction"),
        "the Markdown source is kept as written, line breaks as \\n");
    assertEquals("Burnout first.", read.getJsonObject("chapters").getString("mini-z"));
    assertEquals("", read.getJsonObject("chapters").getString("org-improvement"));
    assertEquals("", read.getString("conclusion"));
    assertEquals(568, read.getInt("invitedElsewhere"));
    JsonObject entry = auditEntry("edition.narrative", id, "changed introduction");
    assertEquals(designer, entry.getString("actor"));
    assertEquals(
        "changed introduction, chapters.mini-z, recommendations; invited elsewhere 568",
        entry.getString("detail"),
        "the audit names the blocks, never their text");

    changeStatus(id, "closed");
    assertEquals(201, publish(id, null).status());
    JsonObject v1 = api.get("api/public/editions/" + id + "/report", false).json();
    JsonObject narrative = v1.getJsonObject("narrative");
    assertEquals(read.getString("introduction"), narrative.getString("introduction"));
    assertEquals("Burnout first.", narrative.getJsonObject("chapters").getString("mini-z"));
    assertEquals("- rest", narrative.getString("recommendations"));
    JsonObject facts = v1.getJsonObject("facts");
    assertEquals("2024-03-02", facts.getString("firstResponse"));
    assertEquals(today(), facts.getString("lastResponse"));
    assertEquals(568, facts.getInt("invited"));
    assertEquals("entered", facts.getString("invitedSource"), "no invitation was sent");
    assertEquals(62, facts.getInt("responses"));

    // the conclusion is written after the survey closed; version 1 keeps what it was published with
    ApiClient.Reply later =
        putNarrative(
            id,
            "admin",
            ApiClient.ADMIN_PASSWORD,
            "{\"introduction\":\"Rewritten.\",\"conclusion\":\"All in all, better.\"}");
    assertEquals(200, later.status(), later.body());
    assertTrue(later.json().isNull("invitedElsewhere"), "left out: unknown");
    assertEquals("", later.json().getJsonObject("chapters").getString("mini-z"));
    assertEquals(
        v1.getJsonObject("narrative"),
        api.get("api/public/editions/" + id + "/report", false).json().getJsonObject("narrative"));
    assertEquals(201, publish(id, null).status());
    JsonObject v2 = api.get("api/public/editions/" + id + "/report", false).json();
    assertEquals(2, v2.getJsonObject("publication").getInt("version"));
    assertEquals("Rewritten.", v2.getJsonObject("narrative").getString("introduction"));
    assertEquals("All in all, better.", v2.getJsonObject("narrative").getString("conclusion"));
    assertTrue(v2.getJsonObject("facts").isNull("invited"), "nobody invited, nothing entered");
    assertTrue(v2.getJsonObject("facts").isNull("invitedSource"));
    JsonObject again = api.get("api/public/editions/" + id + "/report?version=1", false).json();
    assertEquals(v1.getJsonObject("narrative"), again.getJsonObject("narrative"));
    assertEquals(v1.getJsonObject("facts"), again.getJsonObject("facts"));
  }

  @Test
  void aBadNarrativeIsRefusedWholeWithEveryProblemAndOnlyAdminsAndDesignersWriteIt() {
    long id = edition("open");
    ApiClient.Reply first =
        putNarrative(
            id,
            "admin",
            ApiClient.ADMIN_PASSWORD,
            "{\"introduction\":\"Kept.\",\"invitedElsewhere\":100}");
    assertEquals(200, first.status(), first.body());

    ApiClient.Reply wrongTypes =
        putNarrative(
            id,
            "admin",
            ApiClient.ADMIN_PASSWORD,
            "{\"introduction\":5,\"chapters\":{\"mini-z\":[\"x\"]},\"colour\":\"red\","
                + "\"invitedElsewhere\":1.5}");
    assertEquals(400, wrongTypes.status(), wrongTypes.body());
    assertEquals("The narrative was not saved.", wrongTypes.json().getString("error"));
    String details = wrongTypes.json().getJsonArray("details").toString();
    for (String column : List.of("introduction", "chapters.mini-z", "colour", "invitedElsewhere")) {
      assertTrue(details.contains("\"column\":\"" + column + "\""), column + ": " + details);
    }

    ApiClient.Reply refused =
        putNarrative(
            id,
            "admin",
            ApiClient.ADMIN_PASSWORD,
            "{\"introduction\":\"New.\",\"conclusion\":\""
                + "x".repeat(20_001)
                + "\",\"chapters\":{\"mbi-2\":\"Not in this edition.\"},"
                + "\"invitedElsewhere\":0}");
    assertEquals(400, refused.status(), refused.body());
    details = refused.json().getJsonArray("details").toString();
    assertTrue(
        details.contains("\"column\":\"conclusion\"")
            && details.contains("must be at most 20000 characters, is 20001"),
        details);
    assertTrue(
        details.contains("\"column\":\"chapters.mbi-2\"")
            && details.contains("'mbi-2' is not an instrument of this edition"),
        details);
    assertTrue(details.contains("\"column\":\"invitedElsewhere\""), details);
    ApiClient.Reply tooMany =
        putNarrative(id, "admin", ApiClient.ADMIN_PASSWORD, "{\"invitedElsewhere\":10000001}");
    assertEquals(400, tooMany.status(), tooMany.body());
    assertEquals(
        "must be a whole number from 1 to 10,000,000, or empty when unknown",
        tooMany.json().getJsonArray("details").getJsonObject(0).getString("message"));
    assertEquals(400, putNarrative(id, "admin", ApiClient.ADMIN_PASSWORD, "[]").status());
    JsonObject unchanged = api.get("api/admin/editions/" + id + "/narrative", true).json();
    assertEquals("Kept.", unchanged.getString("introduction"), "nothing of a refused save");
    assertEquals(100, unchanged.getInt("invitedElsewhere"));

    String analyst = "analyst" + UUID.randomUUID().toString().substring(0, 8);
    api.createUser(analyst, PASSWORD, "analyst");
    assertEquals(403, putNarrative(id, analyst, PASSWORD, "{\"introduction\":\"No.\"}").status());
    assertEquals(
        200, api.getAs("api/admin/editions/" + id + "/narrative", analyst, PASSWORD).status());
    assertEquals(401, api.get("api/admin/editions/" + id + "/narrative", false).status());
    assertEquals(401, putNarrative(id, null, null, "{}").status());
    assertEquals(404, api.get("api/admin/editions/987654321/narrative", true).status());
    assertEquals(404, putNarrative(987654321, "admin", ApiClient.ADMIN_PASSWORD, "{}").status());
    assertEquals(
        "Kept.",
        api.get("api/admin/editions/" + id + "/narrative", true).json().getString("introduction"));
  }

  @Test
  void copyingAnEditionFromLastYearCopiesItsNarrativeButNotTheNumberInvitedElsewhere() {
    long id = edition("closed");
    ApiClient.Reply saved =
        putNarrative(
            id,
            "admin",
            ApiClient.ADMIN_PASSWORD,
            "{\"introduction\":\"Last year.\",\"appendices\":\"A.\","
                + "\"chapters\":{\"org-improvement\":\"Ideas.\"},\"invitedElsewhere\":900}");
    assertEquals(200, saved.status(), saved.body());
    ApiClient.Reply copied =
        api.post(
            "api/admin/editions/" + id + "/copy",
            "application/json",
            "{\"year\":2990,\"title\":\"Copy " + UUID.randomUUID() + "\"}");
    assertEquals(201, copied.status(), copied.body());
    long copy = copied.json().getJsonNumber("id").longValue();
    JsonObject narrative = api.get("api/admin/editions/" + copy + "/narrative", true).json();
    assertEquals("Last year.", narrative.getString("introduction"));
    assertEquals("A.", narrative.getString("appendices"));
    assertEquals("Ideas.", narrative.getJsonObject("chapters").getString("org-improvement"));
    assertTrue(narrative.isNull("invitedElsewhere"), "a new year has its own number: " + narrative);
    assertEquals(
        "copied 3 blocks from edition " + id,
        auditEntry("edition.narrative", copy, "copied").getString("detail"));
    // the copy's narrative is its own
    assertEquals(
        200,
        putNarrative(copy, "admin", ApiClient.ADMIN_PASSWORD, "{\"introduction\":\"This year.\"}")
            .status());
    assertEquals(
        "Last year.",
        api.get("api/admin/editions/" + id + "/narrative", true).json().getString("introduction"));
  }
}
