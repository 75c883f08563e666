package org.joysurvey.interchange.statfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each feature of the .dta writer, read back by ReadStat and by pandas. */
class DtaWriterTest {

  @TempDir Path dir;

  private Path sample() throws Exception {
    return Fixtures.write(Fixtures.DATASET, Fixtures.rows(), dir.resolve("sample.dta"));
  }

  /** pandas' reading of the file as JSON: columns by name, each a list of values. */
  private JsonObject pandas(Path file, boolean categoricals) throws Exception {
    String out =
        ReferenceReaders.pandas(
            file,
            "df = pd.read_stata(path, convert_categoricals="
                + (categoricals ? "True" : "False")
                + ", convert_missing=False)\n"
                + "for c in df.columns:\n"
                + "    if str(df[c].dtype).startswith('datetime'):\n"
                + "        df[c] = df[c].dt.strftime('%Y-%m-%d')\n"
                + "r = pd.io.stata.StataReader(path)\n"
                + "meta = {'labels': r.variable_labels(), 'data_label': r.data_label}\n"
                + "r2 = pd.io.stata.StataReader(path)\n"
                + "meta['value_labels'] = {k: {str(c): l for c, l in v.items()}"
                + " for k, v in r2.value_labels().items()}\n"
                + "print(json.dumps({'rows': len(df), 'data': json.loads(df.to_json(orient='columns')),"
                + " 'meta': meta}))");
    try (JsonReader reader = Json.createReader(new StringReader(out))) {
      return reader.readObject();
    }
  }

  private static String cell(JsonObject pandas, String column, int row) {
    JsonValue value = pandas.getJsonObject("data").getJsonObject(column).get(Integer.toString(row));
    return value.getValueType() == JsonValue.ValueType.STRING
        ? ((jakarta.json.JsonString) value).getString()
        : value.toString();
  }

  private static double number(JsonObject pandas, String column, int row) {
    return Double.parseDouble(cell(pandas, column, row));
  }

  @Test
  void readStatReadsBackEveryValueAndTheRowCount() throws Exception {
    Path file = sample();
    assertTrue(ReferenceReaders.readstatSummary(file).contains("Rows: 4"));
    assertTrue(ReferenceReaders.readstatSummary(file).contains("Format version: 118"));
    List<CSVRecord> csv = ReferenceReaders.readstatCsv(file);
    assertEquals(
        List.of(
            "miniz_burnout", "gender", "big", "hours", "submitted_on", "comment", "story", "empty"),
        csv.get(0).toList());
    assertEquals(5, csv.size());
    List<String> first = csv.get(1).toList();
    assertEquals("1", first.get(0));
    assertEquals("2", first.get(1));
    assertEquals("99999", first.get(2));
    assertEquals(52.5, Double.parseDouble(first.get(3)));
    assertEquals("2020-03-01", first.get(4));
    assertEquals(Fixtures.QUOTES, first.get(5));
    assertEquals(Fixtures.LONG, first.get(6));
    assertEquals("", first.get(7));
    assertEquals(List.of("", "", "", "", "", "", "", ""), csv.get(2).toList());
    List<String> third = csv.get(3).toList();
    assertEquals("-100000", third.get(2));
    assertEquals("1960-01-01", third.get(4));
    assertEquals(Fixtures.EMOJI, third.get(5));
    assertEquals("1900-01-01", csv.get(4).get(4));
  }

  @Test
  void pandasReadsBackValuesLabelsAndTheRowCount() throws Exception {
    JsonObject raw = pandas(sample(), false);
    assertEquals(4, raw.getInt("rows"));
    assertEquals(1, number(raw, "miniz_burnout", 0));
    assertEquals("null", cell(raw, "miniz_burnout", 1));
    assertEquals(152, number(raw, "big", 3));
    assertEquals(-7.25, Double.parseDouble(cell(raw, "hours", 3)));
    assertEquals("2020-03-01", cell(raw, "submitted_on", 0));
    assertEquals(Fixtures.QUOTES, cell(raw, "comment", 0));
    assertEquals(Fixtures.LONG, cell(raw, "story", 0));
    assertEquals(Fixtures.EMOJI, cell(raw, "comment", 2));

    JsonObject labelled = pandas(sample(), true);
    assertEquals("I enjoy my work", cell(labelled, "miniz_burnout", 0));
    assertEquals("Completely burned out 🔥", cell(labelled, "miniz_burnout", 2));
    assertEquals("Male", cell(labelled, "gender", 0));
    JsonObject meta = labelled.getJsonObject("meta");
    assertEquals("Joy Survey 2020 — Überblick", meta.getString("data_label"));
    assertEquals(
        "Burnout level (Mini-Z) — selbst", meta.getJsonObject("labels").getString("miniz_burnout"));
    assertEquals(
        Map.of("0", "No", "1", "Yes"),
        Map.copyOf(
            meta.getJsonObject("value_labels").getJsonObject("yesno").entrySet().stream()
                .collect(
                    java.util.stream.Collectors.toMap(
                        Map.Entry::getKey,
                        e -> ((jakarta.json.JsonString) e.getValue()).getString()))));
  }

  @Test
  void readStatReadsVariableAndValueLabels() throws Exception {
    JsonObject metadata = ReferenceReaders.readstatMetadata(sample());
    var variables = metadata.getJsonArray("variables");
    assertEquals(8, variables.size());
    JsonObject burnout = variables.getJsonObject(0);
    assertEquals("Burnout level (Mini-Z) — selbst", burnout.getString("label"));
    assertEquals(5, burnout.getJsonArray("categories").size());
    assertEquals(
        "Completely burned out 🔥",
        burnout.getJsonArray("categories").getJsonObject(4).getString("label"));
    assertEquals("DATE_TIME", variables.getJsonObject(4).getString("format"));
    assertEquals("STRING", variables.getJsonObject(6).getString("type"));
  }

  @Test
  void anEmptyDatasetHasTheVariablesAndNoRows() throws Exception {
    Path file = Fixtures.write(Fixtures.DATASET, List.of(), dir.resolve("empty.dta"));
    assertTrue(ReferenceReaders.readstatSummary(file).contains("Rows: 0"));
    assertEquals(0, pandas(file, true).getInt("rows"));
    assertEquals(1, ReferenceReaders.readstatCsv(file).size());
  }

  @Test
  void aDatasetWithoutVariablesIsStillAFile() throws Exception {
    LabelledDataset none = LabelledDataset.of("nothing", List.of(), List.of());
    Path file = Fixtures.write(none, List.of(new Object[0], new Object[0]), dir.resolve("no.dta"));
    assertTrue(ReferenceReaders.readstatSummary(file).contains("Columns: 0"));
  }

  @Test
  void labelsAreCutToEightyCharactersAndTextKeepsEveryByte() throws Exception {
    String wording = "Ä".repeat(100);
    LabelledDataset dataset =
        LabelledDataset.of(
            "",
            List.of(
                Variable.string("t", wording, 2045),
                Variable.string("u", "exactly one strL", 2046)),
            List.of());
    String max = "x".repeat(2045);
    String over = "y".repeat(2046);
    Path file =
        Fixtures.write(dataset, List.<Object[]>of(new Object[] {max, over}), dir.resolve("l.dta"));
    JsonObject read = pandas(file, true);
    assertEquals("Ä".repeat(80), read.getJsonObject("meta").getJsonObject("labels").getString("t"));
    assertEquals(max, cell(read, "t", 0));
    assertEquals(over, cell(read, "u", 0));
  }

  @Test
  void integersGetTheSmallestStataTypeThatHoldsTheirRange() {
    assertEquals(
        DtaWriter.TYPE_BYTE,
        DtaWriter.storageType(
            Variable.integer("a", "", Variable.Measure.NOMINAL, -127, 100, null)));
    assertEquals(
        DtaWriter.TYPE_INT,
        DtaWriter.storageType(Variable.integer("a", "", Variable.Measure.NOMINAL, 0, 101, null)));
    assertEquals(
        DtaWriter.TYPE_LONG,
        DtaWriter.storageType(Variable.integer("a", "", Variable.Measure.NOMINAL, 0, 32741, null)));
    assertEquals(2045, DtaWriter.storageType(Variable.string("s", "", 2045)));
    assertEquals(DtaWriter.TYPE_STRL, DtaWriter.storageType(Variable.string("s", "", 2046)));
  }

  @Test
  void aValueTheVariableCannotHoldIsRefused() throws Exception {
    try (DtaWriter writer = new DtaWriter(Fixtures.DATASET, dir.resolve("bad.dta"))) {
      Object[] outOfRange = Fixtures.rows().get(0);
      outOfRange[0] = 6;
      assertThrows(IllegalArgumentException.class, () -> writer.write(outOfRange));
      Object[] fraction = Fixtures.rows().get(0);
      fraction[1] = 1.5;
      assertThrows(IllegalArgumentException.class, () -> writer.write(fraction));
      Object[] tooLong = Fixtures.rows().get(0);
      tooLong[5] = "z".repeat(201);
      assertThrows(IllegalArgumentException.class, () -> writer.write(tooLong));
      assertThrows(IllegalArgumentException.class, () -> writer.write(new Object[2]));
      assertEquals(0, writer.rows());
    }
  }

  @Test
  void theTemporaryFileOfLongTextsIsRemoved() throws Exception {
    sample();
    try (var files = Files.list(dir)) {
      assertEquals(List.of("sample.dta"), files.map(p -> p.getFileName().toString()).toList());
    }
  }
}
