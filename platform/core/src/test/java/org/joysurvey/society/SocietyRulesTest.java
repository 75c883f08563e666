package org.joysurvey.society;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.joysurvey.problem.Problem;
import org.junit.jupiter.api.Test;

class SocietyRulesTest {

  private static SocietyProfile profile(
      String name, String logo, String colour, String contact, String privacy, String intro) {
    return new SocietyProfile(name, logo, colour, contact, privacy, intro).normalized();
  }

  private static SocietyProfile withColour(String colour) {
    return profile("Society", "", colour, "", "", "");
  }

  private static List<String> columns(List<Problem> problems) {
    return problems.stream().map(Problem::column).toList();
  }

  @Test
  void theDefaultsAreValid() {
    assertEquals(List.of(), SocietyRules.check(SocietyProfile.defaults(null).normalized()));
    assertEquals("Joy Survey", SocietyProfile.defaults(" ").name());
    assertEquals("Own Society", SocietyProfile.defaults(" Own Society ").name());
  }

  /*
   * By hand, WCAG 2: channel c = v/255, linear = ((c + 0.055) / 1.055)^2.4 (c > 0.04045),
   * L = 0.2126 R + 0.7152 G + 0.0722 B, ratio against white = 1.05 / (L + 0.05).
   *
   * #1f4e79: R 31 -> 0.12157 -> 0.16736^2.4 = 0.01370; G 78 -> 0.30588 -> 0.34207^2.4 = 0.07617;
   *          B 121 -> 0.47451 -> 0.50191^2.4 = 0.19119;
   *          L = 0.002913 + 0.054477 + 0.013804 = 0.071194; ratio = 1.05 / 0.121194 = 8.66.
   * #767676: 118 -> 0.46275 -> 0.49076^2.4 = 0.18116 (all three channels); L = 0.18116;
   *          ratio = 1.05 / 0.23116 = 4.54 (accepted, the lightest grey that is).
   * #777777: 119 -> 0.46667 -> 0.49447^2.4 = 0.18447; ratio = 1.05 / 0.23447 = 4.48 (refused).
   * #ffffff: L = 1, ratio 1.05 / 1.05 = 1. #000000: L = 0, ratio 1.05 / 0.05 = 21.
   */
  @Test
  void contrastWithWhiteMatchesTheHandComputedValues() {
    assertEquals(8.66, SocietyRules.contrastWithWhite("#1f4e79"), 0.01);
    assertEquals(4.54, SocietyRules.contrastWithWhite("#767676"), 0.01);
    assertEquals(4.48, SocietyRules.contrastWithWhite("#777777"), 0.01);
    assertEquals(1.0, SocietyRules.contrastWithWhite("#ffffff"), 1e-9);
    assertEquals(21.0, SocietyRules.contrastWithWhite("#000000"), 1e-9);
  }

  @Test
  void aColourTooLightForWhiteTextIsRefusedWithTheRatio() {
    assertEquals(List.of(), SocietyRules.check(withColour("#767676")));
    List<Problem> problems = SocietyRules.check(withColour("#777777"));
    assertEquals(List.of("primaryColour"), columns(problems));
    assertTrue(problems.get(0).message().contains("too light"), problems.toString());
    assertTrue(problems.get(0).message().contains("4.48:1"), problems.toString());
    assertEquals(List.of("primaryColour"), columns(SocietyRules.check(withColour("#ffff00"))));
  }

  @Test
  void aColourMustBeWrittenRrggbb() {
    assertEquals(
        List.of(), SocietyRules.check(withColour(" #1F4E79 ")), "normalized to lower case");
    for (String bad :
        new String[] {"1f4e79", "#1f4e7", "#1f4e799", "navy", "#gggggg", "", "red;x:y"}) {
      assertEquals(List.of("primaryColour"), columns(SocietyRules.check(withColour(bad))), bad);
    }
    assertEquals(List.of("primaryColour"), columns(SocietyRules.check(withColour(null))));
  }

  @Test
  void theLogoIsAnHttpsAddressOrNothing() {
    assertEquals(
        List.of(),
        SocietyRules.check(profile("S", "https://example.org/logo.png", "#1f4e79", "", "", "")));
    assertEquals(List.of(), SocietyRules.check(profile("S", null, "#1f4e79", "", "", "")));
    for (String bad :
        new String[] {
          "http://example.org/logo.png",
          "javascript:alert(1)",
          "logo.png",
          "https://",
          "https://exa mple.org/x"
        }) {
      assertEquals(
          List.of("logoUrl"),
          columns(SocietyRules.check(profile("S", bad, "#1f4e79", "", "", ""))),
          bad);
    }
  }

  @Test
  void lengthsAreCheckedAndEveryProblemIsReported() {
    String intro = "x".repeat(SocietyRules.TEXT_LENGTH);
    assertEquals(
        List.of(), SocietyRules.check(profile("S", "", "#1f4e79", "c".repeat(500), intro, intro)));
    // code points, not UTF-16 units: 5,000 emoji fit
    String emoji = "\uD83D\uDE00".repeat(SocietyRules.TEXT_LENGTH);
    assertEquals(List.of(), SocietyRules.check(profile("S", "", "#1f4e79", "", emoji, "")));
    List<Problem> problems =
        SocietyRules.check(
            profile(
                "n".repeat(201), "ftp://x", "#ffffff", "c".repeat(501), intro + "y", intro + "y"));
    assertEquals(
        List.of("name", "logoUrl", "primaryColour", "contact", "privacyStatement", "introduction"),
        columns(problems));
    assertTrue(
        problems.get(4).message().contains("at most 5000 characters, has 5001"),
        problems.toString());
    assertEquals(
        List.of("name"), columns(SocietyRules.check(profile("  ", "", "#1f4e79", "", "", ""))));
  }

  @Test
  void theAuditDetailNamesTheChangedFields() {
    SocietyProfile before = SocietyProfile.defaults("Old");
    SocietyProfile after = new SocietyProfile("New", "", "#123456", "", "", "Welcome");
    assertEquals(
        "changed name 'New', primaryColour #123456, introduction",
        SocietyService.changes(before, after));
    assertEquals("nothing changed", SocietyService.changes(before, before));
  }
}
