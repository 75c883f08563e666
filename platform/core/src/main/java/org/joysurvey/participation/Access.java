package org.joysurvey.participation;

/** What a respondent's link leads to. */
public enum Access {
  /** The form, with any answers saved before. */
  OPEN,
  /** The edition is still a draft (or lacks an installed instrument). */
  NOT_OPEN_YET,
  CLOSED,
  /** No such edition, token or resume code. */
  UNKNOWN_LINK,
  /** This invitation or resume code already gave its response. */
  ALREADY_SUBMITTED,
  /** The public link of an edition that is answered by personal invitation only. */
  INVITATION_ONLY,
  /**
   * Too many wrong resume codes lately, from this address or for this edition: codes are refused
   * unread for a while ({@link ResumeGuessLimit}).
   */
  TOO_MANY_GUESSES
}
