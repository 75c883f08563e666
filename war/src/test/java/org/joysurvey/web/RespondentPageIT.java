package org.joysurvey.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A respondent fills the survey in a real browser (headless Chromium, phone-sized window). The
 * invited respondents get their links by email from the server, through GreenMail in this JVM
 * ({@link TestMailbox}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RespondentPageIT extends BrowserTestSupport {

  private static TestMailbox mailbox;

  @BeforeAll
  static void startMailbox() {
    mailbox = TestMailbox.start();
  }

  @AfterAll
  static void stopMailbox() {
    if (mailbox != null) {
      mailbox.close();
    }
  }

  /** An edition of Mini-Z and MBI-2 with this status, answered through its public link. */
  private long edition(String status) {
    long id =
        api.createEdition(
            "{\"year\":2021,\"title\":\"Browser "
                + UUID.randomUUID()
                + "\",\"instruments\":[\"mini-z\",\"mbi-2\"],\"status\":\""
                + status
                + "\"}");
    if (!status.equals("closed")) {
      api.useOpenLink(id);
    }
    return id;
  }

  @Test
  void respondentAnswersAPageAtATimeReviewsAndSubmitsAndTheResponseIsStored() {
    long id = edition("open");
    browser.manage().deleteAllCookies();
    open("survey.xhtml?edition=" + id);
    assertTrue(browser.getTitle().startsWith("Browser "), browser.getTitle());
    assertEquals("Page 1 of 3", pageProgress());
    assertNull(
        browser.manage().getCookieNamed("JSESSIONID"),
        "the public link's first page makes no session: a stateless view");
    assertEquals("Mini-Z burnout measure", browser.findElement(By.id("page-title")).getText());
    assertTrue(browser.findElements(By.id("survey:back")).isEmpty(), "no Back on the first page");
    assertNoSeriousAccessibilityViolations();
    choose("mini-z.burnout", "4");
    next();

    assertEquals("Page 2 of 3", pageProgress());
    assertTrue(
        browser.findElements(By.cssSelector("fieldset#q-mini-z-burnout")).isEmpty(),
        "one instrument a page");
    assertNoSeriousAccessibilityViolations();
    choose("mbi-2.ee", "5");
    choose("mbi-2.dp", "2");
    next();

    assertEquals("Page 3 of 3", pageProgress());
    assertEquals("Review your answers", browser.findElement(By.id("page-title")).getText());
    assertEquals(
        0,
        api.get("api/admin/editions/" + id, true).json().getInt("responses"),
        "nothing stored before Submit");
    assertNoSeriousAccessibilityViolations();
    submitFromReview();

    assertEquals("Thank you", browser.findElement(By.id("thanks")).getText());
    assertNoSeriousAccessibilityViolations();
    String export = api.get("api/admin/editions/" + id + "/responses/export", true).body();
    String[] lines = export.strip().split("\r?\n");
    assertEquals(2, lines.length, export);
    assertEquals(
        LocalDate.now() + ",4,5,2,0",
        lines[1],
        "stored: the day (no time), level 4, ee 5, dp 2, under the plugins' wording (version 0)");
  }

  @Test
  void backKeepsTheAnswersAndTheReviewListsThemWithChangeLinks() {
    long id = edition("open");
    open("survey.xhtml?edition=" + id);
    choose("mini-z.burnout", "2");
    next();
    choose("mbi-2.ee", "3");
    back();
    assertEquals("Page 1 of 3", pageProgress());
    assertTrue(selected("mini-z.burnout", "2"), "the answer on page 1 is still there");
    next();
    assertTrue(selected("mbi-2.ee", "3"), "the answer given before going back is still there");
    next();

    String burnout =
        browser.findElement(By.cssSelector("dd[data-item='mini-z.burnout']")).getText();
    assertTrue(burnout.startsWith("Occasionally I am under stress"), burnout);
    assertEquals(
        "Not answered", browser.findElement(By.cssSelector("dd[data-item='mbi-2.dp']")).getText());
    click(By.cssSelector("a[data-section='mbi-2']"));
    waitFor(By.cssSelector("fieldset#q-mbi-2-dp"));
    assertEquals("Page 2 of 3", pageProgress());
    choose("mbi-2.dp", "1");
    assertEquals(
        "Save and return to the review", browser.findElement(By.id("survey:next")).getText());
    next();
    assertEquals("Review your answers", browser.findElement(By.id("page-title")).getText());
    assertTrue(
        !browser
            .findElement(By.cssSelector("dd[data-item='mbi-2.dp']"))
            .getText()
            .equals("Not answered"));
    submitFromReview();
    String export = api.get("api/admin/editions/" + id + "/responses/export", true).body();
    // the last column is the wording version the response was answered under (0: the plugins'
    // wording)
    assertEquals(LocalDate.now() + ",2,3,1,0", export.strip().split("\r?\n")[1]);
  }

  @Test
  void aRefusedAnswerIsExplainedAtTheItemWhichGetsTheFocus() {
    long id =
        api.createOpenLinkEdition(
            "{\"year\":2021,\"title\":\"Problems "
                + UUID.randomUUID()
                + "\",\"instruments\":[\"on-call\",\"mini-z\"],\"status\":\"open\"}");
    open("survey.xhtml?edition=" + id);
    WebElement nights = browser.findElement(By.cssSelector("#q-on-call-nights input"));
    assertEquals(
        nights.getAttribute("id"),
        browser.findElement(By.cssSelector("#q-on-call-nights label")).getAttribute("for"),
        "the question is the input's label");
    nights.sendKeys("40");
    nextExpectingProblems();

    assertEquals("Page 1 of 3", pageProgress(), "the page stays until its answers are fine");
    WebElement error = browser.findElement(By.id("error-q-on-call-nights"));
    assertTrue(error.getText().contains("40 is above the maximum 31"), error.getText());
    nights = browser.findElement(By.cssSelector("#q-on-call-nights input"));
    assertEquals("error-q-on-call-nights", nights.getAttribute("aria-describedby"));
    assertEquals("true", nights.getAttribute("aria-invalid"));
    assertEquals(
        nights, browser.switchTo().activeElement(), "the focus is on the answer to correct");
    assertTrue(
        browser
            .findElement(By.id("survey:messages"))
            .getText()
            .contains("Please check the answer marked below"));
    assertNoSeriousAccessibilityViolations();

    nights.sendKeys(Keys.chord(Keys.CONTROL, "a"), "many");
    nextExpectingProblems();
    assertTrue(
        browser
            .findElement(By.id("error-q-on-call-nights"))
            .getText()
            .toLowerCase()
            .contains("number"),
        browser.findElement(By.id("error-q-on-call-nights")).getText());

    browser
        .findElement(By.cssSelector("#q-on-call-nights input"))
        .sendKeys(Keys.chord(Keys.CONTROL, "a"), "6");
    next();
    assertEquals("Page 2 of 3", pageProgress());
    assertEquals(
        "page-title",
        browser.switchTo().activeElement().getAttribute("id"),
        "a new page starts with the focus on its heading");
    finishSurvey();
    assertEquals(1, api.get("api/admin/editions/" + id, true).json().getInt("responses"));
  }

  @Test
  void theFormFitsA360PixelScreenAndWorksByKeyboardAlone() {
    long id = edition("open");
    phoneWidth360();
    try {
      open("survey.xhtml?edition=" + id);
      assertNoHorizontalScroll();
      // keyboard only: Tab to the first option, arrow keys along the scale, Enter on Next
      WebElement first =
          browser.findElement(By.cssSelector("fieldset#q-mini-z-burnout input[type=radio]"));
      browser.findElement(By.id("page-title")).click();
      new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
      for (int tabs = 0; tabs < 10 && !first.equals(browser.switchTo().activeElement()); tabs++) {
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
      }
      assertEquals(
          first, browser.switchTo().activeElement(), "the first option is reached with Tab");
      assertVisibleFocus(first, "the focused option");
      new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.ARROW_DOWN).perform();
      assertTrue(selected("mini-z.burnout", "2"), "an arrow key moves along the scale");
      WebElement nextButton = browser.findElement(By.id("survey:next"));
      for (int tabs = 0;
          tabs < 10 && !nextButton.equals(browser.switchTo().activeElement());
          tabs++) {
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
      }
      assertEquals(nextButton, browser.switchTo().activeElement(), "Next is reached with Tab");
      assertVisibleFocus(nextButton, "the focused Next button");
      String before = pageProgress();
      new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.ENTER).perform();
      new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !pageProgress().equals(before));
      waitForAjax();
      assertEquals("Page 2 of 3", pageProgress());
      assertNoHorizontalScroll();
      next();
      assertNoHorizontalScroll();
      submitFromReview();
      assertNoHorizontalScroll();
    } finally {
      defaultWidth();
    }
  }

  @Test
  void aSecondSubmissionStoresNothingAndSaysSoPolitely() {
    long id = edition("open");
    open("survey.xhtml?edition=" + id);
    choose("mini-z.burnout", "3");
    nextUntilReview();
    // a double click: the button is disabled by the first, and the server refuses a second anyway
    new org.openqa.selenium.interactions.Actions(browser)
        .doubleClick(browser.findElement(By.id("survey:submit")))
        .perform();
    waitFor(By.id("thanks"));
    assertEquals(1, api.get("api/admin/editions/" + id, true).json().getInt("responses"));

    // the browser's Back button: the review page as it was, its button still disabled; the same
    // form posted again (a replay) is refused by the server
    browser.navigate().back();
    waitForAjax();
    if (!browser.findElements(By.id("survey:submit")).isEmpty()) {
      browser.executeScript(
          "var form = document.getElementById('survey');"
              + " var button = document.createElement('input');"
              + " button.type = 'hidden'; button.name = 'survey:submit';"
              + " button.value = 'survey:submit';"
              + " form.appendChild(button); HTMLFormElement.prototype.submit.call(form);");
      waitFor(By.id("survey-unavailable"));
      assertTrue(
          browser.findElement(By.id("survey-unavailable")).getText().contains("already received"),
          browser.findElement(By.id("survey-unavailable")).getText());
      assertEquals(
          1,
          api.get("api/admin/editions/" + id, true).json().getInt("responses"),
          "the replay stored nothing");
    }
    // the survey's link opened again in the same browser
    open("survey.xhtml?edition=" + id);
    waitFor(By.id("survey-unavailable"));
    assertTrue(
        browser.findElement(By.id("survey-unavailable")).getText().contains("already received"),
        browser.findElement(By.id("survey-unavailable")).getText());
    assertNoSeriousAccessibilityViolations();
    assertEquals(
        1,
        api.get("api/admin/editions/" + id, true).json().getInt("responses"),
        "still one response");
  }

  @Test
  void anEditionsOwnWordingIsWhatTheRespondentReads() {
    long id =
        api.createOpenLinkEdition(
            "{\"year\":2021,\"title\":\"Wording "
                + UUID.randomUUID()
                + "\",\"instruments\":[\"mbi-2\"],\"status\":\"open\","
                + "\"settings\":{\"mbi-2.wording.ee\":\"I feel burned out from my work.\"}}");
    open("survey.xhtml?edition=" + id);
    assertEquals(
        "I feel burned out from my work.",
        browser.findElement(By.cssSelector("fieldset#q-mbi-2-ee legend")).getText());
  }

  @Test
  void skippingEverythingIsAllowedAndStoresAnEmptyResponse() {
    long id = edition("open");
    open("survey.xhtml?edition=" + id);
    finishSurvey();
    waitFor(By.id("thanks"));
    assertEquals(1, api.get("api/admin/editions/" + id, true).json().getInt("responses"));
  }

  @Test
  void closedDraftAndUnknownEditionsGetAClearPageNotAnError() {
    open("survey.xhtml?edition=" + edition("closed"));
    assertTrue(browser.findElement(By.id("survey-unavailable")).getText().contains("closed"));
    assertNoSeriousAccessibilityViolations();
    open("survey.xhtml?edition=" + edition("draft"));
    assertTrue(browser.findElement(By.id("survey-unavailable")).getText().contains("not open yet"));
    assertNoSeriousAccessibilityViolations();
    open("survey.xhtml?edition=999999999");
    assertTrue(
        browser
            .findElement(By.id("survey-unavailable"))
            .getText()
            .contains("no survey at this address"));
    assertTrue(browser.findElements(By.id("survey:next")).isEmpty());
    assertNoSeriousAccessibilityViolations();
    open("survey.xhtml?token=not-a-token-anyone-was-sent");
    assertTrue(
        browser
            .findElement(By.id("survey-unavailable"))
            .getText()
            .contains("no survey at this address"));
    open("survey.xhtml?edition=" + edition("open") + "&resume=AAAA-BBBB-CCCC-DDDD");
    assertTrue(
        browser
            .findElement(By.id("survey-unavailable"))
            .getText()
            .contains("no survey at this address"));
    open("survey.xhtml?edition=abc");
    assertTrue(
        browser
            .findElement(By.id("survey-unavailable"))
            .getText()
            .contains("no survey at this address"));
  }

  @Test
  void thePublicLinkOfAnEditionByInvitationSendsToTheInvitationEmail() {
    long id =
        api.createEdition(
            "{\"year\":2021,\"title\":\"Invited "
                + UUID.randomUUID()
                + "\",\"instruments\":[\"mini-z\"],\"status\":\"open\"}");
    open("survey.xhtml?edition=" + id);
    String text = browser.findElement(By.id("survey-unavailable")).getText();
    assertTrue(text.contains("by invitation") && text.contains("link in the email"), text);
    assertTrue(browser.findElements(By.id("survey:next")).isEmpty());
    assertNoSeriousAccessibilityViolations();
  }

  @Test
  void anOpenLinkRespondentLeavesAfterPage2AndResumesWithTheCodeInAFreshSessionOnce() {
    long id =
        api.createOpenLinkEdition(
            "{\"year\":2021,\"title\":\"Resume "
                + UUID.randomUUID()
                + "\",\"instruments\":[\"mini-z\",\"mbi-2\",\"wellness-services\"],"
                + "\"status\":\"open\"}");
    browser.manage().deleteAllCookies();
    open("survey.xhtml?edition=" + id);
    assertNoSeriousAccessibilityViolations();
    choose("mini-z.burnout", "4");
    next();
    String code = browser.findElement(By.id("resume-code")).getText();
    assertTrue(code.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), code);
    assertTrue(browser.findElement(By.id("resume-box")).getText().contains("shown only this once"));
    assertNoSeriousAccessibilityViolations();
    choose("mbi-2.ee", "5");
    next();
    assertEquals("Page 3 of 4", pageProgress());
    assertTrue(browser.findElements(By.id("resume-code")).isEmpty(), "the code is shown once");

    // gone; later, a fresh browser session: the public link, then "I have a resume code"
    browser.manage().deleteAllCookies();
    open("survey.xhtml?edition=" + id);
    assertEquals("Page 1 of 4", pageProgress());
    assertTrue(!selected("mini-z.burnout", "4"), "a new session starts empty");
    browser.findElement(By.cssSelector("#resume-entry summary")).click();
    browser.findElement(By.id("resume:code")).sendKeys("not a code");
    click(By.id("resume:continue"));
    waitFor(By.id("resume-error"));
    assertTrue(browser.findElement(By.id("resume-error")).getText().contains("not known"));
    assertEquals(
        "resume-error", browser.findElement(By.id("resume:code")).getAttribute("aria-describedby"));
    assertNoSeriousAccessibilityViolations();
    WebElement input = browser.findElement(By.id("resume:code"));
    input.clear();
    input.sendKeys(code.toLowerCase().replace("-", " "));
    click(By.id("resume:continue"));
    waitFor(By.id("welcome-back"));
    assertEquals("Page 3 of 4", pageProgress(), "back on the page reached");
    assertNoSeriousAccessibilityViolations();
    back();
    assertTrue(selected("mbi-2.ee", "5"), "page 2's answer was saved");
    back();
    assertTrue(selected("mini-z.burnout", "4"), "page 1's answer was saved");
    finishSurvey();
    waitFor(By.id("thanks"));
    assertEquals(1, api.get("api/admin/editions/" + id, true).json().getInt("responses"));
    String export = api.get("api/admin/editions/" + id + "/responses/export", true).body();
    assertTrue(export.strip().split("\\r?\\n")[1].startsWith(LocalDate.now() + ",4,5,"), export);

    // the code again, in yet another session: already used
    browser.manage().deleteAllCookies();
    open("survey.xhtml?edition=" + id + "&resume=" + code);
    assertTrue(
        browser.findElement(By.id("survey-unavailable")).getText().contains("already received"),
        browser.findElement(By.id("survey-unavailable")).getText());
    assertNoSeriousAccessibilityViolations();
    assertEquals(
        1,
        api.get("api/admin/editions/" + id, true).json().getInt("responses"),
        "still one response");
  }

  @Test
  void afterSubmittingARespondentMayLeaveAnAddressForTheIncentiveOnce() {
    long id = edition("open");
    browser.manage().deleteAllCookies();
    open("survey.xhtml?edition=" + id);
    finishSurvey();
    waitFor(By.id("thanks"));
    String explanation = browser.findElement(By.id("incentive-explanation")).getText();
    assertTrue(explanation.contains("stored separately from your answers"), explanation);
    assertNoSeriousAccessibilityViolations();
    browser.findElement(By.id("incentive-form:email")).sendKeys("not an address");
    click(By.id("incentive-form:leave-email"));
    waitFor(By.id("email-error"));
    assertTrue(
        browser.findElement(By.id("email-error")).getText().contains("is not an email address"));
    assertNoSeriousAccessibilityViolations();
    WebElement email = browser.findElement(By.id("incentive-form:email"));
    email.clear();
    email.sendKeys("dr.who@example.org");
    click(By.id("incentive-form:leave-email"));
    waitFor(By.id("incentive-stored"));
    assertTrue(
        browser.findElements(By.id("incentive-form:email")).isEmpty(),
        "one address per submission");
    assertNoSeriousAccessibilityViolations();
    open("thanks.xhtml?edition=" + id);
    assertTrue(
        browser.findElements(By.id("incentive-form:email")).isEmpty(),
        "not offered again on a reload");
  }

  @Test
  void anInviteeAnswersByTheEmailedLinkLeavesResumesSubmitsOnceAndOnlyTheOtherInviteeIsReminded()
      throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    // telemedicine's follow-ups are shown only to users: the skip logic, on page 2
    long id =
        api.createEdition(
            "{\"year\":2021,\"title\":\"Invited flow "
                + run
                + "\",\"instruments\":[\"mini-z\",\"telemedicine\",\"mbi-2\"],"
                + "\"status\":\"open\"}");
    assertEquals(
        "invitation",
        api.get("api/admin/editions/" + id + "/access-mode", true).json().getString("accessMode"),
        "a new edition is answered by invitation");
    String ann = "ann-" + run + "@example.org";
    String ben = "ben-" + run + "@example.org";
    ApiClient.Reply added =
        api.post(
            "api/admin/editions/" + id + "/invitations",
            "text/csv",
            "email\n" + ann + "\n" + ben + "\n");
    assertEquals(200, added.status(), added.body());
    assertEquals(2, added.json().getInt("added"));
    ApiClient.Reply sent =
        api.post("api/admin/editions/" + id + "/invitations/send", "application/json", "");
    assertEquals(200, sent.status(), sent.body());
    assertEquals(2, sent.json().getInt("sent"), sent.body());

    // the emails: each a link to this server (no joy.public.url in the tests: the API request's own
    // base), with a personal 256-bit token
    String annLink = mailbox.awaitOneTo(ann).link();
    TestMailbox.Mail benInvitation = mailbox.awaitOneTo(ben);
    String benLink = benInvitation.link();
    assertPersonalLink(annLink);
    assertPersonalLink(benLink);
    assertNotEquals(tokenOf(annLink), tokenOf(benLink), "every invitee has a token of their own");

    // Ann opens her link, answers page 1, and on page 2 the follow-ups follow her answer to "uses"
    browser.manage().deleteAllCookies();
    openLink(annLink);
    assertEquals("Page 1 of 4", pageProgress());
    assertNull(
        browser.manage().getCookieNamed("JSESSIONID"),
        "the first page of an invitation link makes no session: a stateless view");
    assertEquals("Mini-Z burnout measure", browser.findElement(By.id("page-title")).getText());
    assertNoSeriousAccessibilityViolations();
    answer("mini-z.burnout", "4");
    next();
    assertEquals("Page 2 of 4", pageProgress());
    assertNotNull(
        browser.manage().getCookieNamed("JSESSIONID"), "the session begins with the first post");
    assertFalse(
        isShown("telemedicine.ehr_integrated"), "the follow-ups wait for the answer to 'uses'");
    answer("telemedicine.uses", "yes");
    assertTrue(appears("telemedicine.ehr_integrated"), "a user is asked the follow-ups");
    answer("telemedicine.uses", "no");
    assertTrue(disappears("telemedicine.ehr_integrated"), "a non-user is not");
    answer("telemedicine.uses", "yes");
    assertTrue(appears("telemedicine.ehr_integrated"));
    answer("telemedicine.ehr_integrated", "unsure");
    answer("telemedicine.improves_access", "yes");
    assertNoSeriousAccessibilityViolations();
    next();
    assertEquals("Page 3 of 4", pageProgress());

    // she leaves; later, another browser session, the same link: back on page 3, answers kept
    browser.manage().deleteAllCookies();
    openLink(annLink);
    waitFor(By.id("welcome-back"));
    assertEquals("Page 3 of 4", pageProgress(), "the page she had reached");
    assertNoSeriousAccessibilityViolations();
    back();
    assertTrue(selected("telemedicine.uses", "yes"));
    assertTrue(
        isShown("telemedicine.ehr_integrated"), "the follow-ups are shown for the saved 'yes'");
    assertTrue(selected("telemedicine.ehr_integrated", "unsure"));
    back();
    assertTrue(selected("mini-z.burnout", "4"));
    next();
    next();
    answer("mbi-2.ee", "5");
    next();
    assertEquals("Review your answers", browser.findElement(By.id("page-title")).getText());
    assertEquals(
        "Not sure",
        browser
            .findElement(By.cssSelector("dd[data-item='telemedicine.ehr_integrated']"))
            .getText());
    assertNoSeriousAccessibilityViolations();
    submitFromReview();
    assertEquals("Thank you", browser.findElement(By.id("thanks")).getText());
    assertNoSeriousAccessibilityViolations();

    // the link once more, in a fresh session (nothing remembered by the browser): already received
    browser.manage().deleteAllCookies();
    openLink(annLink);
    String refusal = browser.findElement(By.id("survey-unavailable")).getText();
    assertTrue(refusal.contains("already received"), refusal);
    assertTrue(browser.findElements(By.id("survey:next")).isEmpty(), "no form to fill again");
    assertNoSeriousAccessibilityViolations();
    assertEquals(
        1,
        api.get("api/admin/editions/" + id, true).json().getInt("responses"),
        "one response, not two");
    List<Map<String, String>> rows = api.exportedRows(id);
    assertEquals(1, rows.size());
    Map<String, String> row = rows.get(0);
    assertEquals("4", row.get("mini-z.burnout"));
    assertEquals("yes", row.get("telemedicine.uses"));
    assertEquals("unsure", row.get("telemedicine.ehr_integrated"));
    assertEquals("yes", row.get("telemedicine.improves_access"));
    assertEquals("5", row.get("mbi-2.ee"));

    JsonObject dashboard = api.get("api/admin/editions/" + id + "/invitations", true).json();
    assertEquals(2, dashboard.getInt("invited"));
    assertEquals(2, dashboard.getInt("sent"));
    assertEquals(1, dashboard.getInt("started"), "Ben has not opened his link");
    assertEquals(1, dashboard.getInt("completed"));

    // reminders: only Ben (Ann completed), with a new token
    ApiClient.Reply reminded =
        api.post("api/admin/editions/" + id + "/invitations/remind", "application/json", "");
    assertEquals(200, reminded.status(), reminded.body());
    assertEquals(1, reminded.json().getInt("sent"), reminded.body());
    List<TestMailbox.Mail> toBen = awaitMails(ben, 2);
    TestMailbox.Mail reminder = toBen.get(1);
    assertTrue(reminder.subject().startsWith("Reminder from "), reminder.subject());
    String benNewLink = reminder.link();
    assertPersonalLink(benNewLink);
    assertNotEquals(tokenOf(benLink), tokenOf(benNewLink), "a reminder carries a fresh token");
    assertEquals(1, mailbox.to(ann).size(), "who completed gets no reminder");

    // Ben: the old link starts, the new one resumes the same draft, and so does the old one again
    browser.manage().deleteAllCookies();
    openLink(benLink);
    assertEquals("Page 1 of 4", pageProgress());
    answer("mini-z.burnout", "2");
    next();
    browser.manage().deleteAllCookies();
    openLink(benNewLink);
    waitFor(By.id("welcome-back"));
    assertEquals(
        "Page 2 of 4", pageProgress(), "the reminder's link opens the draft the first link saved");
    back();
    assertTrue(selected("mini-z.burnout", "2"));
    browser.manage().deleteAllCookies();
    openLink(benLink);
    waitFor(By.id("welcome-back"));
    assertEquals("Page 2 of 4", pageProgress(), "the first link still works after the reminder");

    dashboard = api.get("api/admin/editions/" + id + "/invitations", true).json();
    assertEquals(2, dashboard.getInt("started"));
    assertEquals(1, dashboard.getInt("completed"));
    assertEquals(1, dashboard.getInt("remindersSent"));
    assertEquals(
        1,
        api.get("api/admin/editions/" + id, true).json().getInt("responses"),
        "a draft is not a response");
  }

  @Test
  void whenTheSessionExpiresMidSurveyNextLeadsToTheExpiredPageAndTheLinkResumesWhatWasSaved() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    long id =
        api.createEdition(
            "{\"year\":2021,\"title\":\"Expiry "
                + run
                + "\",\"instruments\":[\"mini-z\",\"mbi-2\"],\"status\":\"open\"}");
    String cal = "cal-" + run + "@example.org";
    api.post("api/admin/editions/" + id + "/invitations", "text/csv", "email\n" + cal + "\n");
    assertEquals(
        1,
        api.post("api/admin/editions/" + id + "/invitations/send", "application/json", "")
            .json()
            .getInt("sent"));
    String link = mailbox.awaitOneTo(cal).link();

    browser.manage().deleteAllCookies();
    openLink(link);
    answer("mini-z.burnout", "3");
    next();
    assertEquals("Page 2 of 3", pageProgress());
    answer("mbi-2.ee", "4");
    // the session times out while the page is open: its cookie gone, the server no longer knows the
    // view
    assertNotNull(
        browser.manage().getCookieNamed("JSESSIONID"), "the form lives in an HTTP session");
    browser.manage().deleteCookieNamed("JSESSIONID");
    waitForAjax();
    browser.findElement(By.id("survey:next")).click();
    // Next is an ajax request: without the expired-view handler it failed silently and the page
    // stayed
    waitFor(By.id("expired"));
    assertTrue(browser.getCurrentUrl().endsWith("/expired.xhtml"), browser.getCurrentUrl());
    String explanation = browser.findElement(By.id("expired-explanation")).getText();
    assertTrue(
        explanation.contains("Your answers up to the last page you completed")
            && explanation.contains("are saved")
            && explanation.contains("open your invitation link again")
            && explanation.contains("resume code"),
        explanation);
    assertNoSeriousAccessibilityViolations();

    openLink(link);
    waitFor(By.id("welcome-back"));
    assertEquals("Page 2 of 3", pageProgress(), "back on the page that expired");
    assertFalse(selected("mbi-2.ee", "4"), "the expired page's answer never reached the server");
    back();
    assertTrue(selected("mini-z.burnout", "3"), "the page completed before the expiry was saved");
  }

  /** {@code <this server>/survey.xhtml?token=<43 base64url characters: 256 bits>}. */
  private void assertPersonalLink(String link) {
    String prefix = base.toString().replaceAll("/+$", "") + "/survey.xhtml?token=";
    assertTrue(
        link.matches(Pattern.quote(prefix) + "[A-Za-z0-9_-]{43}"),
        link + " is not " + prefix + "<token>");
  }

  private static String tokenOf(String link) {
    return link.substring(link.indexOf("?token=") + "?token=".length());
  }

  /** Opens a link from an email, as the invitee's browser would. */
  private void openLink(String link) {
    browser.get(link);
    waitForAjax();
  }

  /**
   * Chooses an option and waits for the ajax it may start (an answer that shows or hides others).
   */
  private void answer(String itemCode, String optionCode) {
    waitForAjax();
    choose(itemCode, optionCode);
    waitForAjax();
  }

  private static String fieldset(String itemCode) {
    return "fieldset#q-" + itemCode.replaceAll("[^A-Za-z0-9]", "-");
  }

  private boolean isShown(String itemCode) {
    return !browser.findElements(By.cssSelector(fieldset(itemCode))).isEmpty();
  }

  /** Whether the item appears within a few seconds (it is re-rendered after an ajax round trip). */
  private boolean appears(String itemCode) {
    return eventually(() -> isShown(itemCode));
  }

  private boolean disappears(String itemCode) {
    return eventually(() -> !isShown(itemCode));
  }

  private boolean eventually(java.util.function.BooleanSupplier condition) {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
      waitForAjax();
      return true;
    } catch (org.openqa.selenium.TimeoutException e) {
      return false;
    }
  }

  /**
   * Waits until {@code count} emails to the address have arrived, and returns them in order of
   * arrival.
   */
  private static List<TestMailbox.Mail> awaitMails(String address, int count)
      throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (mailbox.to(address).size() < count && System.nanoTime() < end) {
      Thread.sleep(100);
    }
    List<TestMailbox.Mail> mails = mailbox.to(address);
    assertEquals(count, mails.size(), "emails to " + address + ": " + mails);
    return mails;
  }

  /** Whether an option of a radio item is selected. */
  private boolean selected(String itemCode, String optionCode) {
    return browser
        .findElement(
            By.cssSelector(
                "fieldset#q-"
                    + itemCode.replaceAll("[^A-Za-z0-9]", "-")
                    + " input[value='"
                    + optionCode
                    + "']"))
        .isSelected();
  }

  /** The element draws a focus outline (the style sheet's focus rules). */
  private void assertVisibleFocus(WebElement element, String what) {
    String outline =
        (String)
            browser.executeScript(
                "var s = getComputedStyle(arguments[0]);"
                    + " return s.outlineStyle + ' ' + s.outlineWidth;",
                element);
    assertTrue(
        !outline.startsWith("none") && !outline.endsWith(" 0px"),
        what + " shows no focus: " + outline);
  }

  @Test
  void reportPageShowsTheSectionsWithSuppressionForSmallEditions() {
    long id = edition("open");
    api.post(
        "api/admin/editions/" + id + "/responses",
        "application/json",
        "[{\"mini-z.burnout\":3},{\"mini-z.burnout\":1},{\"mini-z.burnout\":2}]");
    // an open edition's report is live, for admins and analysts only
    open("login.xhtml?next=%2Freport.xhtml%3Fedition%3D" + id);
    logIn("admin", ApiClient.ADMIN_PASSWORD);
    waitFor(By.id("live-banner"));
    String text = browser.findElement(By.tagName("main")).getText();
    assertTrue(text.contains("Burnout (Mini-Z)"), text);
    assertTrue(text.contains("Burnout (MBI, two items)"), text);
    String rate =
        browser
            .findElement(By.cssSelector("tr[data-key='mini-z.burnout_rate'] td.number"))
            .getText();
    assertTrue(rate.startsWith("suppressed"), "3 respondents are fewer than 5: " + rate);
    assertTrue(!text.contains("33.3%"), "the exact share must not appear anywhere on the page");
    browser.manage().deleteAllCookies();
  }
}
