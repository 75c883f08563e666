package org.joysurvey.participation;

import java.util.List;

/**
 * The outcome of sending invitations or reminders: how many emails the mail server accepted, how
 * many failed (those invitations stay as they were and are tried again next time), and why each
 * failed. {@code skipped} counts invitations that changed while the batch ran (completed, or sent
 * by someone else at the same moment).
 */
public record Delivery(int sent, int failed, int skipped, List<String> failures)
    implements java.io.Serializable {

  public Delivery {
    failures = List.copyOf(failures);
  }
}
