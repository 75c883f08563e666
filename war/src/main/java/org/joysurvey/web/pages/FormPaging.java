package org.joysurvey.web.pages;

import java.io.Serializable;

/**
 * Which page of the respondent form is shown: a page per section, then the review page, and whether
 * Next leads back to the review (after a "Change" link of the review page, or when the submission
 * found a problem on an earlier page).
 */
final class FormPaging implements Serializable {

  private static final long serialVersionUID = 1L;

  private int sectionCount;

  /** The index of the page shown; {@code sectionCount} is the review page. */
  private int page;

  private boolean returnToReview;

  /** The form's first page, or the page a respondent reached before (a resumed draft). */
  void start(int sections, int reachedPage) {
    sectionCount = sections;
    page = Math.max(0, Math.min(reachedPage, sections));
    returnToReview = false;
  }

  /**
   * Where Next leads once this page's answers are fine: the following page, or back to the review.
   */
  int nextPage() {
    return returnToReview ? sectionCount : page + 1;
  }

  void moveTo(int target) {
    page = target;
    returnToReview = false;
  }

  /** The previous page; the first page stays. */
  void back() {
    if (page > 0) {
      page--;
    }
    returnToReview = false;
  }

  /**
   * Shows a section's page so that Next returns to the review; false, and nothing changes, when
   * there is no such section.
   */
  boolean showFromReview(int sectionIndex) {
    if (sectionIndex < 0 || sectionIndex >= sectionCount) {
      return false;
    }
    page = sectionIndex;
    returnToReview = true;
    return true;
  }

  boolean isReview() {
    return page >= sectionCount;
  }

  int page() {
    return page;
  }

  /** The page shown, counted from 1, the review page last. */
  int pageNumber() {
    return page + 1;
  }

  int pageCount() {
    return sectionCount + 1;
  }

  boolean isReturnToReview() {
    return returnToReview;
  }
}
