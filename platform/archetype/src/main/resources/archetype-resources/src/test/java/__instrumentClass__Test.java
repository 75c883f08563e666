package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.joysurvey.testkit.InstrumentTestKit;
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
  }
}
