package org.joysurvey.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiRequestFilterTest {

  @Test
  void everyContentTypeAnHtmlFormCanSendIsRefusedOnEveryMethodThatChangesData() {
    for (String method : List.of("POST", "PUT", "PATCH", "DELETE", "post")) {
      for (String type :
          List.of(
              "application/x-www-form-urlencoded",
              "multipart/form-data; boundary=----x",
              "text/plain",
              "Text/Plain; charset=UTF-8")) {
        ApiRequestFilter.Refusal refusal =
            ApiRequestFilter.refusal(method, type, null)
                .orElseThrow(() -> new AssertionError(method + " " + type + " must be refused"));
        assertEquals(Response.Status.UNSUPPORTED_MEDIA_TYPE, refusal.status(), method + type);
        assertTrue(refusal.message().contains("application/json"), refusal.message());
      }
    }
  }

  @Test
  void theDocumentedTypesAndBodilessCallsPassAndReadingIsNeverRefused() {
    for (String type : List.of("application/json", "application/json; charset=UTF-8", "text/csv")) {
      assertFalse(ApiRequestFilter.refusal("POST", type, "same-origin").isPresent(), type);
      assertFalse(ApiRequestFilter.refusal("PUT", type, null).isPresent(), type);
    }
    assertFalse(ApiRequestFilter.refusal("POST", null, null).isPresent(), "no body, no type");
    assertFalse(ApiRequestFilter.refusal("POST", "", "none").isPresent(), "typed in the bar");
    assertFalse(
        ApiRequestFilter.refusal("GET", "text/plain", "cross-site").isPresent(),
        "a GET changes nothing; a link from another site to a report still works");
  }

  @Test
  void aRequestTheBrowserMarksAsFromAnotherSiteIsRefusedWhateverItsType() {
    for (String site : List.of("cross-site", "same-site", "Cross-Site")) {
      ApiRequestFilter.Refusal refusal =
          ApiRequestFilter.refusal("POST", null, site)
              .orElseThrow(() -> new AssertionError(site + " must be refused"));
      assertEquals(Response.Status.FORBIDDEN, refusal.status());
      assertTrue(refusal.message().contains(site), refusal.message());
    }
  }

  @Test
  void theAnnouncedLengthIsReadBeyondTwoGibibytes() {
    assertEquals(5_000_000_000L, ApiRequestFilter.contentLength("5000000000"));
    assertEquals(0, ApiRequestFilter.contentLength(" 0 "));
    assertEquals(-1, ApiRequestFilter.contentLength(null));
    assertEquals(-1, ApiRequestFilter.contentLength("lots"));
    assertTrue(
        RequestBodyLimit.DEFAULT.refusesLength(ApiRequestFilter.contentLength("5000000000")));
  }
}
