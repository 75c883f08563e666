package org.joysurvey.participation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The text of an invitation or reminder: plain text, in the society's name, with the personal link
 * and what the survey does and does not record about the invitee.
 */
public record InvitationEmail(String subject, String text) {

  /**
   * The respondent's link: {@code <public base URL>/survey.xhtml?token=<token>}. The base is the
   * address respondents reach the application at (no trailing slash needed).
   */
  public static String link(String publicBaseUrl, String token) {
    String base = publicBaseUrl.endsWith("/") ? publicBaseUrl : publicBaseUrl + "/";
    // tokens are base64url and need no escaping; encoding keeps the link right whatever a token
    // holds
    return base + "survey.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  /** The first email to an invitee. */
  public static InvitationEmail invitation(
      String society, String title, String link, String contact) {
    return new InvitationEmail(
        society + ": invitation to the survey \"" + title + "\"",
        "Dear colleague,\n\n"
            + society
            + " invites you to take part in its survey \""
            + title
            + "\". It asks about your"
            + " well-being at work and takes a few minutes.\n\n"
            + body(society, link, contact));
  }

  /** A reminder to an invitee who has not completed the survey. */
  public static InvitationEmail reminder(
      String society, String title, String link, String contact) {
    return new InvitationEmail(
        "Reminder from " + society + ": the survey \"" + title + "\"",
        "Dear colleague,\n\n"
            + "A short reminder: "
            + society
            + " would value your answers to its survey \""
            + title
            + "\". If you started it earlier, the link below takes you back to where you left off;"
            + " the link in the earlier email works too.\n\n"
            + body(society, link, contact));
  }

  private static String body(String society, String link, String contact) {
    return "Your personal link (please do not forward it):\n\n"
        + link
        + "\n\n"
        + "Your answers are anonymous. For this invitation the survey records only whether the"
        + " survey was completed, so that reminders go to those who have not answered. Your answers"
        + " are stored without your email address, without this link and without the time you"
        + " answered, and nothing stored connects them to this invitation. The results are"
        + " published only as totals of several respondents.\n\n"
        + (contact == null || contact.isBlank() ? "" : "Questions: " + contact.strip() + "\n\n")
        + "With thanks,\n"
        + society
        + "\n";
  }
}
