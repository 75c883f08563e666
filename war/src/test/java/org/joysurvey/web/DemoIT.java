package org.joysurvey.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * What a newcomer sees after the README's start command: an empty embedded database gets an open
 * demo edition with every installed instrument and a filled report. Runs in its own Failsafe
 * execution ("it-demo" in war/pom.xml), with the demo switched on and a fresh database.
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
  void anEmptyEmbeddedDatabaseGetsAnOpenDemoEditionWithAFilledReport() {
    ApiClient api = new ApiClient(base);
    JsonArray editions = api.get("api/admin/editions", true).structure().asJsonArray();
    assertEquals(1, editions.size(), editions.toString());
    JsonObject demo = editions.getJsonObject(0);
    assertEquals("Joy of Medicine (demo)", demo.getString("title"));
    assertEquals("open", demo.getString("status"));
    assertEquals(300, demo.getInt("responses"));
    int installed = api.get("api/instruments", false).json().getJsonArray("instruments").size();
    assertEquals(installed, demo.getJsonArray("instruments").size(), "every installed instrument");

    JsonObject report = api.get("api/admin/editions/" + demo.getInt("id") + "/report", true).json();
    assertEquals(300, report.getInt("responses"));
    for (JsonValue section : report.getJsonArray("sections")) {
      assertTrue(!section.asJsonObject().containsKey("error"), section.toString());
      assertTrue(!section.asJsonObject().getJsonObject("statistics").isEmpty(), section.toString());
    }
    String page = api.get("report.xhtml?edition=" + demo.getInt("id"), false).body();
    assertTrue(page.contains("300 respondents"), "the report page shows the filled report");

    // answerable at once through its public link, which the start page offers
    assertEquals("open-link", demo.getString("accessMode"));
    String surveyLink = "survey.xhtml?edition=" + demo.getInt("id");
    assertTrue(
        api.get("index.xhtml", false).body().contains(surveyLink),
        "the start page links the demo survey");
    String survey = api.get(surveyLink, false).body();
    assertTrue(
        survey.contains("id=\"progress-text\""), "the public link shows the form's first page");
  }
}
