package org.joysurvey.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeyFindingTest {

  private static final String BURNOUT =
      "{value} of respondents ({count} of {basis}) reported burnout on the Mini-Z{change}.";

  private static String refused(String key, String sentence) {
    return assertThrows(IllegalArgumentException.class, () -> new KeyFinding(key, sentence))
        .getMessage();
  }

  @Test
  void fillReplacesEveryPlaceholderWithItsText() {
    KeyFinding finding = new KeyFinding("mini-z.burnout_rate", BURNOUT);
    assertEquals(
        "33.7% of respondents (172 of 510) reported burnout on the Mini-Z, down 2.0 points from"
            + " 2018 (p = 0.41).",
        finding.fill("33.7%", "172", "510", ", down 2.0 points from 2018 (p = 0.41)"));
  }

  @Test
  void anEmptyChangeLeavesTheSentenceWithoutAClause() {
    KeyFinding finding = new KeyFinding("mini-z.burnout_rate", BURNOUT);
    assertEquals(
        "33.7% of respondents (172 of 510) reported burnout on the Mini-Z.",
        finding.fill("33.7%", "172", "510", ""));
  }

  @Test
  void aPlaceholderMayBeUsedTwiceOrNotAtAll() {
    assertEquals(
        "12 burned out; 12 is the count.",
        KeyFinding.fill("{count} burned out; {count} is the count.", "4%", "12", "300", ""));
  }

  @Test
  void fillReadsEachReplacementOnlyOnce() {
    // a value that happens to look like a placeholder is not replaced again
    assertEquals(
        "{count} of 9.", KeyFinding.fill("{value} of {basis}{change}.", "{count}", "3", "9", ""));
  }

  @Test
  void fillKeepsOtherTextExactly() {
    String sentence = "  50% {valu} {value}{change}  ";
    assertEquals("  50% {valu} 1%, up  ", KeyFinding.fill(sentence, "1%", "1", "2", ", up"));
  }

  @Test
  void fillRefusesAMissingFigure() {
    KeyFinding finding = new KeyFinding("mini-z.burnout_rate", BURNOUT);
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> finding.fill("33.7%", "172", "510", null));
    assertTrue(e.getMessage().contains("\"\" when there is none"), e.getMessage());
  }

  @Test
  void aSentenceWithOnlyTheCountIsAccepted() {
    KeyFinding finding =
        new KeyFinding("mbi-2.agreement.both", "{count} respondents were burned out on both.");
    assertEquals("7 respondents were burned out on both.", finding.fill("7", "7", "7", ""));
  }

  @Test
  void aBlankKeyIsRefused() {
    assertTrue(refused(null, BURNOUT).contains("needs the key of a statistic"));
    assertTrue(refused(" ", BURNOUT).contains("needs the key of a statistic"));
  }

  @Test
  void aBlankSentenceIsRefused() {
    assertEquals(
        "The key finding of mini-z.burnout_rate needs a sentence.",
        refused("mini-z.burnout_rate", null));
    assertEquals(
        "The key finding of mini-z.burnout_rate needs a sentence.",
        refused("mini-z.burnout_rate", "  \n"));
  }

  @Test
  void aSentenceWithoutAFigureIsRefused() {
    String message = refused("mini-z.burnout_rate", "Respondents ({basis}) reported burnout.");
    assertTrue(message.contains("states no figure"), message);
    assertTrue(message.contains("{value} or {count}"), message);
  }

  @Test
  void anUnknownPlaceholderIsRefusedByName() {
    String message = refused("mini-z.burnout_rate", "{value} of {respondents} reported burnout.");
    assertTrue(message.contains("unknown placeholder '{respondents}'"), message);
    assertTrue(message.contains("{value}, {count}, {basis}, {change}"), message);
  }

  @Test
  void placeholdersAreCaseSensitive() {
    String message = refused("mini-z.burnout_rate", "{Value} reported burnout.");
    assertTrue(message.contains("'{Value}'"), message);
  }

  @Test
  void strayBracesAreRefused() {
    assertTrue(
        refused("mini-z.burnout_rate", "{value} reported burnout {").contains("'{'"),
        "an unclosed brace is named");
    assertTrue(
        refused("mini-z.burnout_rate", "{value} reported burnout }")
            .contains("closes no placeholder"));
    assertTrue(
        refused("mini-z.burnout_rate", "{{value}} reported burnout.")
            .contains("unknown placeholder '{{value}'"));
  }

  @Test
  void markupIsRefused() {
    String message = refused("mini-z.burnout_rate", "<b>{value}</b> reported burnout.");
    assertEquals(
        "The key finding of mini-z.burnout_rate is plain text, not markup: its sentence has '<'"
            + " at position 0.",
        message);
    assertTrue(refused("mini-z.burnout_rate", "{value} reported burnout -> most.").contains("'>'"));
  }
}
