package org.joysurvey.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FormPagingTest {

  @Test
  void aResumedDraftStartsOnThePageReachedWithinTheForm() {
    FormPaging paging = new FormPaging();
    paging.start(3, 2);
    assertEquals(2, paging.page());
    paging.start(3, 7);
    assertTrue(paging.isReview(), "a saved page past the last section is the review page");
    assertEquals(3, paging.page());
    paging.start(3, -1);
    assertEquals(0, paging.page());
  }

  @Test
  void pagesAreCountedFromOneWithTheReviewPageLast() {
    FormPaging paging = new FormPaging();
    paging.start(3, 0);
    assertEquals(1, paging.pageNumber());
    assertEquals(4, paging.pageCount());
    assertFalse(paging.isReview());
    paging.moveTo(paging.nextPage());
    paging.moveTo(paging.nextPage());
    paging.moveTo(paging.nextPage());
    assertTrue(paging.isReview());
    assertEquals(4, paging.pageNumber());
  }

  @Test
  void aFormWithoutSectionsIsOnlyTheReviewPage() {
    FormPaging paging = new FormPaging();
    assertTrue(paging.isReview());
    assertEquals(1, paging.pageCount());
  }

  @Test
  void afterAChangeLinkNextLeadsBackToTheReviewOnce() {
    FormPaging paging = new FormPaging();
    paging.start(3, 3);
    assertTrue(paging.showFromReview(0));
    assertTrue(paging.isReturnToReview());
    assertEquals(0, paging.page());
    assertEquals(3, paging.nextPage(), "Next skips the pages in between");
    paging.moveTo(paging.nextPage());
    assertTrue(paging.isReview());
    assertFalse(paging.isReturnToReview());
    paging.start(3, 1);
    assertEquals(2, paging.nextPage(), "without a change link, Next leads to the following page");
  }

  @Test
  void backStaysOnTheFirstPageAndNoLongerReturnsToTheReview() {
    FormPaging paging = new FormPaging();
    paging.start(3, 3);
    paging.showFromReview(1);
    paging.back();
    assertEquals(0, paging.page());
    assertFalse(paging.isReturnToReview());
    paging.back();
    assertEquals(0, paging.page());
  }

  @Test
  void aChangeLinkToNoSectionChangesNothing() {
    FormPaging paging = new FormPaging();
    paging.start(2, 2);
    assertFalse(paging.showFromReview(2));
    assertFalse(paging.showFromReview(-1));
    assertTrue(paging.isReview());
    assertFalse(paging.isReturnToReview());
  }
}
