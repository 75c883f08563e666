package org.joysurvey.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The REST API end to end, on a real Payara Micro with the database of this run (embedded H2, or
 * PostgreSQL in the "postgresql" profile). Each test makes its own editions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

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

  private long newEdition(String instruments, String settings) {
    return api.createEdition(
        "{\"year\":2020,\"title\":\"IT "
            + UUID.randomUUID()
            + "\",\"instruments\":"
            + instruments
            + ",\"settings\":"
            + settings
            + ",\"status\":\"open\"}");
  }

  private JsonObject section(JsonObject report, String instrument) {
    for (JsonValue s : report.getJsonArray("sections")) {
      if (s.asJsonObject().getString("instrument").equals(instrument)) {
        return s.asJsonObject();
      }
    }
    throw new AssertionError("the report has no section " + instrument + ": " + report);
  }

  private static double number(JsonObject statistics, String key) {
    JsonValue v = statistics.get(key);
    if (!(v instanceof JsonNumber n)) {
      throw new AssertionError("statistic " + key + " should be a number, is " + v);
    }
    return n.doubleValue();
  }

  @Test
  void instrumentsListsBothBuiltInInstrumentsWithTheirItemsAndSettings() {
    ApiClient.Reply reply = api.get("api/instruments", false);
    assertEquals(200, reply.status(), reply.body());
    JsonArray instruments = reply.json().getJsonArray("instruments");
    JsonObject miniZ =
        instruments.stream()
            .map(JsonValue::asJsonObject)
            .filter(i -> i.getString("id").equals("mini-z"))
            .findFirst()
            .orElseThrow();
    JsonObject item = miniZ.getJsonArray("items").getJsonObject(0);
    assertEquals("mini-z.burnout", item.getString("code"));
    assertEquals("likert", item.getString("type"));
    assertEquals(5, item.getJsonArray("options").size());
    JsonObject mbi =
        instruments.stream()
            .map(JsonValue::asJsonObject)
            .filter(i -> i.getString("id").equals("mbi-2"))
            .findFirst()
            .orElseThrow();
    JsonObject threshold = mbi.getJsonArray("settings").getJsonObject(0);
    assertEquals("mbi-2.threshold", threshold.getString("key"));
    assertEquals("4", threshold.getString("default"));
    assertTrue(mbi.getString("licence").contains("Mind Garden"));
    assertTrue(
        reply.json().getJsonArray("failed").stream()
            .allMatch(f -> f.asJsonObject().getString("source").contains("external-plugin")),
        "no built-in plugin should fail: " + reply.body());
  }

  /**
   * The demo run (the README's start command), which -Dit.test=ApiIT also runs this class in, has
   * no plugins.
   */
  private static void assumePluginsDirectory() {
    assumeTrue(
        System.getProperty("joy.test.cmdOptions", "").contains("-Djoy.plugins.dir="),
        "this server was started without a plugins directory");
  }

  @Test
  void externalPluginsAreUsableAndABrokenOneIsReportedNotFatal() {
    assumePluginsDirectory();
    JsonObject listing = api.get("api/instruments", false).json();
    JsonObject onCall =
        listing.getJsonArray("instruments").stream()
            .map(JsonValue::asJsonObject)
            .filter(i -> i.getString("id").equals("on-call"))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("the jar in JOY_PLUGINS_DIR was not loaded: " + listing));
    assertEquals("joy-survey-external-plugin.jar", onCall.getString("source"));
    JsonObject broken = listing.getJsonArray("failed").getJsonObject(0);
    assertEquals("org.joysurvey.web.externalplugin.ExplodingPlugin", broken.getString("provider"));
    assertTrue(
        broken.getString("reason").contains("cannot read my configuration"), broken.toString());

    long id = newEdition("[\"mini-z\",\"on-call\"]", "{}");
    StringBuilder csv = new StringBuilder("mini-z.burnout,on-call.nights\n");
    for (int i = 0; i < 10; i++) {
      csv.append(i % 5 + 1).append(',').append(i).append('\n'); // nights 0..9: 5 of 10 above 4
    }
    assertEquals(
        200,
        api.post("api/admin/editions/" + id + "/responses/import", "text/csv", csv.toString())
            .status());
    ApiClient.Reply tooMany =
        api.post(
            "api/admin/editions/" + id + "/responses",
            "application/json",
            "{\"on-call.nights\":32}");
    assertEquals(400, tooMany.status());
    assertTrue(tooMany.body().contains("above the maximum 31"), tooMany.body());
    JsonObject section =
        section(api.get("api/admin/editions/" + id + "/report", true).json(), "on-call");
    assertEquals(0.5, number(section.getJsonObject("statistics"), "on-call.heavy_rate"), 1e-12);
  }

  @Test
  void pluginGeneratedFromTheArchetypeIsLoadedAndReports() {
    assumePluginsDirectory();
    // platform/archetype's integration test generates and builds it; war/pom.xml copies the jar to
    // JOY_PLUGINS_DIR
    JsonObject listing = api.get("api/instruments", false).json();
    JsonObject generated =
        listing.getJsonArray("instruments").stream()
            .map(JsonValue::asJsonObject)
            .filter(i -> i.getString("id").equals("work-schedule"))
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "the plugin generated from the archetype was not loaded (is"
                            + " platform/archetype in the build, and its integration test not"
                            + " skipped?): "
                            + listing));
    assertEquals("work-schedule-instrument-1.0.0.jar", generated.getString("source"));
    assertEquals(
        "work-schedule.schedule",
        generated.getJsonArray("items").getJsonObject(0).getString("code"));

    long id = newEdition("[\"work-schedule\"]", "{}");
    StringBuilder csv = new StringBuilder("work-schedule.schedule\n");
    for (int i = 0; i < 15; i++) {
      csv.append(i % 5 + 1).append('\n'); // 1..5 three times: 6 of 15 answered 4 or 5
    }
    assertEquals(
        200,
        api.post("api/admin/editions/" + id + "/responses/import", "text/csv", csv.toString())
            .status());
    JsonObject section =
        section(api.get("api/admin/editions/" + id + "/report", true).json(), "work-schedule");
    assertEquals(
        0.4, number(section.getJsonObject("statistics"), "work-schedule.satisfied_rate"), 1e-12);
  }

  @Test
  void adminCallsWithoutValidAdminCredentialsAreRefusedWithJson401() {
    ApiClient.Reply anonymous = api.get("api/admin/editions", false);
    assertEquals(401, anonymous.status());
    assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertTrue(
        anonymous.json().getString("error").contains("Authentication required"), anonymous.body());

    ApiClient.Reply wrongPassword = api.getAs("api/admin/editions", "admin", "not-the-password");
    assertEquals(401, wrongPassword.status());

    ApiClient.Reply anonymousImport =
        api.postAnonymous(
            "api/admin/editions/1/responses/import", "text/csv", "mini-z.burnout\n3\n");
    assertEquals(401, anonymousImport.status());
    assertFalse(
        anonymousImport.body().contains("Exception"), "no stack trace: " + anonymousImport.body());
  }

  @Test
  void creatingAnEditionReportsEveryWrongField() {
    ApiClient.Reply reply =
        api.post(
            "api/admin/editions",
            "application/json",
            "{\"year\":\"twenty\",\"title\":\"\",\"instruments\":[\"mini-z\",\"no-such\"],"
                + "\"settings\":{\"mbi-2.threshold\":9,\"mini-z.colour\":\"red\"},"
                + "\"status\":\"ajar\"}");
    assertEquals(400, reply.status(), reply.body());
    String details = reply.json().getJsonArray("details").toString();
    assertTrue(details.contains("\"column\":\"year\""), details);
    // year fails before the rest is looked at; fix it and the other problems are all listed
    reply =
        api.post(
            "api/admin/editions",
            "application/json",
            "{\"year\":2020,\"title\":\"\",\"instruments\":[\"mini-z\",\"no-such\"],"
                + "\"settings\":{\"mbi-2.threshold\":9,\"mini-z.colour\":\"red\"},"
                + "\"status\":\"ajar\"}");
    assertEquals(400, reply.status(), reply.body());
    details = reply.json().getJsonArray("details").toString();
    assertTrue(details.contains("\"column\":\"title\""), details);
    assertTrue(details.contains("'no-such' is not an installed instrument"), details);
    assertTrue(
        details.contains("settings.mbi-2.threshold"), "mbi-2 is not in this edition: " + details);
    assertTrue(details.contains("settings.mini-z.colour"), details);
    assertTrue(details.contains("'ajar' is not one of draft, open, closed"), details);
  }

  @Test
  void editionIsStoredWithItsInstrumentsAndEffectiveSettings() {
    long id = newEdition("[\"mini-z\",\"mbi-2\"]", "{\"mbi-2.threshold\":5}");
    JsonObject edition = api.get("api/admin/editions/" + id, true).json();
    assertEquals(2020, edition.getInt("year"));
    assertEquals("open", edition.getString("status"));
    assertEquals(
        List.of("mini-z", "mbi-2"),
        edition
            .getJsonArray("instruments")
            .getValuesAs((JsonValue v) -> ((jakarta.json.JsonString) v).getString()));
    assertEquals("5", edition.getJsonObject("settings").getString("mbi-2.threshold"));
    assertEquals(5, edition.getInt("suppressionThreshold"));
    JsonArray all = api.get("api/admin/editions", true).structure().asJsonArray();
    assertTrue(all.stream().anyMatch(e -> e.asJsonObject().getInt("id") == id));
  }

  @Test
  void copyFromLastYearMakesADraftWithTheSameInstrumentsAndSettings() {
    long last = newEdition("[\"mbi-2\",\"mini-z\"]", "{\"mbi-2.threshold\":5}");
    ApiClient.Reply copied =
        api.post("api/admin/editions/" + last + "/copy", "application/json", "{}");
    assertEquals(201, copied.status(), copied.body());
    JsonObject copy = api.get("api/admin/editions/" + copied.json().getInt("id"), true).json();
    JsonObject source = api.get("api/admin/editions/" + last, true).json();
    assertEquals(source.getInt("year") + 1, copy.getInt("year"));
    assertEquals(source.getString("title"), copy.getString("title"));
    assertEquals("draft", copy.getString("status"));
    assertEquals(
        source.getJsonArray("instruments"),
        copy.getJsonArray("instruments"),
        "same instruments, same order");
    assertEquals("5", copy.getJsonObject("settings").getString("mbi-2.threshold"));
    assertEquals(0, copy.getInt("responses"));

    ApiClient.Reply again =
        api.post("api/admin/editions/" + last + "/copy", "application/json", "{}");
    assertEquals(400, again.status(), "the same year and title exist now: " + again.body());
  }

  @Test
  void onlyADraftCanBeEditedAndInstrumentsWithResponsesCannotBeRemoved() {
    long id =
        api.createEdition(
            "{\"year\":2022,\"title\":\"Draft "
                + UUID.randomUUID()
                + "\",\"instruments\":[\"mini-z\",\"mbi-2\"]}");
    ApiClient.Reply edited =
        put(
            "api/admin/editions/" + id,
            "{\"year\":2022,\"title\":\"Edited "
                + id
                + "\",\"instruments\":[\"mbi-2\",\"mini-z\"],"
                + "\"settings\":{\"mbi-2.threshold\":5}}");
    assertEquals(200, edited.status(), edited.body());
    assertEquals("Edited " + id, edited.json().getString("title"));
    assertEquals("mbi-2", edited.json().getJsonArray("instruments").getString(0), "reordered");

    api.post(
        "api/admin/editions/" + id + "/responses", "application/json", "{\"mini-z.burnout\":2}");
    ApiClient.Reply removal =
        put(
            "api/admin/editions/" + id,
            "{\"year\":2022,\"title\":\"Edited " + id + "\",\"instruments\":[\"mbi-2\"]}");
    assertEquals(400, removal.status(), removal.body());
    assertTrue(removal.body().contains("'mini-z' cannot be removed"), removal.body());

    assertEquals(
        200,
        api.post(
                "api/admin/editions/" + id + "/status", "application/json", "{\"status\":\"open\"}")
            .status());
    ApiClient.Reply openEdit =
        put(
            "api/admin/editions/" + id,
            "{\"year\":2022,\"title\":\"Too late\",\"instruments\":[\"mbi-2\",\"mini-z\"]}");
    assertEquals(400, openEdit.status());
    assertTrue(openEdit.body().contains("only a draft can be edited"), openEdit.body());
    assertEquals(
        "Edited " + id,
        api.get("api/admin/editions/" + id, true).json().getString("title"),
        "unchanged");
  }

  @Test
  void editionsOpenCloseAndReopenButWithResponsesNeverReturnToDraft() {
    long id =
        api.createEdition(
            "{\"year\":2023,\"title\":\"Life "
                + UUID.randomUUID()
                + "\",\"instruments\":[\"mini-z\"]}");
    for (String status : List.of("open", "closed", "open", "draft", "open")) {
      ApiClient.Reply reply =
          api.post(
              "api/admin/editions/" + id + "/status",
              "application/json",
              "{\"status\":\"" + status + "\"}");
      assertEquals(200, reply.status(), reply.body());
      assertEquals(status, reply.json().getString("status"));
    }
    api.post(
        "api/admin/editions/" + id + "/responses", "application/json", "{\"mini-z.burnout\":4}");
    ApiClient.Reply back =
        api.post(
            "api/admin/editions/" + id + "/status", "application/json", "{\"status\":\"draft\"}");
    assertEquals(400, back.status());
    assertTrue(back.body().contains("cannot go back to draft"), back.body());
    assertEquals(
        400,
        api.post(
                "api/admin/editions/" + id + "/status", "application/json", "{\"status\":\"ajar\"}")
            .status());
  }

  @Test
  void wordingChangesOfAnOpenEditionAreVersionedAndEachResponseKeepsTheVersionItWasAnsweredUnder() {
    String title = "Wording " + UUID.randomUUID();
    long id = newEditionTitled(title);
    String definition =
        "{\"year\":2020,\"title\":\""
            + title
            + "\",\"instruments\":[\"mini-z\",\"mbi-2\"],"
            + "\"settings\":{\"mbi-2.threshold\":4";
    assertEquals(0, api.get("api/admin/editions/" + id, true).json().getInt("wordingVersion"));
    assertEquals(
        200,
        api.post(
                "api/admin/editions/" + id + "/responses",
                "application/json",
                "{\"mini-z.burnout\":1}")
            .status());

    // a typo in the wording, then its fix, while the survey is open
    ApiClient.Reply typo =
        put(
            "api/admin/editions/" + id,
            definition
                + ",\"mbi-2.wording.ee\":\"How often do you feel burned out by you work?\"}}");
    assertEquals(200, typo.status(), typo.body());
    assertEquals(1, typo.json().getInt("wordingVersion"));
    assertEquals(
        200,
        api.post(
                "api/admin/editions/" + id + "/responses",
                "application/json",
                "[{\"mini-z.burnout\":2},{\"mini-z.burnout\":3}]")
            .status());
    ApiClient.Reply fixed =
        put(
            "api/admin/editions/" + id,
            definition
                + ",\"mbi-2.wording.ee\":\"  How often do you feel burned out by your work? \"}}");
    assertEquals(200, fixed.status(), fixed.body());
    assertEquals(
        "How often do you feel burned out by your work?",
        fixed.json().getJsonObject("settings").getString("mbi-2.wording.ee"),
        "stored without the blanks around it");
    assertEquals(2, fixed.json().getInt("wordingVersion"));
    assertEquals(
        200,
        api.post(
                "api/admin/editions/" + id + "/responses/import", "text/csv", "mini-z.burnout\n4\n")
            .status());

    // the same wording again, or a default given explicitly, is no new version
    assertEquals(
        200,
        put(
                "api/admin/editions/" + id,
                definition
                    + ",\"mbi-2.wording.ee\":\"How often do you feel burned out by your work?\"}}")
            .status());
    // anything but wording stays as it was while the edition is open
    ApiClient.Reply threshold =
        put(
            "api/admin/editions/" + id,
            definition.replace("\"mbi-2.threshold\":4", "\"mbi-2.threshold\":5")
                + "},\"suppressionThreshold\":3}");
    assertEquals(400, threshold.status(), threshold.body());
    assertTrue(threshold.body().contains("only the wording of items can change"), threshold.body());

    JsonObject history = api.get("api/admin/editions/" + id + "/wording-versions", true).json();
    assertEquals(2, history.getInt("currentVersion"), history.toString());
    JsonArray versions = history.getJsonArray("versions");
    assertEquals(2, versions.size(), history.toString());
    JsonObject first = versions.getJsonObject(0);
    assertEquals(1, first.getInt("version"));
    assertEquals("mbi-2.ee", first.getString("item"));
    assertTrue(first.isNull("oldText"), "the plugin's wording before: " + first);
    assertEquals("How often do you feel burned out by you work?", first.getString("newText"));
    assertEquals("admin", first.getString("changedBy"));
    assertEquals(java.time.LocalDate.now().toString(), first.getString("changedOn"));
    assertEquals(2, first.getInt("responses"), "the two answered under the typo");
    JsonObject second = versions.getJsonObject(1);
    assertEquals(2, second.getInt("version"));
    assertEquals("How often do you feel burned out by you work?", second.getString("oldText"));
    assertEquals(1, second.getInt("responses"), "the one imported after the fix");
    assertEquals(
        Map.of("0", 1, "1", 2, "2", 1),
        history.getJsonObject("responsesByVersion").entrySet().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    Map.Entry::getKey, e -> ((JsonNumber) e.getValue()).intValue())));

    // the export tells the versions apart, and still imports
    String export = api.get("api/admin/editions/" + id + "/responses/export", true).body();
    List<String> lines = List.of(export.strip().split("\r?\n"));
    assertTrue(lines.get(0).endsWith(",_wording_version"), export);
    assertEquals(
        List.of("0", "1", "1", "2"),
        lines.subList(1, lines.size()).stream()
            .map(l -> l.substring(l.lastIndexOf(',') + 1))
            .sorted()
            .toList(),
        export);
    long copy = newEditionTitled("Re-import " + UUID.randomUUID());
    ApiClient.Reply reimport =
        api.post("api/admin/editions/" + copy + "/responses/import", "text/csv", export);
    assertEquals(200, reimport.status(), reimport.body());
    assertEquals(4, reimport.json().getInt("stored"));

    // back to the plugin's wording is a version too; an analyst reads the history
    ApiClient.Reply reset = put("api/admin/editions/" + id, definition + "}}");
    assertEquals(3, reset.json().getInt("wordingVersion"), reset.body());
    String analyst = "analyst" + UUID.randomUUID().toString().substring(0, 8);
    api.createUser(analyst, "a long enough analyst passphrase", "analyst");
    ApiClient.Reply read =
        api.getAs(
            "api/admin/editions/" + id + "/wording-versions",
            analyst,
            "a long enough analyst passphrase");
    assertEquals(200, read.status(), read.body());
    JsonObject third = read.json().getJsonArray("versions").getJsonObject(2);
    assertTrue(third.isNull("newText"), third.toString());
    assertEquals(0, third.getInt("responses"));
    assertTrue(
        api.get("api/admin/audit", true)
            .body()
            .contains("version 3: mbi-2.ee back to the plugin's wording"),
        "the change is audited");
    assertEquals(404, api.get("api/admin/editions/987654321/wording-versions", true).status());
  }

  @Test
  void aClosedEditionsWordingCannotChange() {
    String title = "Closed " + UUID.randomUUID();
    long id = newEditionTitled(title);
    api.post("api/admin/editions/" + id + "/status", "application/json", "{\"status\":\"closed\"}");
    ApiClient.Reply reply =
        put(
            "api/admin/editions/" + id,
            "{\"year\":2020,\"title\":\""
                + title
                + "\",\"instruments\":[\"mini-z\",\"mbi-2\"],"
                + "\"settings\":{\"mini-z.wording.burnout\":\"Burnout?\"}}");
    assertEquals(400, reply.status(), reply.body());
    assertTrue(reply.body().contains("this edition is closed"), reply.body());
    assertEquals(
        0,
        api.get("api/admin/editions/" + id + "/wording-versions", true)
            .json()
            .getInt("currentVersion"));
  }

  /** An open edition of Mini-Z and the MBI without wording of its own. */
  /**
   * Every export format for analysis downloads through the API, and ReadStat reads the Stata and
   * SPSS files back with the row count and the labels; a bad format is refused with 400.
   */
  @Test
  void exportsForAnalysisDownloadInEveryFormatAndReadStatReadsThem() throws Exception {
    long id = newEdition("[\"mini-z\",\"mbi-2\"]", "{}");
    String csv =
        "_submitted_on,mini-z.burnout,mbi-2.ee,mbi-2.dp\n2020-03-01,4,5,2\n2020-03-02,1,,\n";
    assertEquals(
        200, api.post("api/admin/editions/" + id + "/responses/import", "text/csv", csv).status());
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("api-export-");
    String base = "api/admin/editions/" + id + "/responses/export?derived=true&format=";
    for (String format : List.of("dta", "sav")) {
      java.nio.file.Path file = dir.resolve("e." + format);
      java.nio.file.Files.write(file, api.download(base + format));
      String summary = readstat(file.toString());
      assertTrue(summary.contains("Rows: 2"), summary);
      String data = readstat(file.toString(), "-");
      assertTrue(data.contains("\"submitted_on\",\"miniz_burnout\""), data);
      assertTrue(data.contains("d_miniz_burnout"), data);
    }
    String codebook = new String(api.download(base + "codebook-csv"), StandardCharsets.UTF_8);
    assertTrue(codebook.contains("_derived.mini-z.burnout,derived,mini-z"), codebook);
    // the rule and the codes as Mini-Z declares them (SPI 1.5), and an empty edition lists them too
    assertTrue(
        codebook.contains(
            "1 when the burnout level is 3 or more (Mini-Z item 'burnout'), 0 when it is 1 or 2,"
                + " missing when unanswered"),
        codebook);
    long empty = newEdition("[\"mini-z\"]", "{}");
    String emptyCodebook =
        new String(
            api.download("api/admin/editions/" + empty + "/responses/export?format=codebook-csv"),
            StandardCharsets.UTF_8);
    assertTrue(emptyCodebook.contains("_derived.mini-z.level,derived,mini-z"), emptyCodebook);
    String schema = new String(api.download(base + "codebook-json"), StandardCharsets.UTF_8);
    assertTrue(schema.contains("\"name\": \"mini-z.burnout\""), schema);
    String withDerived = new String(api.download(base + "csv"), StandardCharsets.UTF_8);
    assertTrue(withDerived.lines().findFirst().orElseThrow().contains("_derived.mini-z.burnout"));
    java.nio.file.Path zip = dir.resolve("e.zip");
    java.nio.file.Files.write(zip, api.download(base + "bundle"));
    try (java.util.zip.ZipFile bundle = new java.util.zip.ZipFile(zip.toFile())) {
      assertEquals(8, bundle.size());
    }
    assertEquals(400, api.get(base + "xls", true).status());
    assertTrue(
        api.get("api/admin/audit", true).body().contains("bundle with derived variables of 2"),
        "audited");
  }

  private static String readstat(String... arguments) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("readstat"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    return output;
  }

  private long newEditionTitled(String title) {
    return api.createEdition(
        "{\"year\":2020,\"title\":\""
            + title
            + "\",\"instruments\":[\"mini-z\",\"mbi-2\"],\"status\":\"open\"}");
  }

  private ApiClient.Reply put(String path, String json) {
    return api.put(path, json);
  }

  @Test
  void importedCohortGivesTheIndependentlyComputedStatistics() {
    long id = newEdition("[\"mini-z\",\"mbi-2\"]", "{}");
    ApiClient.Reply imported =
        api.post(
            "api/admin/editions/" + id + "/responses/import",
            "text/csv",
            Fixtures.cohortCsv("mini-z", "mbi-2"));
    assertEquals(200, imported.status(), imported.body());
    assertEquals(200, imported.json().getInt("stored"));

    JsonObject report = api.get("api/admin/editions/" + id + "/report", true).json();
    assertEquals(200, report.getInt("responses"));
    Map<String, Double> expected = Fixtures.expected();
    int checked = 0;
    for (String instrument : List.of("mini-z", "mbi-2")) {
      JsonObject statistics = section(report, instrument).getJsonObject("statistics");
      for (Map.Entry<String, Double> e : expected.entrySet()) {
        if (e.getKey().startsWith(instrument + ".")) {
          assertEquals(e.getValue(), number(statistics, e.getKey()), 1e-9, e.getKey());
          checked++;
        }
      }
    }
    assertEquals(11, checked, "the fixture holds 6 Mini-Z and 5 MBI statistics");

    // The Wilson interval, by its formula, from counts tallied here straight from the CSV.
    long answered = 0;
    long burnedOut = 0;
    for (Map<String, String> row : Fixtures.cohortRows("mini-z.", "mbi-2.")) {
      String level = row.get("mini-z.burnout");
      if (!level.isEmpty()) {
        answered++;
        if (Integer.parseInt(level) >= 3) {
          burnedOut++;
        }
      }
    }
    double z = 1.959963984540054;
    double p = (double) burnedOut / answered;
    double centre = (p + z * z / (2 * answered)) / (1 + z * z / answered);
    double half =
        z
            / (1 + z * z / answered)
            * Math.sqrt(p * (1 - p) / answered + z * z / (4.0 * answered * answered));
    JsonObject miniZ = section(report, "mini-z").getJsonObject("statistics");
    assertEquals(centre - half, number(miniZ, "mini-z.burnout_rate_ci_low"), 1e-12);
    assertEquals(centre + half, number(miniZ, "mini-z.burnout_rate_ci_high"), 1e-12);
    assertEquals(
        answered,
        section(report, "mini-z").getJsonObject("denominators").getInt("mini-z.burnout_rate"));
  }

  @Test
  void importedCohortOfAllEightInstrumentsGivesEveryIndependentlyComputedStatistic() {
    List<String> all =
        List.of(
            "demographics",
            "engagement-drivers",
            "mini-z",
            "mbi-2",
            "org-improvement",
            "telemedicine",
            "covid19-impact",
            "wellness-services");
    long id =
        newEdition(
            all.stream()
                .map(i -> "\"" + i + "\"")
                .collect(java.util.stream.Collectors.joining(",", "[", "]")),
            "{}");
    ApiClient.Reply imported =
        api.post(
            "api/admin/editions/" + id + "/responses/import",
            "text/csv",
            Fixtures.cohortCsv(all.toArray(String[]::new)));
    assertEquals(200, imported.status(), imported.body());
    JsonObject report = api.get("api/admin/editions/" + id + "/report", true).json();
    assertEquals(200, report.getInt("responses"));
    int checked = 0;
    for (Map.Entry<String, Double> e : Fixtures.expected().entrySet()) {
      if (e.getKey().startsWith("_")) {
        continue;
      }
      String instrument = e.getKey().substring(0, e.getKey().indexOf('.'));
      JsonObject statistics = section(report, instrument).getJsonObject("statistics");
      assertEquals(e.getValue(), number(statistics, e.getKey()), 1e-9, e.getKey());
      checked++;
    }
    assertEquals(Fixtures.expected().size() - 1, checked);
    for (JsonValue section : report.getJsonArray("sections")) {
      assertFalse(section.asJsonObject().containsKey("error"), "no section may fail: " + section);
    }
  }

  @Test
  void stricterMbiThresholdIsAppliedFromTheEditionSetting() {
    long id = newEdition("[\"mbi-2\"]", "{\"mbi-2.threshold\":5}");
    api.post(
        "api/admin/editions/" + id + "/responses/import", "text/csv", Fixtures.cohortCsv("mbi-2"));
    long answered = 0;
    long high = 0;
    for (Map<String, String> row : Fixtures.cohortRows("mini-z.", "mbi-2.")) {
      String ee = row.get("mbi-2.ee");
      if (!ee.isEmpty()) {
        answered++;
        high += Integer.parseInt(ee) >= 5 ? 1 : 0;
      }
    }
    JsonObject mbi = section(api.get("api/admin/editions/" + id + "/report", true).json(), "mbi-2");
    assertEquals(
        (double) high / answered,
        number(mbi.getJsonObject("statistics"), "mbi-2.ee_high_rate"),
        1e-12);
    assertFalse(
        mbi.getJsonObject("statistics").containsKey("mbi-2.phi_with_mini-z"),
        "without Mini-Z in the edition there is no agreement statistic");
  }

  @Test
  void closingAnEditionResealsItsResponsesWithoutChangingTheReportOrTheExport() throws Exception {
    long closing = newEdition("[\"mini-z\",\"mbi-2\"]", "{}");
    long other = newEdition("[\"mini-z\"]", "{}");
    api.post(
        "api/admin/editions/" + other + "/responses", "application/json", "{\"mini-z.burnout\":2}");
    // responses arrive in several transactions, as from respondents
    String cohort = Fixtures.cohortCsv("mini-z", "mbi-2");
    String[] lines = cohort.split("\n");
    for (int from = 1; from < lines.length; from += 50) {
      String part =
          lines[0]
              + "\n"
              + String.join("\n", List.of(lines).subList(from, Math.min(lines.length, from + 50)));
      assertEquals(
          200,
          api.post("api/admin/editions/" + closing + "/responses/import", "text/csv", part)
              .status());
    }
    String reportBefore =
        api.get("api/admin/editions/" + closing + "/report", true)
            .json()
            .getJsonArray("sections")
            .toString();
    String exportBefore =
        api.get("api/admin/editions/" + closing + "/responses/export", true).body();

    ApiClient.Reply close =
        api.post(
            "api/admin/editions/" + closing + "/status",
            "application/json",
            "{\"status\":\"closed\"}");
    assertEquals(200, close.status(), close.body());

    assertEquals(
        reportBefore,
        api.get("api/admin/editions/" + closing + "/report", true)
            .json()
            .getJsonArray("sections")
            .toString());
    assertEquals(
        exportBefore, api.get("api/admin/editions/" + closing + "/responses/export", true).body());
    assertEquals(1, api.get("api/admin/editions/" + other, true).json().getInt("responses"));
    // Maven hands -Djoy.test.db.url to the H2 run too: only the PostgreSQL run's server uses it
    String url = System.getProperty("joy.test.db.url");
    if ("postgresql".equals(System.getProperty("joy.test.database")) && url != null) {
      try (java.sql.Connection db = java.sql.DriverManager.getConnection(url, "postgres", "")) {
        // one transaction wrote every row, and the rows lie in the order of their random ids:
        // written in that order, each goes to the first page with room, so a row that fits into
        // space freed earlier (other editions' reseals) may sit before the rest; the order carries
        // no trace of arrival, which would show about one descent every second row
        assertEquals(
            1L,
            single(
                db,
                "select count(distinct xmin::text) from survey_response where edition_id = "
                    + closing));
        List<String> byId =
            ids(
                db,
                "select id from survey_response where edition_id = " + closing + " order by id");
        assertInIdOrderButForReusedSpace(
            byId,
            ids(
                db,
                "select id from survey_response where edition_id = " + closing + " order by ctid"));
        // the packed copy of the answers, which reports read, is resealed with them
        assertEquals(
            1L,
            single(
                db,
                "select count(distinct xmin::text) from survey_response_packed where edition_id = "
                    + closing));
        assertInIdOrderButForReusedSpace(
            byId,
            ids(
                db,
                "select id from survey_response_packed where edition_id = "
                    + closing
                    + " order by ctid"));
      }
    }
  }

  /**
   * Ids in physical order are in id order but for the few rows PostgreSQL puts into free space of
   * earlier pages: at most one descent per 20 rows (arrival order would give about one in two).
   */
  private static void assertInIdOrderButForReusedSpace(List<String> byId, List<String> physical) {
    assertEquals(new java.util.TreeSet<>(byId), new java.util.TreeSet<>(physical));
    int descents = 0;
    for (int i = 1; i < physical.size(); i++) {
      if (byId.indexOf(physical.get(i - 1)) > byId.indexOf(physical.get(i))) {
        descents++;
      }
    }
    assertTrue(
        descents <= physical.size() / 20,
        descents + " descents in " + physical.size() + " rows in physical order: " + physical);
  }

  @Test
  void responsesWithoutPackedAnswersAreReportedFromTheirJsonWithTheSameFiguresAndPackedAgain()
      throws Exception {
    String url = System.getProperty("joy.test.db.url");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        "postgresql".equals(System.getProperty("joy.test.database")) && url != null,
        "needs the server's database: the PostgreSQL run");
    long edition = newEdition("[\"mini-z\",\"mbi-2\"]", "{}");
    assertEquals(
        200,
        api.post(
                "api/admin/editions/" + edition + "/responses/import",
                "text/csv",
                Fixtures.cohortCsv("mini-z", "mbi-2"))
            .status());
    String packed =
        api.get("api/admin/editions/" + edition + "/report", true)
            .json()
            .getJsonArray("sections")
            .toString();
    try (java.sql.Connection db = java.sql.DriverManager.getConnection(url, "postgres", "")) {
      assertEquals(
          200L,
          single(db, "select count(*) from survey_response_packed where edition_id = " + edition));
      // as if one response had been stored before packing existed (or could not be packed)
      assertEquals(
          1,
          db.createStatement()
              .executeUpdate(
                  "update survey_response_packed set layout = 0, answers = null"
                      + " where id = (select min(id) from survey_response_packed"
                      + " where edition_id = "
                      + edition
                      + ")"));
    }
    String fromJson =
        api.get("api/admin/editions/" + edition + "/report", true)
            .json()
            .getJsonArray("sections")
            .toString();
    assertEquals(packed, fromJson);
    // that report asked for the edition to be packed again, in the background
    try (java.sql.Connection db = java.sql.DriverManager.getConnection(url, "postgres", "")) {
      long unpacked = -1;
      for (int wait = 0; wait < 300 && unpacked != 0; wait++) {
        Thread.sleep(100);
        unpacked =
            single(
                db,
                "select count(*) from survey_response_packed where edition_id = "
                    + edition
                    + " and answers is null");
      }
      assertEquals(0, unpacked, "every response of the edition is packed again");
      assertEquals(
          200L,
          single(db, "select count(*) from survey_response_packed where edition_id = " + edition));
    }
    assertEquals(
        packed,
        api.get("api/admin/editions/" + edition + "/report", true)
            .json()
            .getJsonArray("sections")
            .toString());
  }

  private static long single(java.sql.Connection db, String sql) throws java.sql.SQLException {
    try (var rows = db.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static List<String> ids(java.sql.Connection db, String sql) throws java.sql.SQLException {
    List<String> ids = new java.util.ArrayList<>();
    try (var rows = db.createStatement().executeQuery(sql)) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }

  @Test
  void exportReimportedIntoAnEmptyEditionGivesTheSameReport() {
    long first = newEdition("[\"mini-z\",\"mbi-2\"]", "{}");
    api.post(
        "api/admin/editions/" + first + "/responses/import",
        "text/csv",
        Fixtures.cohortCsv("mini-z", "mbi-2"));
    ApiClient.Reply export = api.get("api/admin/editions/" + first + "/responses/export", true);
    assertEquals(200, export.status());
    assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(
        export.body().startsWith("_submitted_on,mini-z.burnout,mbi-2.ee,mbi-2.dp"), export.body());

    long second = newEdition("[\"mini-z\",\"mbi-2\"]", "{}");
    ApiClient.Reply reimport =
        api.post("api/admin/editions/" + second + "/responses/import", "text/csv", export.body());
    assertEquals(200, reimport.status(), reimport.body());

    JsonObject a = api.get("api/admin/editions/" + first + "/report", true).json();
    JsonObject b = api.get("api/admin/editions/" + second + "/report", true).json();
    assertEquals(a.getJsonArray("sections").toString(), b.getJsonArray("sections").toString());
  }

  @Test
  void badCsvIsRejectedWithRowNumbersAndNothingIsStored() {
    long id = newEdition("[\"mini-z\",\"mbi-2\"]", "{}");
    api.post(
        "api/admin/editions/" + id + "/responses", "application/json", "{\"mini-z.burnout\":2}");
    String csv =
        "mini-z.burnout,mbi-2.ee,mbi-2.dp\n" + "3,4,1\n" + "7,4,1\n" + "2,often,1\n" + "1,2\n";
    ApiClient.Reply reply =
        api.post("api/admin/editions/" + id + "/responses/import", "text/csv", csv);
    assertEquals(400, reply.status(), reply.body());
    JsonArray details = reply.json().getJsonArray("details");
    assertEquals(3, details.size(), details.toString());
    assertEquals(2, details.getJsonObject(0).getInt("row"));
    assertEquals("mini-z.burnout", details.getJsonObject(0).getString("column"));
    assertTrue(
        details.getJsonObject(0).getString("message").contains("outside the scale 1..5"),
        details.toString());
    assertEquals(3, details.getJsonObject(1).getInt("row"));
    assertEquals("mbi-2.ee", details.getJsonObject(1).getString("column"));
    assertEquals(4, details.getJsonObject(2).getInt("row"));
    assertTrue(
        details.getJsonObject(2).getString("message").contains("2 cells but the header has 3"),
        details.toString());

    assertEquals(
        1,
        api.get("api/admin/editions/" + id, true).json().getInt("responses"),
        "the good first row must not be stored, and the earlier response must stay");
  }

  @Test
  void csvWithAColumnOfNoInstrumentOfTheEditionIsRejectedNamingTheColumn() {
    long id = newEdition("[\"mini-z\"]", "{}");
    ApiClient.Reply reply =
        api.post(
            "api/admin/editions/" + id + "/responses/import",
            "text/csv",
            "mini-z.burnout,mbi-2.ee,_note\n3,4,ignored\n");
    assertEquals(400, reply.status(), reply.body());
    JsonObject problem = reply.json().getJsonArray("details").getJsonObject(0);
    assertEquals("mbi-2.ee", problem.getString("column"));
    assertTrue(problem.isNull("row"));
    assertEquals(0, api.get("api/admin/editions/" + id, true).json().getInt("responses"));
  }

  @Test
  void jsonResponsesAreAllOrNothing() {
    long id = newEdition("[\"mini-z\",\"mbi-2\"]", "{}");
    ApiClient.Reply bad =
        api.post(
            "api/admin/editions/" + id + "/responses",
            "application/json",
            "[{\"mini-z.burnout\":3,\"mbi-2.ee\":6},{\"mini-z.burnout\":\"3\"},{\"mbi-2.xx\":1}]");
    assertEquals(400, bad.status(), bad.body());
    String details = bad.json().getJsonArray("details").toString();
    assertTrue(
        details.contains("\"row\":2") && details.contains("expected a whole number"), details);
    assertTrue(details.contains("\"row\":3") && details.contains("mbi-2.xx"), details);
    assertEquals(0, api.get("api/admin/editions/" + id, true).json().getInt("responses"));

    ApiClient.Reply good =
        api.post(
            "api/admin/editions/" + id + "/responses",
            "application/json",
            "[{\"mini-z.burnout\":3,\"mbi-2.ee\":6},{},"
                + "{\"_submitted_on\":\"2020-10-02\",\"mbi-2.dp\":0}]");
    assertEquals(200, good.status(), good.body());
    assertEquals(3, good.json().getInt("stored"));
    String export = api.get("api/admin/editions/" + id + "/responses/export", true).body();
    assertTrue(export.contains("2020-10-02,,,0"), export);
    assertTrue(
        export.contains(java.time.LocalDate.now() + ",3,6,"),
        "without _submitted_on the day is today: " + export);
  }

  @Test
  void errorsAreJsonWithTheRightStatus() {
    ApiClient.Reply array = api.post("api/admin/editions", "application/json", "[{\"year\":2020}]");
    assertEquals(400, array.status(), array.body());
    assertTrue(array.json().getString("error").contains("not created"), array.body());

    ApiClient.Reply unknown = api.get("api/admin/editions/987654321/report", true);
    assertEquals(404, unknown.status());
    assertTrue(unknown.json().getString("error").contains("987654321"));

    long id = newEdition("[\"mini-z\"]", "{}");
    ApiClient.Reply malformed =
        api.post(
            "api/admin/editions/" + id + "/responses", "application/json", "{\"mini-z.burnout\":");
    assertEquals(400, malformed.status(), malformed.body());
    assertTrue(malformed.json().containsKey("error"));
    assertFalse(malformed.body().contains("at org."), "no stack trace: " + malformed.body());
  }

  @Test
  void bodiesTheJsonParserCannotReadAreRefusedAs400NotA500() {
    long id = newEdition("[\"mini-z\"]", "{}");
    // Parsson throws a NumberFormatException (exponent beyond BigDecimal) and a plain
    // RuntimeException (nesting beyond 1,000) while JAX-RS reads these: not JsonExceptions
    ApiClient.Reply huge =
        api.post(
            "api/admin/editions/" + id + "/responses",
            "application/json",
            "{\"mini-z.burnout\":1e9999999999}");
    assertEquals(400, huge.status(), huge.body());
    assertTrue(huge.json().getString("error").contains("too large to read"), huge.body());
    ApiClient.Reply deep =
        api.post(
            "api/admin/editions/" + id + "/responses",
            "application/json",
            "{\"x\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}");
    assertEquals(400, deep.status(), deep.body());
    assertTrue(deep.json().getString("error").contains("nested too deeply"), deep.body());
    assertFalse(deep.body().contains("at org."), "no stack trace: " + deep.body());
  }

  @Test
  void smallEditionsListEveryStatisticAsSuppressedWithTheReason() {
    long id = newEdition("[\"mini-z\",\"mbi-2\"]", "{}");
    api.post(
        "api/admin/editions/" + id + "/responses",
        "application/json",
        "[{\"mini-z.burnout\":3,\"mbi-2.ee\":6,\"mbi-2.dp\":1},"
            + "{\"mini-z.burnout\":1,\"mbi-2.ee\":0,\"mbi-2.dp\":0}]");
    JsonObject miniZ =
        section(api.get("api/admin/editions/" + id + "/report", true).json(), "mini-z");
    assertEquals(
        0.5,
        number(miniZ.getJsonObject("statistics"), "mini-z.burnout_rate"),
        1e-12,
        "the analyst's JSON keeps the exact value");
    JsonObject suppressed =
        miniZ.getJsonArray("suppressed").stream()
            .map(JsonValue::asJsonObject)
            .filter(s -> s.getString("key").equals("mini-z.burnout_rate"))
            .findFirst()
            .orElseThrow();
    assertTrue(suppressed.getString("reason").contains("fewer than 5"), suppressed.toString());
  }

  /**
   * The cross-tabulation explorer over the 200-response cohort: Mini-Z burnout (derived, yes/no) by
   * practice mode, every shown count equal to the count tallied here from the CSV, every cell of
   * fewer than 5 withheld with no number in the reply, and the refusals named at their parameters.
   */
  @Test
  void crosstabOfTheCohortMatchesCountsTalliedFromTheCsvWithSmallCellsWithheld() {
    long id = newEdition("[\"demographics\",\"mini-z\"]", "{}");
    ApiClient.Reply imported =
        api.post(
            "api/admin/editions/" + id + "/responses/import",
            "text/csv",
            Fixtures.cohortCsv("demographics", "mini-z"));
    assertEquals(200, imported.status(), imported.body());

    JsonObject offered = api.get("api/admin/editions/" + id + "/crosstab/variables", true).json();
    List<String> names =
        offered.getJsonArray("variables").stream()
            .map(v -> v.asJsonObject().getString("name"))
            .toList();
    assertTrue(
        names.containsAll(
            List.of(
                "mini-z.burnout",
                "derived:mini-z.burnout",
                "demographics.practice_mode",
                "demographics.age_band")),
        names.toString());
    assertTrue(
        offered.getJsonArray("groups").stream()
            .anyMatch(
                g ->
                    g.asJsonObject()
                        .getString("group")
                        .equals("demographics.practice_mode:large-group")),
        offered.toString());

    JsonObject modes =
        offered.getJsonArray("variables").stream()
            .map(JsonValue::asJsonObject)
            .filter(v -> v.getString("name").equals("demographics.practice_mode"))
            .findFirst()
            .orElseThrow();
    List<String> modeCodes =
        modes.getJsonArray("categories").stream()
            .map(c -> c.asJsonObject().getString("code"))
            .toList();
    long[][] tallied = new long[2][modeCodes.size()];
    for (Map<String, String> row : Fixtures.cohortRows("demographics.", "mini-z.")) {
      String level = row.get("mini-z.burnout");
      String mode = row.get("demographics.practice_mode");
      if (!level.isEmpty() && !mode.isEmpty()) {
        tallied[Integer.parseInt(level) >= 3 ? 0 : 1][modeCodes.indexOf(mode)]++;
      }
    }

    ApiClient.Reply reply =
        api.get(
            "api/admin/editions/"
                + id
                + "/crosstab?rows=derived:mini-z.burnout&columns=demographics.practice_mode",
            true);
    assertEquals(200, reply.status(), reply.body());
    JsonObject table = reply.json();
    assertEquals(5, table.getInt("suppressionThreshold"));
    JsonArray cells = table.getJsonArray("cells");
    int withheld = 0;
    for (int r = 0; r < 2; r++) {
      for (int c = 0; c < modeCodes.size(); c++) {
        JsonObject cell = cells.getJsonArray(r).getJsonObject(c);
        if (cell.containsKey("withheld")) {
          withheld++;
          assertEquals(1, cell.size(), "a withheld cell carries its reason alone: " + cell);
          assertFalse(
              cell.getString("withheld").matches(".*\\d+ respondents?,.*"), cell.toString());
        } else {
          assertEquals(tallied[r][c], cell.getJsonNumber("count").longValue(), r + "," + c);
        }
        if (tallied[r][c] < 5) {
          assertTrue(cell.containsKey("withheld"), "fewer than 5: " + r + "," + c + " " + cell);
        }
      }
    }
    if (withheld > 0) {
      assertTrue(table.containsKey("testsWithheld"), table.toString());
      assertFalse(table.containsKey("chiSquare"));
    } else {
      assertEquals(modeCodes.size() - 1, table.getJsonObject("chiSquare").getInt("df"));
    }

    ApiClient.Reply refused =
        api.get(
            "api/admin/editions/"
                + id
                + "/crosstab?rows=demographics.practice_mode&columns=demographics.practice_mode",
            true);
    assertEquals(400, refused.status(), refused.body());
    assertTrue(refused.body().contains("the rows and the columns are both"), refused.body());
    ApiClient.Reply unknown =
        api.get("api/admin/editions/" + id + "/crosstab?rows=mini-z.nothing", true);
    assertEquals(400, unknown.status(), unknown.body());
    assertEquals(2, unknown.json().getJsonArray("details").size(), unknown.body());
    assertEquals(
        404, api.get("api/admin/editions/987654/crosstab?rows=a&columns=b", true).status());
    assertEquals(404, api.get("api/admin/editions/987654/crosstab/variables", true).status());
    ApiClient.Reply group =
        api.get(
            "api/admin/editions/"
                + id
                + "/crosstab?rows=derived:mini-z.burnout&columns=demographics.gender"
                + "&group=demographics.practice_mode:large-group",
            true);
    assertEquals(200, group.status(), group.body());
    assertEquals("demographics.practice_mode:large-group", group.json().getString("group"));

    String designer = "crosstab-" + UUID.randomUUID().toString().substring(0, 8);
    api.createUser(designer, "designer-secret-123", "designer");
    assertEquals(
        403,
        api.getAs(
                "api/admin/editions/" + id + "/crosstab/variables", designer, "designer-secret-123")
            .status());
  }
}
