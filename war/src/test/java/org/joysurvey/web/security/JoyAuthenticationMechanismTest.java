package org.joysurvey.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JoyAuthenticationMechanismTest {

  @Test
  void afterLoginOnlyAPageOfThisApplicationIsFollowedNeverAnotherSite() {
    for (String ours :
        List.of("/designer/editions.xhtml", "/report.xhtml?edition=3", "/", "/designer/")) {
      assertTrue(JoyAuthenticationMechanism.isSafeNext(ours), ours);
    }
    for (String elsewhere :
        List.of(
            "https://evil.example/",
            "//evil.example/",
            "/\\evil.example",
            "\\\\evil.example",
            "designer/editions.xhtml",
            "javascript:alert(1)",
            "/designer\r\nSet-Cookie: x=y",
            "/a\nb",
            "")) {
      assertFalse(JoyAuthenticationMechanism.isSafeNext(elsewhere), elsewhere);
    }
    assertFalse(JoyAuthenticationMechanism.isSafeNext(null));
  }
}
