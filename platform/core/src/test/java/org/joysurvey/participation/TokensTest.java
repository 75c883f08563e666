package org.joysurvey.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensTest {

  @Test
  void aTokenCarries256RandomBitsInBase64url() {
    String token = Tokens.newToken();
    assertEquals(43, token.length());
    assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
    assertEquals(32, Base64.getUrlDecoder().decode(token).length);
    assertTrue(Tokens.isWellFormed(token));
  }

  @Test
  void tokensDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      assertTrue(seen.add(Tokens.newToken()));
    }
  }

  @Test
  void tokenBitsAreBalanced() {
    // 2,000 tokens = 512,000 bits; a fair source gives 50% ones within a fraction of a percent
    long ones = 0;
    for (int i = 0; i < 2_000; i++) {
      for (byte b : Base64.getUrlDecoder().decode(Tokens.newToken())) {
        ones += Integer.bitCount(b & 0xff);
      }
    }
    double share = ones / (2_000.0 * 256);
    assertTrue(Math.abs(share - 0.5) < 0.005, "share of one bits " + share);
  }

  @Test
  void theStoredHashIsSha256InHex() {
    // FIPS 180-2, appendix B.1
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Tokens.hash("abc"));
  }

  @Test
  void malformedTokensAreRecognisedBeforeAnyLookup() {
    assertFalse(Tokens.isWellFormed(null));
    assertFalse(Tokens.isWellFormed(""));
    assertFalse(Tokens.isWellFormed("short"));
    assertFalse(Tokens.isWellFormed(Tokens.newToken() + "x"));
    assertFalse(Tokens.isWellFormed("'; drop table invitation; --abcdefghijklmnopqr"));
  }
}
