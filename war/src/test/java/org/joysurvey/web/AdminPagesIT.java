package org.joysurvey.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin pages in a real browser (the society's profile, users, the audit log) and the society
 * API. The profile is put back to the defaults after each test, as the integration tests share one
 * database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminPagesIT extends BrowserTestSupport {

  private static final String PASSWORD = "a good long passphrase";

  private static final String DEFAULTS = "{\"name\":\"Joy Survey\",\"primaryColour\":\"#1f4e79\"}";

  @BeforeEach
  void freshSession() {
    open("index.xhtml");
    browser.manage().deleteAllCookies();
  }

  @AfterEach
  void defaults() {
    assertEquals(200, api.put("api/admin/society", DEFAULTS).status());
  }

  private void type(String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  /** Ticks a check box of a PrimeFaces selectManyCheckbox by clicking its label. */
  private void tick(String name, String value) {
    String id =
        browser
            .findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"))
            .getAttribute("id");
    browser.findElement(By.xpath("//label[@for='" + id + "']")).click();
  }

  /** Waits until a check box is ticked, through the AJAX update that replaces it. */
  private void waitTicked(String name, String value) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                d.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"))
                    .isSelected());
    waitForAjax();
  }

  @Test
  void anAdminBrandsTheInstanceAndManagesUsers() {
    String name = "Society " + UUID.randomUUID().toString().substring(0, 8);
    open("designer/society.xhtml");
    logIn("admin", ApiClient.ADMIN_PASSWORD);
    waitFor(By.id("society:save"));
    assertFalse(browser.findElements(By.id("admin-users")).isEmpty(), "admins see the admin links");

    // the profile: name, colour, introduction with markup and two lines
    type("society:name", name);
    type("society:colour", "#2a6041");
    type("society:introduction", "Welcome <b>x</b>\nSecond line");
    type("society:privacy", "We keep no names.");
    type("society:contact", "office@example.org");
    type("society:logo", "https://example.org/logo.png");
    browser.findElement(By.id("society:save")).click();
    waitFor(By.id("saved"));
    assertEquals(name, text("society-name"), "the header follows at once");
    String background =
        (String)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return getComputedStyle(document.querySelector('header.site-header'))"
                        + ".backgroundColor;");
    assertEquals("rgb(42, 96, 65)", background);
    assertEquals(
        "https://example.org/logo.png",
        browser.findElement(By.id("site-logo")).getAttribute("src"));

    // a colour too light for white text: refused with a message, nothing changes
    type("society:name", "Not saved");
    type("society:colour", "#dddddd");
    browser.findElement(By.id("society:save")).click();
    waitFor(By.id("society:messages"));
    String messages = text("society:messages");
    assertTrue(messages.contains("too light"), messages);
    JsonObject stored = api.get("api/admin/society", true).json();
    assertEquals(name, stored.getString("name"), stored.toString());
    assertEquals("#2a6041", stored.getString("primaryColour"), stored.toString());

    // the public survey page: name, the introduction as text (escaped, both lines), privacy and
    // contact
    long edition =
        api.createOpenLinkEdition(
            "{\"year\":2022,\"title\":\"Branded "
                + UUID.randomUUID()
                + "\",\"instruments\":[\"mini-z\"],\"status\":\"open\"}");
    browser.manage().deleteAllCookies();
    open("survey.xhtml?edition=" + edition);
    waitFor(By.id("survey:next"));
    assertEquals(name, text("society-name"));
    assertEquals("Welcome <b>x</b>\nSecond line", text("society-intro"));
    assertTrue(
        browser.findElements(By.cssSelector("#society-intro b")).isEmpty(),
        "the markup is not read as HTML");
    assertTrue(browser.getPageSource().contains("&lt;b&gt;x&lt;/b&gt;"), "escaped in the page");
    browser.findElement(By.cssSelector("#privacy summary")).click();
    assertEquals("We keep no names.", text("privacy-statement"));
    assertTrue(text("society-contact").contains("office@example.org"), text("society-contact"));
    assertTrue(
        browser.findElements(By.id("admin-users")).isEmpty(), "no admin links for respondents");

    open("report.xhtml?edition=" + edition);
    waitFor(By.id("report-society"));
    assertEquals(name, text("report-society"));

    // a user created on the users page can log in
    String designer = "designer" + UUID.randomUUID().toString().substring(0, 8);
    open("designer/users.xhtml");
    logIn("admin", ApiClient.ADMIN_PASSWORD);
    waitFor(By.id("users:create"));
    type("users:new-username", designer);
    type("users:new-password", "short");
    tick("users:new-roles", "designer");
    browser.findElement(By.id("users:create")).click();
    waitFor(By.id("users:messages"));
    messages = text("users:messages");
    assertTrue(messages.contains("at least 12 characters"), messages);
    assertFalse(api.get("api/admin/users", true).body().contains(designer), "not created");

    type("users:new-username", designer);
    type("users:new-password", PASSWORD);
    browser.findElement(By.id("users:create")).click();
    waitFor(By.cssSelector("tr[data-user='" + designer + "']"));
    assertEquals(
        "designer",
        browser.findElement(By.cssSelector("tr[data-user='" + designer + "'] td.roles")).getText());

    // a new password and roles for that user; choosing the user ticks their current roles
    new Select(browser.findElement(By.id("users:selected"))).selectByValue(designer);
    waitForAjax();
    waitTicked("users:roles", "designer");
    type("users:password", "too short");
    browser.findElement(By.id("users:reset-password")).click();
    waitFor(By.id("users:messages"));
    messages = text("users:messages");
    assertTrue(messages.contains("The password was not changed."), messages);
    String newPassword = PASSWORD + " renewed";
    new Select(browser.findElement(By.id("users:selected"))).selectByValue(designer);
    waitForAjax();
    type("users:password", newPassword);
    browser.findElement(By.id("users:reset-password")).click();
    waitFor(By.id("users:messages"));
    messages = text("users:messages");
    assertTrue(messages.contains("New password set for " + designer), messages);
    new Select(browser.findElement(By.id("users:selected"))).selectByValue(designer);
    waitForAjax();
    waitTicked("users:roles", "designer");
    tick("users:roles", "analyst");
    browser.findElement(By.id("users:change-roles")).click();
    waitFor(By.id("users:messages"));
    messages = text("users:messages");
    assertTrue(messages.contains("Roles of " + designer + ": designer, analyst."), messages);
    assertEquals(
        "designer, analyst",
        browser.findElement(By.cssSelector("tr[data-user='" + designer + "'] td.roles")).getText());
    new Select(browser.findElement(By.id("users:selected"))).selectByValue("admin");
    waitForAjax();
    waitTicked("users:roles", "admin");
    tick("users:roles", "admin");
    tick("users:roles", "analyst");
    browser.findElement(By.id("users:change-roles")).click();
    waitFor(By.id("users:messages"));
    messages = text("users:messages");
    assertTrue(messages.contains("always keeps the role admin"), messages);

    // the audit page lists the society change and the new user
    open("designer/audit.xhtml");
    waitFor(By.id("audit-list"));
    String audit = text("audit-list");
    assertTrue(audit.contains("society.update"), audit);
    assertTrue(audit.contains("user/" + designer), audit);

    browser.findElement(By.id("account:logout")).click();
    waitFor(By.id("logged-out"));
    open("designer/editions.xhtml");
    logIn(designer, newPassword);
    waitFor(By.id("edition-list"));
    assertEquals(designer, text("current-user"));
    assertTrue(
        browser.findElements(By.id("admin-users")).isEmpty(), "no admin links for a designer");
    open("designer/users.xhtml");
    assertTrue(
        browser.getPageSource().contains("Not allowed"), "a designer is refused the users page");
    assertTrue(browser.findElements(By.id("user-list")).isEmpty());
    open("designer/society.xhtml");
    assertTrue(browser.findElements(By.id("society:save")).isEmpty(), "nor the society page");
  }

  @Test
  void theSocietyApiIsForAdminsAndAllOrNothing() {
    JsonObject current = api.get("api/admin/society", true).json();
    assertEquals("#1f4e79", current.getString("primaryColour"), current.toString());
    assertEquals("", current.getString("introduction"), current.toString());

    ApiClient.Reply saved =
        api.put(
            "api/admin/society",
            "{\"name\":\" API Society \",\"primaryColour\":\"#1F4E79\","
                + "\"logoUrl\":\"https://example.org/logo.png\",\"contact\":\"a@example.org\","
                + "\"privacyStatement\":\"p\",\"introduction\":\"i\"}");
    assertEquals(200, saved.status(), saved.body());
    JsonObject read = api.get("api/admin/society", true).json();
    assertEquals("API Society", read.getString("name"));
    assertEquals("#1f4e79", read.getString("primaryColour"));
    assertEquals("https://example.org/logo.png", read.getString("logoUrl"));
    assertEquals("i", read.getString("introduction"));

    ApiClient.Reply refused =
        api.put(
            "api/admin/society",
            "{\"name\":\"Other\",\"primaryColour\":\"#eeeeee\","
                + "\"logoUrl\":\"http://example.org/x.png\",\"introduction\":\""
                + "x".repeat(5001)
                + "\",\"colour\":\"x\"}");
    assertEquals(400, refused.status(), refused.body());
    assertTrue(refused.body().contains("colour"), refused.body());
    refused =
        api.put(
            "api/admin/society",
            "{\"name\":\"Other\",\"primaryColour\":\"#eeeeee\","
                + "\"logoUrl\":\"http://example.org/x.png\",\"introduction\":\""
                + "x".repeat(5001)
                + "\"}");
    assertEquals(400, refused.status(), refused.body());
    for (String field : new String[] {"primaryColour", "logoUrl", "introduction", "too light"}) {
      assertTrue(refused.body().contains(field), field + ": " + refused.body());
    }
    assertEquals(read, api.get("api/admin/society", true).json(), "nothing changed");

    String designer = "designer" + UUID.randomUUID().toString().substring(0, 8);
    api.createUser(designer, PASSWORD, "designer");
    assertEquals(403, api.getAs("api/admin/society", designer, PASSWORD).status());
    assertEquals(
        403,
        api.send("PUT", "api/admin/society", designer, PASSWORD, "application/json", DEFAULTS)
            .status());
    assertEquals(401, api.get("api/admin/society", false).status());
    assertTrue(api.get("api/admin/audit", true).body().contains("society.update"));
  }
}
