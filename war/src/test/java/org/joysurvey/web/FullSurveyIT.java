package org.joysurvey.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A respondent completes the full eight-instrument survey in a real browser, with the skip logic
 * (shown-if items appearing and disappearing as answers change), and the stored response is exactly
 * what was entered.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FullSurveyIT extends BrowserTestSupport {

  private static final List<String> ALL =
      List.of(
          "demographics",
          "engagement-drivers",
          "mini-z",
          "mbi-2",
          "org-improvement",
          "telemedicine",
          "covid19-impact",
          "wellness-services");

  private static String fieldset(String itemCode) {
    return "#q-" + itemCode.replaceAll("[^A-Za-z0-9]", "-");
  }

  private boolean shown(String itemCode) {
    return !browser.findElements(By.cssSelector(fieldset(itemCode))).isEmpty();
  }

  /**
   * Whether the item appears within a few seconds (the form re-renders after an ajax round trip).
   */
  private boolean appears(String itemCode) {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(fieldset(itemCode))));
      waitForAjax();
      return true;
    } catch (org.openqa.selenium.TimeoutException e) {
      return false;
    }
  }

  /** Ticks a radio button or check box by clicking its label, as a person would. */
  private void answer(String itemCode, String optionCode) {
    waitForAjax();
    String id =
        browser
            .findElement(By.cssSelector(fieldset(itemCode) + " input[value='" + optionCode + "']"))
            .getAttribute("id");
    browser.findElement(By.xpath("//label[@for='" + id + "']")).click();
    waitForAjax();
  }

  /** Ranks an option by ticking it: the first ticked is ranked 1st, the next 2nd ... */
  private void rank(String itemCode, String optionCode) {
    answer(itemCode, optionCode);
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            d -> {
              waitForAjax();
              return d.findElement(
                      By.cssSelector(fieldset(itemCode) + " input[value='" + optionCode + "']"))
                  .isSelected();
            });
  }

  /**
   * The labels of a ranked item's ranked options, as the page shows them now ("1st: ..."), by rank.
   */
  private List<String> rankedLabels(String itemCode) {
    return browser.findElements(By.cssSelector(fieldset(itemCode) + " label")).stream()
        .map(WebElement::getText)
        .filter(t -> t.matches("\\d+(st|nd|rd|th): .*"))
        .sorted(
            java.util.Comparator.comparingInt(
                (String t) -> Integer.parseInt(t.replaceAll("\\D.*", ""))))
        .toList();
  }

  /** Each page of the form: checked by axe, and no wider than a 360 px phone. */
  private void checkPage() {
    assertNoHorizontalScroll();
    assertNoSeriousAccessibilityViolations();
  }

  private void type(String itemCode, String text) {
    waitForAjax();
    browser.findElement(By.cssSelector(fieldset(itemCode) + " textarea")).sendKeys(text);
  }

  @Test
  void respondentCompletesAllEightInstrumentsPageByPageWithTheSkipLogicOnAPhone() throws Exception {
    StringBuilder instruments = new StringBuilder();
    for (String id : ALL) {
      instruments.append(instruments.length() == 0 ? "" : ",").append('"').append(id).append('"');
    }
    long edition =
        api.createOpenLinkEdition(
            "{\"year\":2020,\"title\":\"Full "
                + UUID.randomUUID()
                + "\",\"instruments\":["
                + instruments
                + "],\"status\":\"open\"}");
    phoneWidth360();
    try {
      fillInEverything(edition);
    } finally {
      defaultWidth();
    }
    List<Map<String, String>> rows = api.exportedRows(edition);
    assertEquals(1, rows.size(), rows.toString());
    Map<String, String> row = rows.get(0);
    assertEquals("36-45", row.get("demographics.age_band"));
    assertEquals("pediatrics", row.get("demographics.specialty"));
    assertEquals("2", row.get("engagement-drivers.efficiency_ehr"));
    assertEquals("5", row.get("engagement-drivers.worklife_integration"));
    assertEquals("3", row.get("mini-z.burnout"));
    assertEquals("4", row.get("mbi-2.ee"));
    assertEquals("schedule-control;fewer-hours;other", row.get("org-improvement.worklife_top3"));
    assertEquals("A four-day week <b>please</b>", row.get("org-improvement.worklife_other"));
    assertEquals("in-person-scribes", row.get("org-improvement.ehr_top5"));
    assertEquals("", row.get("org-improvement.ehr_other"), "hidden: 'other' was not ranked");
    assertEquals("yes", row.get("telemedicine.uses"));
    assertEquals("yes", row.get("telemedicine.ehr_integrated"));
    assertEquals("yes", row.get("telemedicine.improves_access"));
    assertEquals("", row.get("telemedicine.user_friendly"), "skipped, not invented");
    assertEquals("telemedicine", row.get("covid19-impact.future_changes"));
    assertEquals(
        List.of("loved-ones-sick", "self-sick"),
        List.of(row.get("covid19-impact.worries").split(";")).stream().sorted().toList());
    assertEquals("More time with family; less sleep.", row.get("covid19-impact.consequences"));
    assertEquals(
        List.of("employer", "society"),
        List.of(row.get("wellness-services.used").split(";")).stream().sorted().toList());
  }

  private void fillInEverything(long edition) {
    open("survey.xhtml?edition=" + edition);
    assertEquals("Page 1 of 9", pageProgress());
    checkPage();
    answer("demographics.age_band", "36-45");
    answer("demographics.gender", "female");
    answer("demographics.practice_mode", "large-group");
    answer("demographics.specialty", "pediatrics");
    next();

    assertEquals("Page 2 of 9", pageProgress());
    checkPage();
    for (String item :
        List.of(
            "culture_values",
            "culture_leadership",
            "workload_manageable",
            "compensation_fair",
            "efficiency_resources",
            "efficiency_ehr",
            "meaning_work",
            "meaning_time",
            "control_flexibility",
            "social_support",
            "worklife_integration")) {
      answer("engagement-drivers." + item, item.startsWith("efficiency") ? "2" : "5");
    }
    next();
    answer("mini-z.burnout", "3");
    next();
    answer("mbi-2.ee", "4");
    answer("mbi-2.dp", "1");
    next();

    assertEquals("Page 5 of 9", pageProgress());
    assertTrue(
        !shown("org-improvement.worklife_other"),
        "the 'other' text is hidden until 'other' is ranked");
    rank("org-improvement.worklife_top3", "other");
    assertTrue(appears("org-improvement.worklife_other"), "ranking 'other' shows its text box");
    rank("org-improvement.worklife_top3", "schedule-control");
    rank("org-improvement.worklife_top3", "fewer-hours");
    assertEquals(
        List.of(
            "1st: Something else", "2nd: More control over my schedule", "3rd: Fewer work hours"),
        rankedLabels("org-improvement.worklife_top3"),
        "ranked in the order of the clicks");
    assertTrue(
        !browser
            .findElement(
                By.cssSelector(
                    fieldset("org-improvement.worklife_top3") + " input[value='self-care-time']"))
            .isEnabled(),
        "three are ranked: the others wait");
    answer("org-improvement.worklife_top3", "other");
    assertEquals(
        List.of("1st: More control over my schedule", "2nd: Fewer work hours"),
        rankedLabels("org-improvement.worklife_top3"),
        "unticking closes the gap");
    assertTrue(!shown("org-improvement.worklife_other"), "and hides the 'other' text again");
    rank("org-improvement.worklife_top3", "other");
    assertTrue(appears("org-improvement.worklife_other"));
    type("org-improvement.worklife_other", "A four-day week <b>please</b>");
    rank("org-improvement.ehr_top5", "in-person-scribes");
    checkPage();
    next();

    assertTrue(
        !shown("telemedicine.ehr_integrated"), "follow-ups are hidden before 'uses' is answered");
    answer("telemedicine.uses", "no");
    assertTrue(!shown("telemedicine.ehr_integrated"), "non-users are not asked the follow-ups");
    answer("telemedicine.uses", "yes");
    assertTrue(appears("telemedicine.ehr_integrated"), "users are asked the follow-ups");
    answer("telemedicine.ehr_integrated", "yes");
    answer("telemedicine.improves_access", "yes");
    checkPage();
    next();

    answer("covid19-impact.future_practice", "no");
    assertTrue(!shown("covid19-impact.future_changes"));
    answer("covid19-impact.future_practice", "yes");
    assertTrue(appears("covid19-impact.future_changes"));
    answer("covid19-impact.future_changes", "telemedicine");
    answer("covid19-impact.obligated_to_work", "yes");
    answer("covid19-impact.worries", "loved-ones-sick");
    answer("covid19-impact.worries", "self-sick");
    answer("covid19-impact.hours_change", "increased");
    answer("covid19-impact.quality_of_life", "worse");
    type("covid19-impact.consequences", "More time with family; less sleep.");
    checkPage();
    next();
    answer("wellness-services.used", "employer");
    answer("wellness-services.used", "society");
    next();

    assertEquals("Page 9 of 9", pageProgress());
    assertEquals("Review your answers", browser.findElement(By.id("page-title")).getText());
    checkPage();
    assertEquals(
        "1. More control over my schedule; 2. Fewer work hours; 3. Something else",
        browser
            .findElement(By.cssSelector("dd[data-item='org-improvement.worklife_top3']"))
            .getText());
    assertTrue(
        browser.findElements(By.cssSelector("dd[data-item='org-improvement.ehr_other']")).isEmpty(),
        "hidden items are not listed");
    submitFromReview();
    waitFor(By.id("thanks"));
    checkPage();
  }
}
