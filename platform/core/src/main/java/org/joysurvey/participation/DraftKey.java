package org.joysurvey.participation;

import java.io.Serializable;

/**
 * Names a respondent's saved answers: {@code invitation:<id>} or {@code code:<hash of the resume
 * code>}. This, never the raw token, is what a page keeps in the HTTP session.
 */
public record DraftKey(String value) implements Serializable {

  static DraftKey ofInvitation(long invitationId) {
    return new DraftKey("invitation:" + invitationId);
  }

  static DraftKey ofResumeCode(String canonicalCode) {
    return new DraftKey("code:" + Tokens.hash(canonicalCode));
  }

  /** The invitation's id, or {@code null} for an open-link draft. */
  Long invitationId() {
    return value.startsWith("invitation:")
        ? Long.valueOf(value.substring("invitation:".length()))
        : null;
  }
}
