package org.joysurvey.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResumeCodesTest {

  @Test
  void aCodeIsFourGroupsOfFourUnambiguousCharacters() {
    String code = ResumeCodes.newCode();
    assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"), code);
  }

  @Test
  void codesDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      assertTrue(seen.add(ResumeCodes.newCode()));
    }
  }

  @Test
  void aTypedCodeIsReadInAnyCaseWithOrWithoutDashes() {
    String code = ResumeCodes.newCode();
    String canonical = code.replace("-", "");
    assertEquals(canonical, ResumeCodes.normalize(code));
    assertEquals(canonical, ResumeCodes.normalize(code.toLowerCase()));
    assertEquals(canonical, ResumeCodes.normalize(" " + code.replace("-", " ") + " "));
  }

  @Test
  void lettersThatLookLikeDigitsAreReadAsDigits() {
    assertEquals("0111000000000000", ResumeCodes.normalize("Oil1-0000-0000-0000"));
  }

  @Test
  void anythingElseIsNoCode() {
    assertNull(ResumeCodes.normalize(null));
    assertNull(ResumeCodes.normalize("1234-5678"));
    assertNull(ResumeCodes.normalize("1234-5678-9ABC-DEFG-H"));
    assertNull(ResumeCodes.normalize("1234-5678-9ABC-DEFU"));
  }

  @Test
  void aResumeCodeDraftKeyHoldsOnlyTheHashOfTheCode() {
    DraftKey key = DraftKey.ofResumeCode("0123456789ABCDEF");
    assertEquals("code:" + Tokens.hash("0123456789ABCDEF"), key.value());
    assertNull(key.invitationId());
    assertEquals(77L, DraftKey.ofInvitation(77).invitationId());
  }
}
