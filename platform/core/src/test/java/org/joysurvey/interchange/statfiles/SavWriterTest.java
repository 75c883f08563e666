package org.joysurvey.interchange.statfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each feature of the .sav writer, read back by ReadStat and by PSPP. */
class SavWriterTest {

  @TempDir Path dir;

  private Path sample() throws Exception {
    return Fixtures.write(Fixtures.DATASET, Fixtures.rows(), dir.resolve("sample.sav"));
  }

  private static double number(CSVRecord record, int column) {
    return Double.parseDouble(record.get(column));
  }

  @Test
  void readStatReadsBackEveryValueAndTheCaseCount() throws Exception {
    Path file = sample();
    String summary = ReferenceReaders.readstatSummary(file);
    assertTrue(summary.contains("Rows: 4"), summary);
    assertTrue(summary.contains("Text encoding: UTF-8"), summary);
    List<CSVRecord> csv = ReferenceReaders.readstatCsv(file);
    assertEquals(
        List.of(
            "miniz_burnout", "gender", "big", "hours", "submitted_on", "comment", "story", "empty"),
        csv.get(0).toList());
    assertEquals(5, csv.size());
    CSVRecord first = csv.get(1);
    assertEquals(1, number(first, 0));
    assertEquals(2, number(first, 1));
    assertEquals(99999, number(first, 2), "beyond the bytecodes: stored as 8 raw bytes");
    assertEquals(52.5, number(first, 3));
    assertEquals(Fixtures.QUOTES, first.get(5));
    assertEquals(Fixtures.LONG, first.get(6), "a very long string, over its segments");
    assertEquals("", first.get(7));
    assertEquals(List.of("", "", "", "", "", "", "", ""), csv.get(2).toList(), "SYSMIS, blanks");
    CSVRecord third = csv.get(3);
    assertEquals(-100000, number(third, 2));
    assertEquals(0.1, number(third, 3));
    assertEquals(Fixtures.EMOJI, third.get(5));
    assertEquals("short", third.get(6));
    assertEquals(152, number(csv.get(4), 2), "just above the largest bytecode");
    assertEquals(-7.25, number(csv.get(4), 3));
  }

  @Test
  void psppReadsBackTheDaysAndTexts() throws Exception {
    List<CSVRecord> csv = ReferenceReaders.psppCsv(sample());
    assertEquals(5, csv.size());
    assertEquals("submitted_on", csv.get(0).get(4));
    assertEquals("03/01/2020", csv.get(1).get(4));
    assertEquals("01/01/1960", csv.get(3).get(4));
    assertEquals("01/01/1900", csv.get(4).get(4));
    assertEquals(Fixtures.LONG, csv.get(1).get(6).stripTrailing());
    assertEquals(Fixtures.EMOJI, csv.get(3).get(5).stripTrailing());
  }

  @Test
  void psppReadsLabelsMeasurementLevelsAndFormats() throws Exception {
    String dictionary = ReferenceReaders.psppDictionary(sample());
    assertTrue(
        dictionary.contains(
            "miniz_burnout,1,Burnout level (Mini-Z) — selbst,Ordinal,Input,8,Right,F8.0,F8.0"),
        dictionary);
    assertTrue(dictionary.contains("gender,2,Gender,Nominal,"), dictionary);
    assertTrue(dictionary.contains("hours,4,Hours worked per week,Scale,Input,8,Right,F12.2"));
    assertTrue(dictionary.contains("submitted_on,5,Day submitted,Scale,Input,11,Right,DATE11"));
    assertTrue(dictionary.contains("story,7,Long story,Nominal,Input,50,Left,A8000"), dictionary);
    assertTrue(dictionary.contains(",5,Completely burned out 🔥"), dictionary);
    assertTrue(dictionary.contains(",3,Another gender"), dictionary);
  }

  @Test
  void readStatReadsVariableAndValueLabels() throws Exception {
    JsonObject metadata = ReferenceReaders.readstatMetadata(sample());
    var variables = metadata.getJsonArray("variables");
    assertEquals(8, variables.size());
    assertEquals("Burnout level (Mini-Z) — selbst", variables.getJsonObject(0).getString("label"));
    var categories = variables.getJsonObject(1).getJsonArray("categories");
    assertEquals("Female", categories.getJsonObject(0).getString("label"));
    assertEquals(3, categories.size());
    assertEquals("DATE", variables.getJsonObject(4).getString("format"));
  }

  @Test
  void anEmptyDatasetHasTheVariablesAndNoCases() throws Exception {
    Path file = Fixtures.write(Fixtures.DATASET, List.of(), dir.resolve("empty.sav"));
    assertTrue(ReferenceReaders.readstatSummary(file).contains("Rows: 0"));
    assertEquals(1, ReferenceReaders.psppCsv(file).size());
  }

  @Test
  void manyCasesSpanTheCompressionBlocks() throws Exception {
    // 8 cells a case: blocks of eight commands end on and off case boundaries
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < 1001; i++) {
      rows.add(Fixtures.rows().get(i % 4));
    }
    Path file = Fixtures.write(Fixtures.DATASET, rows, dir.resolve("many.sav"));
    List<CSVRecord> csv = ReferenceReaders.readstatCsv(file);
    assertEquals(1002, csv.size());
    assertEquals(Fixtures.LONG, csv.get(1001).get(6));
    assertEquals(-100000, number(csv.get(999), 2));
  }

  @Test
  void labelsLongerThanSpssKeepsAreCutAtACharacter() throws Exception {
    String label = "é".repeat(200); // 400 bytes
    LabelledDataset dataset =
        LabelledDataset.of(
            "",
            List.of(Variable.integer("x", label, Variable.Measure.NOMINAL, 0, 1, "l")),
            List.of(ValueLabels.of("l", java.util.Map.of(1, "ü".repeat(100)))));
    Path file = Fixtures.write(dataset, List.<Object[]>of(new Object[] {1}), dir.resolve("l.sav"));
    JsonObject metadata = ReferenceReaders.readstatMetadata(file);
    JsonObject x = metadata.getJsonArray("variables").getJsonObject(0);
    assertEquals("é".repeat(127), x.getString("label"), "255 bytes at most, whole characters");
    assertEquals("ü".repeat(60), x.getJsonArray("categories").getJsonObject(0).getString("label"));
  }

  @Test
  void aValueTheVariableCannotHoldIsRefused() throws Exception {
    try (SavWriter writer = new SavWriter(Fixtures.DATASET, dir.resolve("bad.sav"))) {
      Object[] tooLong = Fixtures.rows().get(0);
      tooLong[6] = "z".repeat(8001);
      assertThrows(IllegalArgumentException.class, () -> writer.write(tooLong));
      Object[] text = Fixtures.rows().get(0);
      text[0] = "1";
      assertThrows(IllegalArgumentException.class, () -> writer.write(text));
      assertEquals(0, writer.rows());
    }
  }
}
