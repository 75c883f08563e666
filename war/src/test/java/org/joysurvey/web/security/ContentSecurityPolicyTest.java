package org.joysurvey.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

  @Test
  void aPagesScriptsAreThisServersAndTheNoncesOnlyNeverInlineOrEvaluated() {
    String policy = ContentSecurityPolicy.page(Optional.of("abc123=="), Optional.empty());

    assertEquals("script-src 'self' 'nonce-abc123=='", directive(policy, "script-src"));
    assertFalse(policy.contains("unsafe-eval"));
    assertEquals("default-src 'self'", directive(policy, "default-src"));
    assertEquals("object-src 'none'", directive(policy, "object-src"));
    assertEquals("base-uri 'self'", directive(policy, "base-uri"));
    assertEquals("form-action 'self'", directive(policy, "form-action"));
    assertEquals("frame-ancestors 'self'", directive(policy, "frame-ancestors"));
  }

  @Test
  void stylesheetsAreThisServersWhileStyleAttributesStayAllowed() {
    String policy = ContentSecurityPolicy.page(Optional.of("n"), Optional.empty());

    assertEquals("style-src-elem 'self'", directive(policy, "style-src-elem"));
    assertEquals("style-src 'self' 'unsafe-inline'", directive(policy, "style-src"));
  }

  @Test
  void aPageWithoutNonceRunsOnlyScriptFilesOfThisServer() {
    assertEquals(
        "script-src 'self'",
        directive(ContentSecurityPolicy.page(Optional.empty(), Optional.empty()), "script-src"));
  }

  @Test
  void imagesMayComeFromTheLogosOriginAndNoOtherHost() {
    String policy =
        ContentSecurityPolicy.page(
            Optional.of("n"),
            ContentSecurityPolicy.originOf("https://Cdn.Example.org:8443/brand/logo.png?v=2"));

    assertEquals("img-src 'self' data: https://cdn.example.org:8443", directive(policy, "img-src"));
    assertEquals(
        "img-src 'self' data:",
        directive(ContentSecurityPolicy.page(Optional.of("n"), Optional.empty()), "img-src"));
  }

  @Test
  void aLogoAddressThatIsNotAPlainHttpsUrlAddsNoSource() {
    assertEquals(Optional.empty(), ContentSecurityPolicy.originOf(""));
    assertEquals(Optional.empty(), ContentSecurityPolicy.originOf(null));
    assertEquals(Optional.empty(), ContentSecurityPolicy.originOf("http://example.org/logo.png"));
    assertEquals(Optional.empty(), ContentSecurityPolicy.originOf("https://a.org;x/logo.png"));
    assertEquals(Optional.empty(), ContentSecurityPolicy.originOf("not a url"));
    assertEquals(
        Optional.of("https://example.org"),
        ContentSecurityPolicy.originOf("https://example.org/logo.png"));
  }

  @Test
  void theNonceIsReadFromThePolicyPrimeFacesSends() {
    assertEquals(
        Optional.of("ZDk0YjFmOTAtNTNiNC00ZjM2LWI2YjgtZmNkNTNjYjQ1ODg3"),
        ContentSecurityPolicy.nonceIn(
            "script-src 'self' 'nonce-ZDk0YjFmOTAtNTNiNC00ZjM2LWI2YjgtZmNkNTNjYjQ1ODg3';"));
    assertEquals(Optional.empty(), ContentSecurityPolicy.nonceIn("script-src 'self'"));
    assertEquals(Optional.empty(), ContentSecurityPolicy.nonceIn(null));
  }

  @Test
  void thePrintVersionRunsNoScriptAtAll() {
    String policy = ContentSecurityPolicy.printVersion(Optional.empty());

    assertEquals("default-src 'none'", directive(policy, "default-src"));
    assertFalse(policy.contains("script-src"));
    assertEquals("style-src 'unsafe-inline'", directive(policy, "style-src"));
  }

  @Test
  void whatIsNotAPageLoadsNothingAndIsNeverFramed() {
    assertEquals("default-src 'none'", directive(ContentSecurityPolicy.NOT_A_PAGE, "default-src"));
    assertEquals(
        "frame-ancestors 'none'", directive(ContentSecurityPolicy.NOT_A_PAGE, "frame-ancestors"));
  }

  @Test
  void theFilterTellsPagesFromResourcesAndDownloads() {
    assertTrue(SecurityHeadersFilter.isPage("/survey.xhtml"));
    assertTrue(SecurityHeadersFilter.isPage("/"));
    assertTrue(SecurityHeadersFilter.isPage(""));
    assertTrue(SecurityHeadersFilter.isPage("/busy.html"));
    assertTrue(SecurityHeadersFilter.isPrintVersion("/report.html"));
    assertFalse(SecurityHeadersFilter.isPage("/report.pdf"));
    assertFalse(SecurityHeadersFilter.isPage("/api/editions"));
    assertFalse(SecurityHeadersFilter.isPage("/jakarta.faces.resource/core.js.xhtml"));
    assertFalse(SecurityHeadersFilter.isPage("/resources/css/joy.css"));
  }

  /** The directive of that name, as written in the policy. */
  private static String directive(String policy, String name) {
    for (String d : policy.split(";")) {
      String trimmed = d.trim();
      if (trimmed.equals(name) || trimmed.startsWith(name + " ")) {
        return trimmed;
      }
    }
    return "";
  }
}
