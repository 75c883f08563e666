package org.joysurvey.participation;

import java.util.List;

/**
 * Where an edition's invitations stand: {@code invited} addresses, {@code sent} (emailed at least
 * once), {@code started} (the link was opened), {@code completed}, reminders sent in all, and the
 * response rate, completed over sent ({@code null} before anything is sent). The days come from the
 * responses' own day ({@code survey_response.submitted_on}), because an invitation does not record
 * when it was completed; {@code responses} counts every response of the edition, including any
 * added through the API. {@code incentiveEmails} counts the distinct addresses left for the
 * incentive.
 */
public record InvitationDashboard(
    long invited,
    long sent,
    long started,
    long completed,
    long remindersSent,
    Double responseRate,
    long responses,
    long incentiveEmails,
    List<ResponsesOnDay> days)
    implements java.io.Serializable {

  public InvitationDashboard {
    days = List.copyOf(days);
  }
}
