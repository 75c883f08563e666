package org.joysurvey.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InvitationEmailTest {

  @Test
  void theLinkOpensTheSurveyPageWithTheToken() {
    assertEquals(
        "https://survey.example.org/joy/survey.xhtml?token=abc_-9",
        InvitationEmail.link("https://survey.example.org/joy", "abc_-9"));
    assertEquals(
        "https://survey.example.org/survey.xhtml?token=abc",
        InvitationEmail.link("https://survey.example.org/", "abc"));
  }

  @Test
  void anInvitationNamesTheSocietyAndTheSurveyAndCarriesTheLinkAndTheAnonymityPromise() {
    InvitationEmail mail =
        InvitationEmail.invitation(
            "Valley Medical Society",
            "Joy of Medicine 2026",
            "https://x.example/survey.xhtml?token=t",
            "survey@valley.example");
    assertEquals(
        "Valley Medical Society: invitation to the survey \"Joy of Medicine 2026\"",
        mail.subject());
    assertTrue(mail.text().contains("\nhttps://x.example/survey.xhtml?token=t\n"), mail.text());
    assertTrue(mail.text().contains("Your answers are anonymous."));
    assertTrue(mail.text().contains("Questions: survey@valley.example"));
    assertTrue(mail.text().endsWith("Valley Medical Society\n"));
  }

  @Test
  void aReminderSaysSoAndLeavesOutAnEmptyContact() {
    InvitationEmail mail =
        InvitationEmail.reminder("Society", "Survey", "https://x.example/l", " ");
    assertTrue(mail.subject().startsWith("Reminder from Society"));
    assertTrue(mail.text().contains("A short reminder"));
    assertFalse(mail.text().contains("Questions:"));
  }
}
