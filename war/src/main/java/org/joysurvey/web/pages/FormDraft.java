package org.joysurvey.web.pages;

import java.io.Serializable;
import org.joysurvey.participation.DraftKey;
import org.joysurvey.participation.OpenStart;

/**
 * The respondent's saved answers as the form knows them: the draft's key (never the token that led
 * to it), whether the respondent came by the public link, and what the page says about the draft
 * once: a resume code just made, the welcome back, a resume code typed in and refused.
 */
public final class FormDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Names the saved answers; {@code null} for an open-link respondent until the first Next. */
  private DraftKey key;

  /** Whether the respondent came by the edition's public link (not a personal invitation). */
  private boolean openLink;

  /** A new open-link respondent's resume code, shown on the one page after it was made. */
  private String resumeCode;

  /** Answers saved earlier were brought back. */
  private boolean resumed;

  private String typedResumeCode;
  private String resumeProblem;

  DraftKey key() {
    return key;
  }

  boolean isOpenLink() {
    return openLink;
  }

  void cameByOpenLink(boolean openLink) {
    this.openLink = openLink;
  }

  /**
   * The draft the way in leads to ({@code null}: none yet), and whether it brought answers back.
   */
  void enter(DraftKey key, boolean resumed) {
    this.key = key;
    this.resumed = resumed;
  }

  /**
   * An open-link respondent's first save: from now on the resume code leads back to these answers.
   */
  void started(OpenStart start) {
    key = start.draftKey();
    resumeCode = start.resumeCode();
  }

  /** An open-link draft made only to be completed at once: no resume code to show. */
  void startedForSubmission(DraftKey key) {
    this.key = key;
  }

  /** What the page shows only once: the resume code just made, the welcome back. */
  void clearNotices() {
    resumeCode = null;
    resumed = false;
  }

  void refuseTypedCode(String problem) {
    resumeProblem = problem;
  }

  void acceptTypedCode() {
    resumeProblem = null;
    typedResumeCode = null;
  }

  // --- what the page reads ----------------------------------------------------------------------

  public String getResumeCode() {
    return resumeCode;
  }

  public boolean isResumed() {
    return resumed;
  }

  public String getTypedResumeCode() {
    return typedResumeCode;
  }

  public void setTypedResumeCode(String typedResumeCode) {
    this.typedResumeCode = typedResumeCode;
  }

  public String getResumeProblem() {
    return resumeProblem;
  }
}
