package org.joysurvey.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Year over year, end to end: a 2020 edition compared with a 2018 edition of the same instrument
 * (raw data), a 2018 edition compared with a benchmark value entered for 2016 (no raw data before
 * it), and a benchmark of 2019 winning over the 2018 raw data for the statistic it covers.
 *
 * <p>The integration tests share one database, and earlier runs may have left editions in it. The
 * years used here (2016 to 2019) are used by no other test, and among editions of one year the one
 * created last is the previous edition, so what is checked here holds on a database already used.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class YearOverYearIT extends BrowserTestSupport {

  private static final String SOURCE_2016 = "2016 society report (YearOverYearIT)";
  private static final String SOURCE_2019 = "2019 national survey (YearOverYearIT)";

  /** An edition of Mini-Z with {@code counts[level - 1]} respondents at each level 1..5. */
  private long miniZEdition(int year, String status, int... counts) {
    long id =
        api.createEdition(
            "{\"year\":"
                + year
                + ",\"title\":\"YoY "
                + UUID.randomUUID()
                + "\",\"instruments\":[\"mini-z\"],\"status\":\""
                + status
                + "\"}");
    StringBuilder csv = new StringBuilder("mini-z.burnout\n");
    for (int level = 1; level <= 5; level++) {
      for (int i = 0; i < counts[level - 1]; i++) {
        csv.append(level).append('\n');
      }
    }
    ApiClient.Reply imported =
        api.post("api/admin/editions/" + id + "/responses/import", "text/csv", csv.toString());
    assertEquals(200, imported.status(), imported.body());
    return id;
  }

  private JsonObject miniZSection(long edition) {
    JsonObject report = api.get("api/admin/editions/" + edition + "/report", true).json();
    return report.getJsonArray("sections").stream()
        .map(JsonValue::asJsonObject)
        .filter(s -> s.getString("instrument").equals("mini-z"))
        .findFirst()
        .orElseThrow();
  }

  private static double number(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (!(v instanceof JsonNumber n)) {
      throw new AssertionError(key + " should be a number, is " + v + " in " + o);
    }
    return n.doubleValue();
  }

  private void storeBenchmarks(String json) {
    ApiClient.Reply reply = api.post("api/admin/benchmarks", "application/json", json);
    assertEquals(200, reply.status(), reply.body());
    assertEquals(1, reply.json().getInt("stored"));
  }

  @Test
  void reportsCompareWithThePreviousEditionOrABenchmarkAndThePageShowsBothYears() {
    storeBenchmarks(
        "{\"year\":2016,\"source\":\""
            + SOURCE_2016
            + "\","
            + "\"values\":{\"mini-z.burnout_rate\":{\"value\":0.25,\"n\":200}}}");
    // published without its number of respondents: compared, not tested
    storeBenchmarks(
        "{\"year\":2019,\"source\":\""
            + SOURCE_2019
            + "\","
            + "\"values\":{\"mini-z.level_share.4\":{\"value\":0.1}}}");

    // 2018: 60 respondents, 18 burned out (levels 3-5); level 5 has 3, fewer than k = 5
    long edition2018 = miniZEdition(2018, "closed", 21, 21, 10, 5, 3);
    // 2020: 80 respondents, 36 burned out
    long edition2020 = miniZEdition(2020, "open", 22, 22, 20, 10, 6);

    JsonObject section2020 = miniZSection(edition2020);
    JsonObject comparison = section2020.getJsonObject("comparison");
    JsonObject rate = comparison.getJsonObject("mini-z.burnout_rate");
    assertEquals(2018, rate.getInt("year"));
    assertEquals("edition " + edition2018, rate.getString("source"));
    assertEquals(18.0 / 60, number(rate, "previous"), 1e-12);
    assertEquals(18, rate.getInt("numerator"));
    assertEquals(60, rate.getInt("denominator"));
    // 36 / 80 = 45%, 18 / 60 = 30%: +15 points.
    // pooled p = (36 + 18) / (80 + 60) = 54 / 140 = 0.3857143
    // SE = sqrt(0.3857143 * 0.6142857 * (1/80 + 1/60)) = sqrt(0.2369388 * 0.0291667) = 0.0831307
    // z = 0.15 / 0.0831307 = 1.80439; p = 2 (1 - Phi(1.80439)) = 0.07117
    assertEquals(15.0, number(rate, "difference_points"), 1e-9);
    double pooled = 54.0 / 140;
    double z = (36.0 / 80 - 18.0 / 60) / Math.sqrt(pooled * (1 - pooled) * (1.0 / 80 + 1.0 / 60));
    assertEquals(z, number(rate, "z"), 1e-12);
    assertEquals(1.804387417792635, number(rate, "z"), 1e-9);
    assertEquals(0.07117059413247846, number(rate, "p_value"), 1e-9);
    assertEquals(JsonValue.NULL, rate.get("suppressed"));

    JsonObject level5 = comparison.getJsonObject("mini-z.level_share.5");
    assertEquals(3, level5.getInt("numerator"));
    assertTrue(
        level5.getString("suppressed").contains("counts fewer than 5 respondents"),
        level5.toString());

    JsonObject level4 = comparison.getJsonObject("mini-z.level_share.4");
    assertEquals(
        2019, level4.getInt("year"), "the 2019 benchmark is more recent than the 2018 edition");
    assertEquals(SOURCE_2019, level4.getString("source"));
    assertEquals(0.1, number(level4, "previous"), 1e-12);
    assertEquals(2.5, number(level4, "difference_points"), 1e-9); // 10 / 80 = 12.5%
    assertEquals(JsonValue.NULL, level4.get("z"));
    assertEquals(JsonValue.NULL, level4.get("p_value"));
    assertEquals(JsonValue.NULL, level4.get("numerator"));

    assertFalse(
        comparison.containsKey("mini-z.burnout_rate_ci_low"), "only proportions are compared");

    // 2018 has no raw edition before it: the 2016 benchmark, 25% of 200 = 50
    JsonObject comparison2018 = miniZSection(edition2018).getJsonObject("comparison");
    JsonObject rate2018 = comparison2018.getJsonObject("mini-z.burnout_rate");
    assertEquals(2016, rate2018.getInt("year"));
    assertEquals(SOURCE_2016, rate2018.getString("source"));
    assertEquals(0.25, number(rate2018, "previous"), 1e-12);
    assertEquals(50, rate2018.getInt("numerator"));
    assertEquals(200, rate2018.getInt("denominator"));
    // 30% against 25%: +5 points; pooled (18 + 50) / 260 = 0.2615385;
    // SE = sqrt(0.2615385 * 0.7384615 * (1/60 + 1/200)) = 0.0646886; z = 0.05 / 0.0646886 = 0.77293
    assertEquals(5.0, number(rate2018, "difference_points"), 1e-9);
    double pooled2018 = 68.0 / 260;
    assertEquals(
        (18.0 / 60 - 0.25) / Math.sqrt(pooled2018 * (1 - pooled2018) * (1.0 / 60 + 1.0 / 200)),
        number(rate2018, "z"),
        1e-12);
    assertEquals(0.4395616322095034, number(rate2018, "p_value"), 1e-9);
    assertFalse(
        comparison2018.containsKey("mini-z.level_share.1"), "no earlier figure, no comparison");

    // The page: the key figures show the earlier year and the change, the bar chart both years.
    // The 2020 edition is open, so its (live) report is for admins and analysts only.
    browser.manage().deleteAllCookies();
    browser.get(base + "login.xhtml?next=%2Freport.xhtml%3Fedition%3D" + edition2020);
    logIn("admin", ApiClient.ADMIN_PASSWORD);
    waitFor(By.id("live-banner"));
    String previous =
        browser
            .findElement(By.cssSelector("tr[data-key='mini-z.burnout_rate'] td.previous"))
            .getText();
    assertEquals("30.0% (2018)", previous);
    String change =
        browser
            .findElement(By.cssSelector("tr[data-key='mini-z.burnout_rate'] td.change"))
            .getText();
    assertEquals("+15.0 points, p = 0.071", change);
    assertTrue(
        browser
            .findElement(By.cssSelector("tr[data-key='mini-z.level_share.5'] td.previous"))
            .getText()
            .startsWith("suppressed"));
    assertEquals(
        "suppressed",
        browser
            .findElement(By.cssSelector("tr[data-key='mini-z.level_share.5'] td.change"))
            .getText());
    String page = browser.findElement(By.tagName("main")).getText();
    assertFalse(
        java.util.regex.Pattern.compile("(?<![0-9])5\\.0%").matcher(page).find(),
        "the suppressed 2018 share (3 of 60) appears nowhere: " + page);
    assertEquals(
        "+2.5 points",
        browser
            .findElement(By.cssSelector("tr[data-key='mini-z.level_share.4'] td.change"))
            .getText());
    assertEquals(
        "2020 vs 2019, 2018", browser.findElement(By.cssSelector(".chart-years")).getText());

    // PrimeFaces draws the chart with Chart.js once it is in view; wait for it, then read its
    // datasets
    List<?> datasets =
        new WebDriverWait(browser, Duration.ofSeconds(20))
            .until(
                driver ->
                    (List<?>)
                        browser.executeScript(
                            "var canvas = document.querySelector("
                                + "'section[data-instrument=\"mini-z\"] canvas');"
                                + "var chart = canvas && window.Chart && Chart.getChart(canvas);"
                                + "return chart ? chart.data.datasets.map("
                                + "function (d) { return [d.label, d.data]; }) : null;"));
    assertEquals(3, datasets.size(), String.valueOf(datasets));
    assertEquals("2020", ((List<?>) datasets.get(0)).get(0));
    assertEquals("2019", ((List<?>) datasets.get(1)).get(0));
    assertEquals("2018", ((List<?>) datasets.get(2)).get(0));
    List<?> points2018 = (List<?>) ((List<?>) datasets.get(2)).get(1);
    assertEquals(35.0, ((Number) points2018.get(0)).doubleValue(), 1e-9); // 21 of 60
    assertEquals(16.7, ((Number) points2018.get(2)).doubleValue(), 1e-9); // 10 of 60
    assertEquals(null, points2018.get(3), "level 4 is compared with 2019");
    assertEquals(null, points2018.get(4), "3 of 60 is suppressed");
  }

  @Test
  void benchmarksAreStoredAllOrNothingAndListed() {
    ApiClient.Reply bad =
        api.post(
            "api/admin/benchmarks",
            "application/json",
            "{\"year\":2017,\"source\":\"\","
                + "\"values\":{\"mini-z.level_share.2\":{\"value\":0.4,\"n\":100},"
                + "\"burnout\":{\"value\":0.3},\"mini-z.level_share.3\":{\"value\":30},"
                + "\"mini-z.level_share.1\":{\"value\":0.2,\"n\":0}}}");
    assertEquals(400, bad.status(), bad.body());
    String details = bad.json().getJsonArray("details").toString();
    assertTrue(details.contains("\"column\":\"source\""), details);
    assertTrue(details.contains("\"column\":\"values.burnout\""), details);
    assertTrue(details.contains("\"column\":\"values.mini-z.level_share.3.value\""), details);
    assertTrue(details.contains("between 0 and 1"), details);
    assertTrue(details.contains("\"column\":\"values.mini-z.level_share.1.n\""), details);

    ApiClient.Reply wrongTypes =
        api.post(
            "api/admin/benchmarks",
            "application/json",
            "{\"year\":\"2017\","
                + "\"values\":{\"mini-z.burnout_rate\":{\"value\":\"31%\",\"n\":41.5}},"
                + "\"colour\":1}");
    assertEquals(400, wrongTypes.status(), wrongTypes.body());
    String typeDetails = wrongTypes.json().getJsonArray("details").toString();
    assertTrue(
        typeDetails.contains("\"column\":\"year\"")
            && typeDetails.contains("\"column\":\"colour\"")
            && typeDetails.contains("values.mini-z.burnout_rate.value")
            && typeDetails.contains("values.mini-z.burnout_rate.n"),
        typeDetails);

    String source = "2017 report (YearOverYearIT) " + UUID.randomUUID();
    ApiClient.Reply good =
        api.post(
            "api/admin/benchmarks",
            "application/json",
            "{\"year\":2017,\"source\":\""
                + source
                + "\",\"values\":{\"mini-z.level_share.2\":{\"value\":0.4,\"n\":100},"
                + "\"mini-z.level_share.3\":{\"value\":0.3}}}");
    assertEquals(200, good.status(), good.body());
    assertEquals(2, good.json().getInt("stored"));

    JsonArray list = api.get("api/admin/benchmarks", true).structure().asJsonArray();
    List<JsonObject> from2017 =
        list.stream().map(JsonValue::asJsonObject).filter(b -> b.getInt("year") == 2017).toList();
    assertEquals(2, from2017.size(), "nothing of the refused requests was stored: " + from2017);
    JsonObject share2 = from2017.get(0);
    assertEquals("mini-z.level_share.2", share2.getString("statistic"));
    assertEquals(0.4, number(share2, "value"), 1e-12);
    assertEquals(100, share2.getInt("n"));
    assertEquals(40, share2.getInt("numerator"));
    assertEquals(source, share2.getString("source"));
    assertEquals(JsonValue.NULL, from2017.get(1).get("n"));

    assertEquals(401, api.get("api/admin/benchmarks", false).status());
  }

  /**
   * The live report's cross-tabulation panel in the browser: Mini-Z burnout by MBI burnout (both
   * derived, yes/no) gives a 2x2 table of counts tallied below, with the chi-square, Fisher's test
   * and a stacked bar chart; the Mini-Z level by MBI burnout has a small cell (3 at level 5), which
   * reads "suppressed" with no number, and the tests are withheld. The edition is of 2991, after
   * every other test's year, so that it is no edition's previous edition.
   */
  @Test
  void theLiveReportCrossTabulatesTwoDerivedVariablesAndWithholdsSmallCells() {
    long id =
        api.createEdition(
            "{\"year\":2991,\"title\":\"Crosstab "
                + UUID.randomUUID()
                + "\",\"instruments\":[\"mini-z\",\"mbi-2\"],\"status\":\"open\"}");
    // level, ee, dp, how many: Mini-Z burnout is level 3 or above, MBI burnout ee or dp >= 4
    int[][] groups = {
      {1, 0, 0, 40},
      {2, 1, 1, 30},
      {3, 6, 6, 20},
      {3, 1, 1, 10},
      {4, 6, 5, 15},
      {5, 6, 6, 3},
      {2, 6, 6, 5}
    };
    StringBuilder csv = new StringBuilder("mini-z.burnout,mbi-2.ee,mbi-2.dp\n");
    for (int[] g : groups) {
      for (int i = 0; i < g[3]; i++) {
        csv.append(g[0]).append(',').append(g[1]).append(',').append(g[2]).append('\n');
      }
    }
    ApiClient.Reply imported =
        api.post("api/admin/editions/" + id + "/responses/import", "text/csv", csv.toString());
    assertEquals(200, imported.status(), imported.body());

    browser.manage().deleteAllCookies();
    browser.get(base + "login.xhtml?next=%2Freport.xhtml%3Fedition%3D" + id);
    logIn("admin", ApiClient.ADMIN_PASSWORD);
    waitFor(By.id("crosstab-form"));
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("crosstab-rows")))
        .selectByValue("derived:mini-z.burnout");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("crosstab-columns")))
        .selectByValue("derived:mbi-2.burnout");
    browser.findElement(By.id("crosstab-show")).click();
    waitFor(By.id("crosstab-table"));

    // yes/yes 20 + 15 + 3 = 38, yes/no 10, no/yes 5, no/no 40 + 30 = 70
    List<String> cells =
        browser.findElements(By.cssSelector("#crosstab-table tbody td")).stream()
            .map(e -> e.getText())
            .toList();
    assertEquals(
        List.of(
            "38 (79.2%)",
            "10 (20.8%)",
            "48 (100.0%)",
            "5 (6.7%)",
            "70 (93.3%)",
            "75 (100.0%)",
            "43 (35.0%)",
            "80 (65.0%)",
            "123 (100.0%)"),
        cells.stream().map(c -> c.replace('\n', ' ')).toList());
    String tests = browser.findElement(By.id("crosstab-tests")).getText();
    assertTrue(tests.contains("Pearson's chi-square test: χ² = "), tests);
    assertTrue(tests.contains("with 1 degree of freedom, p < 0.001"), tests);
    assertTrue(tests.contains("Fisher's exact test (two-sided): p < 0.001"), tests);
    List<?> datasets =
        new WebDriverWait(browser, Duration.ofSeconds(20))
            .until(
                driver ->
                    (List<?>)
                        browser.executeScript(
                            "var canvas = document.querySelector('#crosstab canvas');"
                                + "var chart = canvas && window.Chart && Chart.getChart(canvas);"
                                + "return chart ? chart.data.datasets.map("
                                + "function (d) { return [d.label, d.data]; }) : null;"));
    assertEquals(2, datasets.size(), String.valueOf(datasets));
    // the columns' categories, with the labels MBI-2 declares for its burnout flag
    assertEquals("Burnout", ((List<?>) datasets.get(0)).get(0));
    assertEquals(
        79.2, ((Number) ((List<?>) ((List<?>) datasets.get(0)).get(1)).get(0)).doubleValue(), 1e-9);

    // the level by MBI burnout: level 5 holds 3 respondents, all burned out on the MBI
    browser.get(
        base
            + "report.xhtml?edition="
            + id
            + "&rows=mini-z.burnout&columns=derived:mbi-2.burnout&percent=column#crosstab");
    waitFor(By.id("crosstab-table"));
    String table = browser.findElement(By.id("crosstab-table")).getText();
    assertTrue(table.contains("suppressed"), table);
    assertFalse(table.contains(" 3 ("), "the small cell's count is nowhere: " + table);
    assertTrue(
        browser
            .findElement(By.id("crosstab-tests-withheld"))
            .getText()
            .startsWith("The tests are not shown"));
    assertTrue(browser.findElement(By.id("crosstab-percent-column")).isSelected());
  }

  /**
   * An analyst reaches "Download for analysis" from the live report (the designer pages are not
   * theirs): the page's form downloads the labelled Stata file with the session's login, not HTTP
   * Basic, and the download is audited as the API's export is. Without a login there is no file.
   */
  @Test
  void anAnalystDownloadsTheStataFileFromTheLiveReport() throws Exception {
    long id =
        api.createEdition(
            "{\"year\":2992,\"title\":\"Download "
                + UUID.randomUUID()
                + "\",\"instruments\":[\"mini-z\"],\"status\":\"open\"}");
    ApiClient.Reply imported =
        api.post(
            "api/admin/editions/" + id + "/responses/import",
            "text/csv",
            "mini-z.burnout\n1\n2\n3\n4\n5\n3\n");
    assertEquals(200, imported.status(), imported.body());
    String analyst = "dl-analyst-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "a long enough analyst passphrase";
    api.createUser(analyst, password, "analyst");

    browser.manage().deleteAllCookies();
    browser.get(base + "login.xhtml?next=%2Freport.xhtml%3Fedition%3D" + id);
    logIn(analyst, password);
    waitFor(By.id("analysis-download-form"));
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("analysis-format")))
        .selectByValue("dta");
    // the URL the form submits, with the session cookie the browser holds
    String url =
        (String)
            browser.executeScript(
                "var form = document.getElementById('analysis-download-form');"
                    + "return form.action + '?' + new URLSearchParams(new FormData(form));");
    assertTrue(url.contains("format=dta") && url.contains("derived=true"), url);
    String cookies =
        String.join(
            "; ",
            browser.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .toList());
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    java.net.http.HttpResponse<byte[]> download =
        http.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Cookie", cookies)
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, download.statusCode());
    assertEquals(
        "application/x-stata-dta",
        download.headers().firstValue("Content-Type").orElse("").split(";")[0].strip());
    assertTrue(
        download
            .headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .contains("edition-" + id + "-responses.dta"));
    String start = new String(download.body(), 0, 48, java.nio.charset.StandardCharsets.US_ASCII);
    assertTrue(start.startsWith("<stata_dta><header><release>118</release>"), start);
    assertTrue(
        api.get("api/admin/audit", true)
            .body()
            .contains("dta with derived variables of 6 responses, from the report page"),
        "audited as the API's export is");

    java.net.http.HttpResponse<String> anonymous =
        http.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(401, anonymous.statusCode());
  }
}
