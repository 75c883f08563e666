package org.joysurvey.participation;

import java.util.List;

/**
 * The outcome of sending invitations or reminders: how many emails the mail server accepted, how
 * many failed (those invitations stay as they were and are tried again next time), and why each
 * failed. {@code skipped} counts invitations that changed while the batch ran (completed, or sent
 * by someone else at the same moment). {@code notYetSent} counts the invitees still never emailed
 * afterwards: those a batch of at most so many left for later, and those that failed.
 */
public record Delivery(int sent, int failed, int skipped, List<String> failures, long notYetSent)
    implements java.io.Serializable {

  public Delivery {
    failures = List.copyOf(failures);
  }
}
