package org.joysurvey.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NarrativeTest {

  @Test
  void nullsBecomeEmptyBlocksAndAnEmptyMap() {
    Narrative n = new Narrative(null, null, null, null, null);
    assertEquals(Narrative.EMPTY, n);
    assertEquals("", n.introduction());
    assertEquals(Map.of(), n.chapterIntros());
    assertTrue(n.isEmpty());
    Map<String, String> chapters = new HashMap<>();
    chapters.put("mini-z", null);
    assertEquals("", new Narrative("", "", "", "", chapters).chapterIntro("mini-z"));
    assertEquals("", Narrative.EMPTY.chapterIntro("mbi-2"));
  }

  @Test
  void lineBreaksOfATextAreaAreKeptAsNewlines() {
    Narrative n = new Narrative("a\r\nb\rc", "", "", "", Map.of("mini-z", "x\r\n\r\ny"));
    assertEquals("a\nb\nc", n.introduction());
    assertEquals("x\n\ny", n.chapterIntro("mini-z"));
  }

  @Test
  void whiteSpaceAloneIsEmptyButAnyTextIsNot() {
    assertTrue(new Narrative(" ", "\n", "\t", "", Map.of("mini-z", "  ")).isEmpty());
    assertFalse(new Narrative("", "", "", "", Map.of("mini-z", "Burnout")).isEmpty());
    assertFalse(new Narrative("", "", "", "A.", Map.of()).isEmpty());
  }

  @Test
  void blankChaptersAreLeftOutOfWhatIsStoredInTheirOrder() {
    Map<String, String> chapters = new java.util.LinkedHashMap<>();
    chapters.put("mbi-2", "MBI");
    chapters.put("mini-z", " ");
    chapters.put("demographics", "Who");
    Narrative n = new Narrative("i", "", "", "", chapters).withoutBlankChapters();
    assertEquals(List.of("mbi-2", "demographics"), List.copyOf(n.chapterIntros().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> n.chapterIntros().put("x", "y"));
  }
}
