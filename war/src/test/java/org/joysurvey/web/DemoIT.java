package org.joysurvey.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a newcomer sees after the README's start command: an empty embedded database gets a closed
 * 2018 demo edition whose report is published, and the open 2020 demo edition, with every installed
 * instrument and a filled report each; the 2020 report is compared with 2018's and, being live, is
 * not public. Runs in its own Failsafe execution ("it-demo" in war/pom.xml), with the demo switched
 * on and a fresh database.
 */
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
  void anEmptyEmbeddedDatabaseGetsAPublishedDemoEditionAndAnOpenOneWithFilledReports() {
    ApiClient api = new ApiClient(base);
    JsonArray editions = api.get("api/admin/editions", true).structure().asJsonArray();
    assertEquals(2, editions.size(), editions.toString());
    JsonObject earlier = byYear(editions, 2018);
    JsonObject demo = byYear(editions, 2020);
    assertEquals("Joy of Medicine (demo)", demo.getString("title"));
    assertEquals("Joy of Medicine (demo)", earlier.getString("title"));
    assertEquals("open", demo.getString("status"));
    assertEquals("closed", earlier.getString("status"));
    assertEquals(300, demo.getInt("responses"));
    assertEquals(300, earlier.getInt("responses"));
    int installed = api.get("api/instruments", false).json().getJsonArray("instruments").size();
    assertEquals(installed, demo.getJsonArray("instruments").size(), "every installed instrument");

    JsonObject report = api.get("api/admin/editions/" + demo.getInt("id") + "/report", true).json();
    assertEquals(300, report.getInt("responses"));
    boolean comparedWith2018 = false;
    for (JsonValue section : report.getJsonArray("sections")) {
      assertTrue(!section.asJsonObject().containsKey("error"), section.toString());
      assertTrue(!section.asJsonObject().getJsonObject("statistics").isEmpty(), section.toString());
      comparedWith2018 |=
          section.asJsonObject().getJsonObject("comparison").values().stream()
              .anyMatch(c -> c.asJsonObject().getInt("year") == 2018);
    }
    assertTrue(comparedWith2018, "the 2020 report is compared with 2018's");
    // live, so not public: visitors read "not published yet"
    String page = api.get("report.xhtml?edition=" + demo.getInt("id"), false).body();
    assertTrue(page.contains("The report is not published yet."), page);
    assertFalse(page.contains("300 respondents"), "no figure of the live report");

    // the 2018 report is published, as version 1 by the system, and anyone reads it
    JsonObject published =
        api.get("api/public/editions/" + earlier.getInt("id") + "/report", false).json();
    assertEquals(300, published.getInt("responses"));
    assertEquals(1, published.getJsonObject("publication").getInt("version"));
    JsonArray versions =
        api.get("api/admin/editions/" + earlier.getInt("id") + "/publications", true)
            .structure()
            .asJsonArray();
    assertEquals(1, versions.size(), versions.toString());
    assertEquals("(anonymous)", versions.getJsonObject(0).getString("publishedBy"));
    String audit = api.get("api/admin/audit", true).body();
    assertTrue(audit.contains("\"action\":\"report.publish\""), audit);
    String earlierPage = api.get("report.xhtml?edition=" + earlier.getInt("id"), false).body();
    assertTrue(earlierPage.contains("300 respondents"), "the published report page is filled");
    assertTrue(earlierPage.contains("id=\"publication\""), earlierPage);

    // the start page lists the published report, not the live one, and links the open survey
    String index = api.get("index.xhtml", false).body();
    assertTrue(index.contains("report.xhtml?edition=" + earlier.getInt("id") + "\""), index);
    assertFalse(index.contains("report.xhtml?edition=" + demo.getInt("id") + "\""), index);

    // answerable at once through its public link, which the start page offers
    assertEquals("open-link", demo.getString("accessMode"));
    String surveyLink = "survey.xhtml?edition=" + demo.getInt("id");
    assertTrue(index.contains(surveyLink), "the start page links the demo survey");
    String survey = api.get(surveyLink, false).body();
    assertTrue(
        survey.contains("id=\"progress-text\""), "the public link shows the form's first page");
  }

  private static JsonObject byYear(JsonArray editions, int year) {
    return editions.stream()
        .map(JsonValue::asJsonObject)
        .filter(e -> e.getInt("year") == year)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + year + " edition in " + editions));
  }
}
