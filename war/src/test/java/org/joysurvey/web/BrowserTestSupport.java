package org.joysurvey.web;

import java.io.File;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
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

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("joy.test.war")));
  }

  protected static ChromeDriver browser;

  @ArquillianResource protected URL base;

  protected ApiClient api;

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
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
        "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());"));
  }

  protected void waitFor(By locator) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(locator));
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
    String radioId = browser.findElement(By.cssSelector("fieldset#" + fieldset + " input[type=radio][value='"
        + optionCode + "']")).getAttribute("id");
    browser.findElement(By.xpath("//label[@for='" + radioId + "']")).click();
  }
}
