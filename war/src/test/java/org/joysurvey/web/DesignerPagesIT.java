package org.joysurvey.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The survey designer pages in a real browser: the login page, the role check, and an edition set
 * up, previewed and opened by an admin.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DesignerPagesIT extends BrowserTestSupport {

  private static final String PASSWORD = "a good long passphrase";

  @BeforeEach
  void freshSession() {
    open("index.xhtml");
    browser.manage().deleteAllCookies();
  }

  private static String uniqueName(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void anAnonymousVisitorOfTheDesignerPagesIsSentToTheLoginPage() {
    open("designer/editions.xhtml");
    assertTrue(browser.getCurrentUrl().contains("login.xhtml"), browser.getCurrentUrl());
    assertTrue(
        browser.getCurrentUrl().contains("next=%2Fdesigner%2Feditions.xhtml"),
        browser.getCurrentUrl());
    assertFalse(browser.findElements(By.id("login:username")).isEmpty());
    open("designer/preview.xhtml?edition=1");
    assertTrue(browser.getCurrentUrl().contains("login.xhtml"), browser.getCurrentUrl());
  }

  @Test
  void aWrongPasswordGetsAClearMessage() {
    String designer = uniqueName("designer");
    api.createUser(designer, PASSWORD, "designer");
    open("designer/editions.xhtml");
    logIn(designer, "not the password at all");
    String messages = browser.findElement(By.id("login:messages")).getText();
    assertTrue(messages.contains("Wrong user name or password."), messages);
    String page = browser.findElement(By.tagName("body")).getText();
    assertFalse(page.contains("Exception") || page.contains("at org."), "no stack trace: " + page);
    assertTrue(browser.getCurrentUrl().contains("login.xhtml"), browser.getCurrentUrl());

    logIn(designer, PASSWORD);
    waitFor(By.id("edition-list"));
    assertTrue(
        browser.getCurrentUrl().contains("designer/editions.xhtml"), browser.getCurrentUrl());
    assertEquals(designer, browser.findElement(By.id("current-user")).getText());

    browser.findElement(By.id("account:logout")).click();
    waitFor(By.id("logged-out"));
    open("designer/editions.xhtml");
    assertTrue(
        browser.getCurrentUrl().contains("login.xhtml"), "logged out: " + browser.getCurrentUrl());
  }

  @Test
  void anAnalystIsRefusedTheDesignerPages() {
    String analyst = uniqueName("analyst");
    api.createUser(analyst, PASSWORD, "analyst");
    open("designer/editions.xhtml");
    logIn(analyst, PASSWORD);
    assertTrue(browser.getPageSource().contains("Not allowed"), browser.getPageSource());
    assertTrue(browser.findElements(By.id("edition-list")).isEmpty());
  }

  @Test
  void anAdminSetsUpPreviewsAndOpensAnEdition() {
    open("designer/editions.xhtml");
    logIn("admin", ApiClient.ADMIN_PASSWORD);
    waitFor(By.id("edition-list"));

    String title = "Designed " + UUID.randomUUID();
    WebElement year = browser.findElement(By.id("editions:year"));
    year.clear();
    year.sendKeys("2031");
    browser.findElement(By.id("editions:title")).sendKeys(title);
    browser.findElement(By.id("editions:create")).click();
    waitFor(By.id("edition:save"));
    String url = browser.getCurrentUrl();
    long id = Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));

    // only mini-z and mbi-2, in this order
    List<String> enabled =
        api
            .get("api/admin/editions/" + id, true)
            .json()
            .getJsonArray("instruments")
            .getValuesAs(JsonString.class)
            .stream()
            .map(JsonString::getString)
            .toList();
    for (String instrument : enabled) {
      if (!instrument.equals("mini-z") && !instrument.equals("mbi-2")) {
        toggle(instrument);
      }
    }
    if (!enabled.contains("mini-z")) {
      toggle("mini-z");
    }
    if (!enabled.contains("mbi-2")) {
      toggle("mbi-2");
    }
    WebElement threshold =
        browser.findElement(By.cssSelector("div[data-setting='mbi-2.threshold'] input"));
    assertEquals("4", threshold.getAttribute("value"), "the default is shown");
    threshold.sendKeys(Keys.chord(Keys.CONTROL, "a"), "5");
    browser.findElement(By.id("edition:save")).click();
    waitForAjax();
    String messages = browser.findElement(By.id("edition:messages")).getText();
    assertTrue(messages.contains("Saved."), messages);

    JsonObject saved = api.get("api/admin/editions/" + id, true).json();
    assertEquals(
        List.of("mini-z", "mbi-2").stream().sorted().toList(),
        saved.getJsonArray("instruments").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .sorted()
            .toList(),
        saved.toString());
    assertEquals(
        "5", saved.getJsonObject("settings").getString("mbi-2.threshold"), saved.toString());
    assertEquals(title, saved.getString("title"));
    assertEquals(2031, saved.getInt("year"));
    assertTrue(
        api.get("api/admin/audit", true).body().contains("edition/" + id),
        "the change is in the audit log");

    // the preview: the respondent form, and nothing stored
    open("designer/preview.xhtml?edition=" + id);
    waitFor(By.id("preview-banner"));
    assertFalse(
        browser.findElements(By.cssSelector("fieldset#q-mini-z-burnout")).isEmpty(),
        "the Mini-Z question");
    choose("mini-z.burnout", "4");
    finishSurvey();
    String previewMessage = browser.findElement(By.id("survey:messages")).getText();
    assertTrue(previewMessage.contains("nothing was stored"), previewMessage);
    assertEquals(0, api.get("api/admin/editions/" + id, true).json().getInt("responses"));
    String export = api.get("api/admin/editions/" + id + "/responses/export", true).body();
    assertEquals(1, export.strip().split("\r?\n").length, "only the header: " + export);

    // open it; the public survey then takes answers
    open("designer/edition.xhtml?id=" + id);
    waitFor(By.id("edition:open"));
    browser.findElement(By.id("edition:open")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.elementToBeClickable(By.id("edition:confirm-yes")))
        .click();
    waitFor(By.id("edition:read-only"));
    assertEquals("open", api.get("api/admin/editions/" + id, true).json().getString("status"));

    api.useOpenLink(id);
    open("survey.xhtml?edition=" + id);
    choose("mini-z.burnout", "3");
    finishSurvey();
    waitFor(By.id("thanks"));
    assertEquals(1, api.get("api/admin/editions/" + id, true).json().getInt("responses"));
  }

  @Test
  void theThresholdAndAnItemsWordingAreEditedOnThePageAndTheWordingStaysEditableOnceOpen() {
    long id =
        api.createEdition(
            "{\"year\":2032,\"title\":\"Worded "
                + UUID.randomUUID()
                + "\",\"instruments\":[\"mini-z\",\"mbi-2\"]}");
    open("designer/editions.xhtml");
    logIn("admin", ApiClient.ADMIN_PASSWORD);
    waitFor(By.id("edition-list"));
    open("designer/edition.xhtml?id=" + id);
    waitFor(By.id("edition:save"));

    WebElement threshold = browser.findElement(By.id("edition:threshold"));
    assertEquals("5", threshold.getAttribute("value"), "the default threshold");
    threshold.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0");
    browser.findElement(By.id("edition:save")).click();
    waitForAjax();
    String inline = browser.findElement(By.id("edition:threshold-message")).getText();
    assertTrue(inline.contains("a whole number from 1 to 100"), inline);
    assertEquals(
        5,
        api.get("api/admin/editions/" + id, true).json().getInt("suppressionThreshold"),
        "nothing saved");

    browser.findElement(By.id("edition:threshold")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "7");
    browser.findElement(By.cssSelector("div#wording-mini-z button")).click();
    waitForAjax();
    String plugins =
        browser.findElement(By.cssSelector("div[data-item='mini-z.burnout'] .hint")).getText();
    assertTrue(plugins.startsWith("Plugin's wording: "), plugins);
    String wording =
        "Using your own definition of burnout, how would you rate your burnout this year?";
    browser
        .findElement(By.cssSelector("div[data-item='mini-z.burnout'] textarea"))
        .sendKeys(wording);
    browser.findElement(By.id("edition:save")).click();
    waitForAjax();
    String messages = browser.findElement(By.id("edition:messages")).getText();
    assertTrue(messages.contains("Saved."), messages);

    JsonObject saved = api.get("api/admin/editions/" + id, true).json();
    assertEquals(7, saved.getInt("suppressionThreshold"), saved.toString());
    assertEquals(
        wording,
        saved.getJsonObject("settings").getString("mini-z.wording.burnout"),
        saved.toString());
    assertEquals(1, saved.getInt("wordingVersion"));
    String history = browser.findElement(By.id("edition:wording-versions")).getText();
    assertTrue(history.contains("mini-z.burnout") && history.contains(wording), history);
    assertEquals(
        wording,
        browser
            .findElement(By.cssSelector("div[data-item='mini-z.burnout'] textarea"))
            .getAttribute("value"),
        "the wording stays in view after saving");

    open("designer/preview.xhtml?edition=" + id);
    waitFor(By.id("preview-banner"));
    String question = browser.findElement(By.cssSelector("fieldset#q-mini-z-burnout")).getText();
    assertTrue(question.contains(wording), question);

    // open: the typo-fix case; only the wording is editable, and the change is a new version
    assertEquals(
        200,
        api.post(
                "api/admin/editions/" + id + "/status", "application/json", "{\"status\":\"open\"}")
            .status());
    open("designer/edition.xhtml?id=" + id);
    waitFor(By.id("edition:open-notice"));
    assertFalse(
        browser.findElement(By.id("edition:threshold")).isEnabled(),
        "the threshold is fixed once open");
    browser.findElement(By.cssSelector("div#wording-mini-z button")).click();
    waitForAjax();
    WebElement field =
        browser.findElement(By.cssSelector("div[data-item='mini-z.burnout'] textarea"));
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "How would you rate your burnout?");
    browser.findElement(By.id("edition:save")).click();
    waitForAjax();
    assertTrue(browser.findElement(By.id("edition:messages")).getText().contains("Saved."));
    assertEquals(2, api.get("api/admin/editions/" + id, true).json().getInt("wordingVersion"));

    api.useOpenLink(id);
    open("survey.xhtml?edition=" + id);
    assertTrue(
        browser
            .findElement(By.cssSelector("fieldset#q-mini-z-burnout"))
            .getText()
            .contains("How would you rate your burnout?"));
    choose("mini-z.burnout", "2");
    nextUntilReview();
    submitFromReview();
    waitFor(By.id("thanks"));
    JsonObject versions = api.get("api/admin/editions/" + id + "/wording-versions", true).json();
    assertEquals(
        1,
        versions.getJsonArray("versions").getJsonObject(1).getInt("responses"),
        versions.toString());
    assertEquals(1, versions.getJsonObject("responsesByVersion").getInt("2"), versions.toString());
  }

  /** Ticks or unticks an instrument on the edition page and waits for the page to follow. */
  private void toggle(String instrument) {
    browser.findElement(By.cssSelector("div#instrument-" + instrument + " .ui-chkbox-box")).click();
    waitForAjax();
  }

  private WebElement narrativeBlock(String block) {
    return browser.findElement(By.cssSelector("div.narrative-block[data-block='" + block + "']"));
  }

  @Test
  void aDesignerWritesTheNarrativeInMarkdownSeesThePreviewAndFindsItSavedAfterAReload()
      throws Exception {
    String designer = uniqueName("designer");
    api.createUser(designer, PASSWORD, "designer");
    long id =
        api.createEdition(
            "{\"year\":2032,\"title\":\"Narrative "
                + UUID.randomUUID()
                + "\",\"instruments\":[\"mini-z\",\"mbi-2\"]}");
    open("designer/edition.xhtml?id=" + id);
    logIn(designer, PASSWORD);
    waitFor(By.id("narrative:narrative-save"));
    List<String> blocks =
        browser.findElements(By.cssSelector("div.narrative-block")).stream()
            .map(b -> b.getAttribute("data-block"))
            .toList();
    assertEquals(
        List.of(
            "introduction",
            "chapters.mini-z",
            "chapters.mbi-2",
            "conclusion",
            "recommendations",
            "appendices"),
        blocks);

    WebElement introduction = narrativeBlock("introduction").findElement(By.tagName("textarea"));
    introduction.sendKeys(
        "## Findings\n\n*Most* physicians are well. <script>alert(1)</script>"
            + " [see](javascript:alert(1)) and [the society](https://example.org)");
    WebElement preview =
        narrativeBlock("introduction").findElement(By.cssSelector(".narrative-rendered"));
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            d ->
                !narrativeBlock("introduction")
                    .findElements(By.cssSelector(".narrative-rendered a"))
                    .isEmpty());
    waitForAjax();
    preview = narrativeBlock("introduction").findElement(By.cssSelector(".narrative-rendered"));
    assertEquals("Findings", preview.findElement(By.tagName("h2")).getText());
    assertEquals("Most", preview.findElement(By.tagName("em")).getText());
    assertTrue(preview.findElements(By.tagName("script")).isEmpty(), "no script element");
    assertTrue(preview.getText().contains("<script>alert(1)</script>"), preview.getText());
    List<WebElement> links = preview.findElements(By.tagName("a"));
    assertEquals(1, links.size(), "the javascript: link keeps only its text");
    assertEquals("https://example.org/", links.get(0).getAttribute("href"));
    assertTrue(preview.getText().contains("see and the society"), preview.getText());

    narrativeBlock("chapters.mini-z")
        .findElement(By.tagName("textarea"))
        .sendKeys("| Year | Rate |\n|---|---|\n| 2032 | 40% |");
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            d ->
                !narrativeBlock("chapters.mini-z")
                    .findElements(By.cssSelector(".narrative-rendered td"))
                    .isEmpty());
    waitForAjax();

    // a number invited out of range is refused with the field named, and nothing is saved
    WebElement invited = browser.findElement(By.id("narrative:invited-elsewhere"));
    invited.sendKeys("0");
    click(By.id("narrative:narrative-save"));
    String messages = browser.findElement(By.id("narrative:narrative-messages")).getText();
    assertTrue(messages.contains("The narrative was not saved."), messages);
    assertTrue(messages.contains("Invited: must be a whole number from 1 to 10,000,000"), messages);
    assertFalse(browser.findElements(By.id("narrative:invited-error")).isEmpty());
    assertEquals(
        "",
        api.get("api/admin/editions/" + id + "/narrative", true).json().getString("introduction"));

    invited = browser.findElement(By.id("narrative:invited-elsewhere"));
    invited.sendKeys(Keys.chord(Keys.CONTROL, "a"), "568");
    click(By.id("narrative:narrative-save"));
    messages = browser.findElement(By.id("narrative:narrative-messages")).getText();
    assertTrue(messages.contains("The report narrative was saved."), messages);
    JsonObject saved = api.get("api/admin/editions/" + id + "/narrative", true).json();
    assertTrue(
        saved.getString("introduction").startsWith("## Findings\n\n*Most*"), saved.toString());
    assertEquals(
        "| Year | Rate |\n|---|---|\n| 2032 | 40% |",
        saved.getJsonObject("chapters").getString("mini-z"));
    assertEquals("", saved.getJsonObject("chapters").getString("mbi-2"));
    assertEquals(568, saved.getInt("invitedElsewhere"));

    open("designer/edition.xhtml?id=" + id);
    waitFor(By.id("narrative:narrative-save"));
    assertEquals(
        saved.getString("introduction"),
        narrativeBlock("introduction").findElement(By.tagName("textarea")).getAttribute("value"));
    assertEquals(
        "Findings",
        narrativeBlock("introduction")
            .findElement(By.cssSelector(".narrative-rendered h2"))
            .getText(),
        "the preview is there when the page opens");
    assertEquals(
        "40%",
        narrativeBlock("chapters.mini-z")
            .findElement(By.cssSelector(".narrative-rendered td:last-child"))
            .getText());
    assertEquals(
        "568", browser.findElement(By.id("narrative:invited-elsewhere")).getAttribute("value"));

    // for a look at the section, text and preview side by side: war/target/narrative-section.png
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2000));
    WebElement section = browser.findElement(By.id("narrative"));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView(true);", section);
    java.nio.file.Files.write(
        java.nio.file.Path.of("target", "narrative-section.png"),
        section.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    defaultWidth();
  }
}
