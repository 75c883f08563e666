package org.joysurvey.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmailAddressesTest {

  @Test
  void anAddressIsTrimmedAndItsDomainLowerCased() {
    assertEquals(
        Optional.of("Jane.Doe+survey@ssvms.org"),
        EmailAddresses.normalize("  Jane.Doe+survey@SSVMS.org "));
  }

  @Test
  void shapesThatAreNotAddressesAreRefused() {
    for (String bad :
        new String[] {
          "",
          "jane",
          "jane@",
          "@ssvms.org",
          "jane@ssvms",
          "jane doe@ssvms.org",
          "jane@@ssvms.org",
          "jane@ssvms..org",
          "jane@-ssvms.org",
          "<jane@ssvms.org>",
          "a@b.c\nd@e.f"
        }) {
      assertTrue(EmailAddresses.normalize(bad).isEmpty(), bad);
    }
  }

  @Test
  void overlongAddressesAreRefusedWithTheReason() {
    String address = "a".repeat(60) + "@" + "b".repeat(260) + ".org";
    assertTrue(EmailAddresses.normalize(address).isEmpty());
    assertEquals("an email address has at most 320 characters", EmailAddresses.problem(address));
    assertEquals("an email address is required", EmailAddresses.problem(" "));
    assertEquals(
        "'jane@' is not an email address (expected name@example.org)",
        EmailAddresses.problem("jane@"));
  }
}
