package org.joysurvey.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DraftAnswersTest {

  @Test
  void cellsSurviveTheRoundTripInTheirOrderWithQuotesAndNewlines() {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("mini-z.q1", "3");
    cells.put("org-improvement.ranking", "staffing;ehr;schedule");
    cells.put("covid19-impact.consequences", "He said \"enough\"\nand left; </script>");
    Map<String, String> back = DraftAnswers.fromJson(DraftAnswers.toJson(cells));
    assertEquals(cells, back);
    assertEquals(List.copyOf(cells.keySet()), List.copyOf(back.keySet()));
  }

  @Test
  void anEmptyDraftIsAnEmptyObject() {
    assertEquals("{}", DraftAnswers.toJson(Map.of()));
    assertEquals(Map.of(), DraftAnswers.fromJson("{}"));
  }
}
