package org.joysurvey.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a newcomer sees after the README's start command: an empty embedded database gets two closed
 * demo editions, 2018 and 2020, with generated responses near the published survey's figures and
 * their reports published (2020's compared with 2018's), and an open 2022 edition copied from 2020
 * that anyone can answer through its public link. Runs in its own Failsafe execution ("it-demo" in
 * war/pom.xml), with the demo switched on and a fresh database; in any other execution (as {@code
 * -Dit.test=DemoIT} selects it in every one) it is skipped.
 */
@EnabledIfSystemProperty(
    named = "joy.test.demo",
    matches = "true",
    disabledReason = "the demo editions are seeded only in the it-demo execution")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoIT {

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("joy.test.war")));
  }

  @Test
  void anEmptyEmbeddedDatabaseGetsTwoPublishedDemoEditionsAndAnOpenOneCopiedFromTheLast() {
    ApiClient api = new ApiClient(base);
    JsonArray editions = api.get("api/admin/editions", true).structure().asJsonArray();
    assertEquals(3, editions.size(), editions.toString());
    JsonObject first = byYear(editions, 2018);
    JsonObject last = byYear(editions, 2020);
    JsonObject open = byYear(editions, 2022);
    for (JsonObject e : List.of(first, last, open)) {
      assertEquals("Joy of Medicine (demo)", e.getString("title"));
    }
    assertEquals("closed", first.getString("status"));
    assertEquals("closed", last.getString("status"));
    assertEquals("open", open.getString("status"));
    // the sizes of the demo profiles: the 2020 survey's 568, and 412 in 2018
    assertEquals(412, first.getInt("responses"));
    assertEquals(568, last.getInt("responses"));
    assertEquals(0, open.getInt("responses"));
    List<String> installed =
        api.get("api/instruments", false).json().getJsonArray("instruments").stream()
            .map(i -> i.asJsonObject().getString("id"))
            .toList();
    assertEquals(
        Set.copyOf(installed), Set.copyOf(ids(last)), "every installed instrument in 2020");
    assertEquals(ids(last), ids(open), "2022 is a copy of 2020");
    assertEquals(
        installed.stream().filter(i -> !i.equals("covid19-impact")).collect(Collectors.toSet()),
        Set.copyOf(ids(first)),
        "no pandemic questions in 2018");

    // both reports are published, as version 1 by the system, and anyone reads them
    for (JsonObject e : List.of(first, last)) {
      JsonObject published =
          api.get("api/public/editions/" + e.getInt("id") + "/report", false).json();
      assertEquals(e.getInt("responses"), published.getInt("responses"));
      assertEquals(1, published.getJsonObject("publication").getInt("version"));
      for (JsonValue section : published.getJsonArray("sections")) {
        assertFalse(section.asJsonObject().containsKey("error"), section.toString());
        assertFalse(
            section.asJsonObject().getJsonObject("statistics").isEmpty(), section.toString());
      }
      JsonArray versions =
          api.get("api/admin/editions/" + e.getInt("id") + "/publications", true)
              .structure()
              .asJsonArray();
      assertEquals(1, versions.size(), versions.toString());
      assertEquals("(anonymous)", versions.getJsonObject(0).getString("publishedBy"));
      String page = api.get("report.xhtml?edition=" + e.getInt("id"), false).body();
      assertTrue(page.contains(e.getInt("responses") + " respondents"), "the page is filled");
      assertTrue(page.contains("id=\"publication\""), page);
    }
    String audit = api.get("api/admin/audit", true).body();
    assertEquals(2, audit.split("\"action\":\"report.publish\"", -1).length - 1, audit);

    // the published 2020 report is compared with 2018's, and burnout rose a little, as the demo
    // profiles have it: a third on the Mini-Z and 27% on the MBI, as in the published survey
    JsonObject report2020 =
        api.get("api/public/editions/" + last.getInt("id") + "/report", false).json();
    JsonObject miniZ = section(report2020, "mini-z");
    double burnout =
        miniZ.getJsonObject("statistics").getJsonNumber("mini-z.burnout_rate").doubleValue();
    assertEquals(0.337, burnout, 0.01, "the published survey's 33.7%");
    JsonObject compared = miniZ.getJsonObject("comparison").getJsonObject("mini-z.burnout_rate");
    assertEquals(2018, compared.getInt("year"), compared.toString());
    assertEquals("edition " + first.getInt("id"), compared.getString("source"));
    assertTrue(compared.getJsonNumber("previous").doubleValue() < burnout, compared.toString());
    double mbi =
        section(report2020, "mbi-2")
            .getJsonObject("statistics")
            .getJsonNumber("mbi-2.burnout_rate")
            .doubleValue();
    assertEquals(0.27, mbi, 0.01, "the published survey's 27%");
    int comparedSections = 0;
    for (JsonValue section : report2020.getJsonArray("sections")) {
      comparedSections +=
          section.asJsonObject().getJsonObject("comparison").values().stream()
                  .anyMatch(c -> c.asJsonObject().getInt("year") == 2018)
              ? 1
              : 0;
    }
    assertEquals(installed.size() - 1, comparedSections, "every section but covid19-impact's");

    // its narrative and the number invited are frozen into it, and its white paper says so
    JsonObject narrative = report2020.getJsonObject("narrative");
    assertTrue(narrative.getString("introduction").contains("demo"), narrative.toString());
    assertFalse(narrative.getString("recommendations").isBlank());
    assertEquals(5420, report2020.getJsonObject("facts").getInt("invited"));
    ApiClient.Bytes pdf =
        api.bytes("api/public/editions/" + last.getInt("id") + "/report.pdf", null, null);
    assertEquals(200, pdf.status());
    String paper = pdfText(pdf.body());
    assertTrue(paper.contains("Of 5,420 physicians invited, 568 answered"), paper);
    assertTrue(paper.contains("±3.9 percentage points"), "the model survey's margin of error");
    assertTrue(paper.contains("Key findings") && paper.contains("Recommendations"));

    // the open edition is live, so not public, and answerable at once through its public link
    String openPage = api.get("report.xhtml?edition=" + open.getInt("id"), false).body();
    assertTrue(openPage.contains("The report is not published yet."), openPage);
    assertEquals("open-link", open.getString("accessMode"));
    String index = api.get("index.xhtml", false).body();
    assertTrue(index.contains("report.xhtml?edition=" + first.getInt("id") + "\""), index);
    assertTrue(index.contains("report.xhtml?edition=" + last.getInt("id") + "\""), index);
    assertFalse(index.contains("report.xhtml?edition=" + open.getInt("id") + "\""), index);
    assertTrue(
        index.indexOf("report.xhtml?edition=" + last.getInt("id"))
            < index.indexOf("report.xhtml?edition=" + first.getInt("id")),
        "newest report first");
    String surveyLink = "survey.xhtml?edition=" + open.getInt("id");
    assertTrue(index.contains(surveyLink), "the start page links the open survey");
    assertFalse(index.contains("survey.xhtml?edition=" + last.getInt("id") + "\""), index);
    String survey = api.get(surveyLink, false).body();
    assertTrue(
        survey.contains("id=\"progress-text\""), "the public link shows the form's first page");
  }

  private static String pdfText(byte[] pdf) {
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> ids(JsonObject edition) {
    return edition.getJsonArray("instruments").getValuesAs(JsonString::getString);
  }

  private static JsonObject section(JsonObject report, String instrument) {
    return report.getJsonArray("sections").stream()
        .map(JsonValue::asJsonObject)
        .filter(s -> s.getString("instrument").equals(instrument))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + instrument + " section"));
  }

  private static JsonObject byYear(JsonArray editions, int year) {
    return editions.stream()
        .map(JsonValue::asJsonObject)
        .filter(e -> e.getInt("year") == year)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + year + " edition in " + editions));
  }
}
