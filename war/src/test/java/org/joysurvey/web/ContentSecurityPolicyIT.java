package org.joysurvey.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages work under their Content-Security-Policy (docs/security.md, "Content-Security-Policy"):
 * walked through in Chromium with a listener for {@code securitypolicyviolation} that DevTools
 * installs in every document before any of the page's scripts, and with the browser console read
 * for "Refused to ..." messages and script errors. Every step checks that nothing was refused; one
 * test shows that the listener does see what the policy refuses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentSecurityPolicyIT extends BrowserTestSupport {

  private static final String PASSWORD = "csp designer passphrase";

  /**
   * Runs in each new document before its own scripts (DevTools' scripts are not subject to the
   * page's policy). A violation is reported as an event on the document.
   */
  private static final String COLLECTOR =
      """
      window.joyCspViolations = [];
      document.addEventListener('securitypolicyviolation', function (e) {
        window.joyCspViolations.push(e.effectiveDirective + ' refused ' + (e.blockedURI || '?')
            + ' in ' + e.sourceFile + ':' + e.lineNumber + ' ' + (e.sample || ''));
      });
      """;

  @BeforeAll
  static void listenForViolations() {
    browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", COLLECTOR));
  }

  @BeforeEach
  void freshSession() {
    browser.manage().deleteAllCookies();
    violations();
  }

  /**
   * What the policy refused in the current document since the last call, and the console's messages
   * about it or about a script error (from any document since the last call).
   */
  @SuppressWarnings("unchecked")
  private List<String> violations() {
    List<String> found = new ArrayList<>();
    // the events are queued as tasks: one more task lets those already queued run first
    Object seen =
        browser.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "setTimeout(function () {"
                + "  var v = window.joyCspViolations || []; window.joyCspViolations = [];"
                + "  done(v); }, 0);");
    found.addAll((List<String>) seen);
    for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
      String message = entry.getMessage();
      // "Uncaught": a script that did run but failed, such as a handler PrimeFaces moved out of an
      // onclick on a page that lacked PrimeFaces' core
      if (message.contains("Content Security Policy")
          || message.contains("Refused to")
          || message.contains("Uncaught")) {
        found.add("console: " + message);
      }
    }
    return found;
  }

  private void assertNoViolations(String where) {
    List<String> found = violations();
    if (!found.isEmpty()) {
      fail(
          where
              + " ("
              + browser.getCurrentUrl()
              + ") broke its policy:\n"
              + String.join("\n", found));
    }
  }

  /** Waits for the first violation to be reported, and returns all reported by then. */
  private List<String> violationsOnceReported() {
    List<String> found = new ArrayList<>();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            d -> {
              found.addAll(violations());
              return !found.isEmpty();
            });
    return found;
  }

  @Test
  void
      theListenerSeesWhatThePolicyRefusesAnInjectedScriptForeignScriptsAndImagesAndStyleElements() {
    open("index.xhtml");
    assertNoViolations("the start page");

    browser.executeScript(
        "var s = document.createElement('script');"
            + "s.textContent = 'window.joyInjected = true;';"
            + "document.body.appendChild(s);");
    List<String> found = violationsOnceReported();
    assertTrue(found.stream().anyMatch(v -> v.contains("script-src")), String.valueOf(found));
    assertEquals(
        Boolean.FALSE,
        browser.executeScript("return window.joyInjected === true;"),
        "a script without the page's nonce does not run");

    browser.executeScript(
        "var s = document.createElement('script');"
            + "s.src = 'https://scripts.example.test/x.js';"
            + "document.body.appendChild(s);");
    found = violationsOnceReported();
    assertTrue(
        found.stream().anyMatch(v -> v.contains("scripts.example.test")), String.valueOf(found));

    browser.executeScript(
        "var i = document.createElement('img');"
            + "i.src = 'https://images.example.test/pixel.png';"
            + "document.body.appendChild(i);");
    found = violationsOnceReported();
    assertTrue(
        found.stream().anyMatch(v -> v.contains("img-src") && v.contains("images.example.test")),
        String.valueOf(found));

    browser.executeScript(
        "var s = document.createElement('style');"
            + "s.textContent = 'body { display: none; }';"
            + "document.head.appendChild(s);");
    found = violationsOnceReported();
    assertTrue(found.stream().anyMatch(v -> v.contains("style-src-elem")), String.valueOf(found));
  }

  @Test
  void aRespondentPagesThroughTheFormWithAProblemAjaxAndTheCopyButtonAndNothingIsRefused() {
    long id =
        api.createOpenLinkEdition(
            "{\"year\":2021,\"title\":\"CSP form "
                + UUID.randomUUID()
                + "\",\"instruments\":[\"on-call\",\"mini-z\",\"mbi-2\",\"wellness-services\"],"
                + "\"status\":\"open\"}");
    open("index.xhtml");
    assertNoViolations("the start page");

    open("survey.xhtml?edition=" + id);
    assertNoViolations("the survey's first page");
    assertNoSeriousAccessibilityViolations();
    WebElement nights = browser.findElement(By.cssSelector("#q-on-call-nights input"));
    nights.sendKeys("40");
    nextExpectingProblems();
    assertTrue(
        browser
            .findElement(By.id("survey:messages"))
            .getText()
            .contains("Please check the answer marked below"));
    assertEquals(
        browser.findElement(By.cssSelector("#q-on-call-nights input")),
        browser.switchTo().activeElement(),
        "the form's own script (survey.js) put the focus on the answer to correct");
    assertNoViolations("a refused answer");

    nights = browser.findElement(By.cssSelector("#q-on-call-nights input"));
    nights.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3");
    next();
    assertNoViolations("Next, with the resume code shown");
    WebElement copy = browser.findElement(By.id("copy-resume-code"));
    String before = copy.getText();
    copy.click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> !d.findElement(By.id("copy-resume-code")).getText().equals(before));
    assertNoViolations("the Copy button");
    assertNoSeriousAccessibilityViolations();

    choose("mini-z.burnout", "4");
    back();
    assertNoViolations("Back");
    next();
    nextUntilReview();
    assertNoViolations("the review page");
    submitFromReview();
    assertFalse(browser.findElements(By.id("thanks")).isEmpty(), browser.getPageSource());
    assertNoViolations("the thanks page");
  }

  @Test
  void theLiveReportDrawsItsChartsAndOffersThePdfAndPrintVersionAndNothingIsRefused() {
    long id =
        api.createEdition(
            "{\"year\":2021,\"title\":\"CSP report "
                + UUID.randomUUID()
                + "\",\"instruments\":[\"demographics\",\"mini-z\"],\"status\":\"open\"}");
    ApiClient.Reply imported =
        api.post(
            "api/admin/editions/" + id + "/responses/import",
            "text/csv",
            Fixtures.cohortCsv("demographics", "mini-z"));
    assertEquals(200, imported.status(), imported.body());

    open("login.xhtml?next=%2Freport.xhtml%3Fedition%3D" + id);
    assertNoViolations("the login page");
    logIn("admin", ApiClient.ADMIN_PASSWORD);
    waitFor(By.id("crosstab-form"));
    long charts = drawnCharts();
    assertTrue(charts >= 3, "Chart.js drew the report's charts: " + charts);
    assertNoViolations("the report page");

    new Select(browser.findElement(By.id("crosstab-rows"))).selectByValue("derived:mini-z.burnout");
    new Select(browser.findElement(By.id("crosstab-columns")))
        .selectByValue("demographics.practice_mode");
    browser.findElement(By.id("crosstab-show")).click();
    waitFor(By.id("crosstab-table"));
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            d ->
                Boolean.TRUE.equals(
                    browser.executeScript(
                        "var canvas = document.querySelector('#crosstab canvas');"
                            + "return !!(canvas && window.Chart && Chart.getChart(canvas));")));
    assertNoViolations("the crosstab explorer");

    String print = browser.findElement(By.id("print-version")).getAttribute("href");
    String pdf = browser.findElement(By.id("download-pdf")).getAttribute("href");
    browser.get(print);
    assertTrue(browser.findElement(By.tagName("h1")).getText().length() > 0);
    assertEquals(
        Boolean.TRUE,
        browser.executeScript(
            "var s = document.querySelector('style');"
                + "return !!(s && s.sheet && s.sheet.cssRules.length > 0);"),
        "the print version's own style sheet applies");
    assertNoViolations("the print version");

    browser.get(pdf);
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> "complete".equals(browser.executeScript("return document.readyState;")));
    List<String> found = new ArrayList<>();
    for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
      if (entry.getMessage().contains("Content Security Policy")
          || entry.getMessage().contains("Refused to")) {
        found.add(entry.getMessage());
      }
    }
    assertEquals(List.of(), found, "the PDF opens in the browser's viewer");
  }

  @Test
  void everyDesignerPageWithItsAjaxAndDialogsRunsUnderThePolicyWithTheSocietyLogo() {
    String designer = "csp-designer-" + UUID.randomUUID().toString().substring(0, 8);
    api.createUser(designer, PASSWORD, "designer");
    long id =
        api.createEdition(
            "{\"year\":2021,\"title\":\"CSP designer "
                + UUID.randomUUID()
                + "\",\"instruments\":[\"mini-z\",\"mbi-2\"],\"status\":\"open\"}");
    api.post(
        "api/admin/editions/" + id + "/responses/import",
        "text/csv",
        Fixtures.cohortCsv("mini-z", "mbi-2"));
    ApiClient.Reply closed =
        api.post(
            "api/admin/editions/" + id + "/status", "application/json", "{\"status\":\"closed\"}");
    assertEquals(200, closed.status(), closed.body());

    JsonObject profile = api.get("api/admin/society", true).json();
    String logo = "https://logo.example.test/brand/logo.png";
    assertEquals(
        200,
        api.put(
                "api/admin/society",
                Json.createObjectBuilder(profile).add("logoUrl", logo).build().toString())
            .status());
    try {
      open("designer/editions.xhtml");
      assertNoViolations("the login page");
      logIn("admin", ApiClient.ADMIN_PASSWORD);
      waitFor(By.id("site-logo"));
      assertEquals(logo, browser.findElement(By.id("site-logo")).getAttribute("src"));
      assertNoViolations("the editions list, with the society's logo");

      open("designer/edition.xhtml?id=" + id);
      waitFor(By.id("narrative:narrative-save"));
      assertNoViolations("the edition page");
      WebElement introduction =
          browser.findElement(
              By.cssSelector("div.narrative-block[data-block='introduction'] textarea"));
      introduction.sendKeys("## Findings\n\n*Most* are well. <script>alert(1)</script>");
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .until(
              d ->
                  !d.findElements(
                          By.cssSelector(
                              "div.narrative-block[data-block='introduction']"
                                  + " .narrative-rendered h2"))
                      .isEmpty());
      assertNoViolations("the narrative's preview");
      click(By.id("narrative:narrative-save"));
      assertNoViolations("saving the narrative");
      click(By.id("publish:publish-button"));
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .until(d -> d.findElement(By.id("publish:publish-dialog")).isDisplayed());
      click(By.id("publish:publish-cancel"));
      assertNoViolations("the publish dialog, opened and cancelled");

      open("designer/preview.xhtml?edition=" + id);
      assertNoViolations("the preview");
      open("designer/invitations.xhtml?id=" + id);
      assertNoViolations("the invitations page");
      open("designer/society.xhtml");
      assertNoViolations("the society page");
      open("designer/users.xhtml");
      new Select(browser.findElement(By.id("users:selected"))).selectByValue(designer);
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              d ->
                  d.findElement(By.cssSelector("input[name='users:roles'][value='designer']"))
                      .isSelected());
      waitForAjax();
      assertNoViolations("the users page, a user chosen (ajax)");
      open("designer/audit.xhtml");
      assertNoViolations("the audit log");
      click(By.id("account:logout"));
      waitFor(By.id("logged-out"));
      assertNoViolations("logging out");

      logIn(designer, PASSWORD);
      waitFor(By.id("current-user"));
      assertNoViolations("the editions list of a designer");
    } finally {
      api.put("api/admin/society", profile.toString());
    }
  }

  /** The report's canvases that Chart.js drew on. */
  private long drawnCharts() {
    return (Long)
        browser.executeScript(
            "return Array.prototype.filter.call(document.querySelectorAll('canvas'),"
                + " function (c) { return !!(window.Chart && Chart.getChart(c)); }).length;");
  }
}
