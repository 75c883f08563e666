package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.joysurvey.testkit.DerivedVariableDeclarations;
import org.joysurvey.testkit.InstrumentTestKit;
import org.joysurvey.testkit.KeyFindings;
import org.joysurvey.testkit.SectionResult;
import org.junit.jupiter.api.Test;

/** The section as the server computes it: the test kit reads the rows and runs the platform's report engine. */
class ${instrumentClass}Test {

  @Test
  void satisfiedRateIsOfThoseWhoAnswered() {
    // 7 answered (the empty cell is unanswered), 5 of them 4 or 5: 5/7
    List<Map<String, String>> rows = Stream.of("5", "4", "4", "3", "5", "1", "4", "")
        .map(level -> Map.of(${instrumentClass}.SCHEDULE, level))
        .toList();
    SectionResult section = InstrumentTestKit.of(new ${instrumentClass}()).section(${instrumentClass}.ID, rows);
    assertEquals(5.0 / 7, section.value(${instrumentClass}.SATISFIED_RATE), 1e-12);
    assertEquals(7, section.statistic(${instrumentClass}.SATISFIED_RATE).basis());
    // every key finding names a proportion or count of the section
    KeyFindings.assertEveryKeyFindingNamesAStatistic(new ${instrumentClass}(), section);
  }

  @Test
  void keyFindingReadsAsASentence() {
    assertEquals("71.4% of respondents (5 of 7) were satisfied with their work schedule, up 3.0 points from 2018.",
        new ${instrumentClass}().keyFindings().get(0).fill("71.4%", "5", "7", ", up 3.0 points from 2018"));
  }

  @Test
  void declaresTheDerivedVariableItsScoringProduces() {
    List<Map<String, String>> rows = Stream.of("5", "3", "")
        .map(level -> Map.of(${instrumentClass}.SCHEDULE, level))
        .toList();
    Map<String, Set<String>> seen = DerivedVariableDeclarations.assertDeclaredAsScored(
        InstrumentTestKit.of(new ${instrumentClass}()), ${instrumentClass}.ID, rows);
    assertEquals(Set.of("0", "1"), seen.get(${instrumentClass}.SATISFIED));
  }
}
