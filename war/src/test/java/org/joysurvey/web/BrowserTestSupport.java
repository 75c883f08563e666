package org.joysurvey.web;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test class shares: the built WAR on Payara Micro (one start per class), one
 * headless Chromium per class, an API client, and the few gestures the pages need.
 */
abstract class BrowserTestSupport {

  protected static ChromeDriver browser;

  @ArquillianResource protected URL base;

  protected ApiClient api;

  private static String axeSource;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("joy.test.war")));
  }

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void apiClient() {
    api = new ApiClient(base);
  }

  protected void open(String page) {
    browser.get(base.toString() + page);
    waitForAjax();
  }

  /** Waits until the page has loaded and PrimeFaces has no request under way. */
  protected void waitForAjax() {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            d ->
                (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete'"
                                + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());"));
  }

  protected void waitFor(By locator) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(locator));
    waitForAjax();
  }

  protected void logIn(String user, String password) {
    WebElement name = browser.findElement(By.id("login:username"));
    name.clear();
    name.sendKeys(user);
    browser.findElement(By.id("login:password")).sendKeys(password);
    browser.findElement(By.id("login:submit")).click();
    waitForAjax();
  }

  /** Chooses an option of a radio item by clicking its visible label, as a person would. */
  protected void choose(String itemCode, String optionCode) {
    String fieldset = "q-" + itemCode.replaceAll("[^A-Za-z0-9]", "-");
    String radioId =
        browser
            .findElement(
                By.cssSelector(
                    "fieldset#" + fieldset + " input[type=radio][value='" + optionCode + "']"))
            .getAttribute("id");
    browser.findElement(By.xpath("//label[@for='" + radioId + "']")).click();
  }

  /** Clicks a button or link and waits for its ajax request (and any re-rendering) to finish. */
  protected void click(By locator) {
    waitForAjax();
    browser.findElement(locator).click();
    waitForAjax();
  }

  /**
   * The form's Next button: the page's answers are checked, and the next page (or the review)
   * follows.
   */
  protected void next() {
    String before = pageProgress();
    click(By.id("survey:next"));
    waitUntilPageChangesFrom(before);
  }

  /** Like {@link #next()}, for a page whose answers are expected to be refused: the page stays. */
  protected void nextExpectingProblems() {
    click(By.id("survey:next"));
    waitFor(By.cssSelector(".has-error"));
  }

  protected void back() {
    String before = pageProgress();
    By button =
        browser.findElements(By.id("survey:back")).isEmpty()
            ? By.id("survey:review-back")
            : By.id("survey:back");
    click(button);
    waitUntilPageChangesFrom(before);
  }

  /** "Page 2 of 9", as the form shows it. */
  protected String pageProgress() {
    return browser.findElement(By.id("progress-text")).getText();
  }

  private void waitUntilPageChangesFrom(String progress) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            d -> {
              List<WebElement> text = d.findElements(By.id("progress-text"));
              return text.isEmpty() || !text.get(0).getText().equals(progress);
            });
    waitForAjax();
  }

  /** Pages through the rest of the form with Next (answers as they are) up to the review page. */
  protected void nextUntilReview() {
    for (int pages = 0; browser.findElements(By.id("survey:submit")).isEmpty(); pages++) {
      assertTrue(pages < 20, "the review page never came");
      next();
    }
  }

  /**
   * Submits from the review page and waits for the page that follows (thanks, or the polite
   * refusal).
   */
  protected void submitFromReview() {
    click(By.id("survey:submit"));
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            d ->
                !d.findElements(By.id("thanks")).isEmpty()
                    || !d.findElements(By.id("survey-unavailable")).isEmpty()
                    || !d.findElements(By.id("survey:messages")).isEmpty()
                        && !d.findElement(By.id("survey:messages")).getText().isBlank());
    waitForAjax();
  }

  /** Next up to the review page, then submit. */
  protected void finishSurvey() {
    nextUntilReview();
    submitFromReview();
  }

  /** Sets the browser window to a small phone's width, 360 CSS pixels. */
  protected void phoneWidth360() {
    browser.manage().window().setSize(new Dimension(360, 800));
  }

  /** Back to the width every browser test starts with (see {@link Browser}). */
  protected void defaultWidth() {
    browser.manage().window().setSize(new Dimension(412, 900));
  }

  /** Nothing on the page is wider than the window: no sideways scrolling on a phone. */
  protected void assertNoHorizontalScroll() {
    long scrollWidth =
        (Long)
            ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth;");
    long windowWidth =
        (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
    assertTrue(
        scrollWidth <= windowWidth,
        "the page is "
            + scrollWidth
            + " px wide in a "
            + windowWidth
            + " px window: "
            + browser.getCurrentUrl());
  }

  /**
   * Runs axe-core (see src/test/axe, installed by {@code npm ci} before the integration tests) on
   * the page as it is now, and fails with every serious or critical violation: rule, help,
   * elements.
   */
  @SuppressWarnings("unchecked")
  protected void assertNoSeriousAccessibilityViolations() {
    waitForAjax();
    JavascriptExecutor js = browser;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
      js.executeScript(axeSource());
    }
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    // a backslash at the end of a line continues it: the script has no line break there
    Object result =
        js.executeAsyncScript(
            """
        var done = arguments[arguments.length - 1];
        axe.run(document, { resultTypes: ['violations'] }).then(function (results) {
          done(results.violations
            .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
            .map(function (v) {
              return { id: v.id, impact: v.impact, help: v.help,
                       targets: v.nodes.map(function (n) { \
        return n.target.join(' ') + ' ' + n.html.substring(0, 300); }).join(', ') };
            }));
        }).catch(function (e) { \
        done([{ id: 'axe-error', impact: 'critical', help: String(e), targets: '' }]); });
        """);
    List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
    if (!violations.isEmpty()) {
      StringBuilder report =
          new StringBuilder("Serious accessibility violations on " + browser.getCurrentUrl() + ":");
      for (Map<String, Object> v : violations) {
        report
            .append("\n- ")
            .append(v.get("id"))
            .append(" (")
            .append(v.get("impact"))
            .append("): ")
            .append(v.get("help"))
            .append(" at ")
            .append(v.get("targets"));
      }
      fail(report.toString());
    }
  }

  private static synchronized String axeSource() {
    if (axeSource == null) {
      Path axe =
          Path.of(
              System.getProperty("joy.test.axe", "src/test/axe/node_modules/axe-core/axe.min.js"));
      try {
        axeSource = Files.readString(axe);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "axe-core is missing at "
                + axe
                + ": the build runs 'npm ci' in src/test/axe "
                + "before the integration tests",
            e);
      }
    }
    return axeSource;
  }
}
