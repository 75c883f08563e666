package org.joysurvey.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A respondent fills the survey in a real browser (headless Chromium, phone-sized window). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RespondentPageIT extends BrowserTestSupport {

  private long edition(String status) {
    return api.createEdition("{\"year\":2021,\"title\":\"Browser " + UUID.randomUUID()
        + "\",\"instruments\":[\"mini-z\",\"mbi-2\"],\"status\":\"" + status + "\"}");
  }

  @Test
  void respondentSubmitsTheFormAndTheResponseIsStored() {
    long id = edition("open");
    open("survey.xhtml?edition=" + id);
    assertTrue(browser.getTitle().startsWith("Browser "), browser.getTitle());
    choose("mini-z.burnout", "4");
    choose("mbi-2.ee", "5");
    choose("mbi-2.dp", "2");
    browser.findElement(By.id("survey:submit")).click();

    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("thanks")));
    assertEquals("Thank you", browser.findElement(By.id("thanks")).getText());

    String export = api.get("api/admin/editions/" + id + "/responses/export", true).body();
    String[] lines = export.strip().split("\r?\n");
    assertEquals(2, lines.length, export);
    assertEquals(LocalDate.now() + ",4,5,2,0", lines[1],
        "stored: the day (no time), level 4, ee 5, dp 2, under the plugins' wording (version 0)");
  }

  @Test
  void anEditionsOwnWordingIsWhatTheRespondentReads() {
    long id = api.createEdition("{\"year\":2021,\"title\":\"Wording " + UUID.randomUUID()
        + "\",\"instruments\":[\"mbi-2\"],\"status\":\"open\","
        + "\"settings\":{\"mbi-2.wording.ee\":\"I feel burned out from my work.\"}}");
    open("survey.xhtml?edition=" + id);
    assertEquals("I feel burned out from my work.",
        browser.findElement(By.cssSelector("fieldset#q-mbi-2-ee legend")).getText());
  }

  @Test
  void skippingEverythingIsAllowedAndStoresAnEmptyResponse() {
    long id = edition("open");
    open("survey.xhtml?edition=" + id);
    browser.findElement(By.id("survey:submit")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("thanks")));
    assertEquals(1, api.get("api/admin/editions/" + id, true).json().getInt("responses"));
  }

  @Test
  void closedDraftAndUnknownEditionsGetAClearPageNotAnError() {
    open("survey.xhtml?edition=" + edition("closed"));
    assertTrue(browser.findElement(By.id("survey-unavailable")).getText().contains("closed"));
    open("survey.xhtml?edition=" + edition("draft"));
    assertTrue(browser.findElement(By.id("survey-unavailable")).getText().contains("not open yet"));
    open("survey.xhtml?edition=999999999");
    assertTrue(browser.findElement(By.id("survey-unavailable")).getText().contains("no survey at this address"));
    assertTrue(browser.findElements(By.id("survey:submit")).isEmpty());
  }

  @Test
  void reportPageShowsTheSectionsWithSuppressionForSmallEditions() {
    long id = edition("open");
    api.post("api/admin/editions/" + id + "/responses", "application/json",
        "[{\"mini-z.burnout\":3},{\"mini-z.burnout\":1},{\"mini-z.burnout\":2}]");
    open("report.xhtml?edition=" + id);
    String text = browser.findElement(By.tagName("main")).getText();
    assertTrue(text.contains("Burnout (Mini-Z)"), text);
    assertTrue(text.contains("Burnout (MBI, two items)"), text);
    String rate = browser.findElement(By.cssSelector("tr[data-key='mini-z.burnout_rate'] td.number")).getText();
    assertTrue(rate.startsWith("suppressed"), "3 respondents are fewer than 5: " + rate);
    assertTrue(!text.contains("33.3%"), "the exact share must not appear anywhere on the page");
  }
}
