package org.joysurvey.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.joysurvey.edition.AccessMode;
import org.joysurvey.edition.EditionSetup;
import org.joysurvey.edition.EditionStatus;
import org.joysurvey.edition.EditionView;
import org.joysurvey.edition.WordingVersionView;
import org.joysurvey.interchange.JsonAnswers;
import org.joysurvey.interchange.statfiles.ReferenceReaders;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export format of an edition, read back by ReadStat, PSPP and pandas. */
class AnalysisExportTest {

  static final String QUOTES = "\"Too many\" nights;\nand a 🔥 week";
  static final String LONG = "ß".repeat(1100); // 2200 bytes: a strL, a very long SPSS string
  static final String WORDING = "Anything else, in your own words?";

  @TempDir Path dir;

  private final ScoredSample instrument = new ScoredSample();
  private final List<String> stored = new ArrayList<>();
  private final List<LocalDate> days = new ArrayList<>();

  private EditionSetup setup() {
    EditionView view =
        new EditionView(
            7,
            2020,
            "Joy 2020",
            EditionStatus.CLOSED,
            List.of("sample"),
            Map.of(),
            5,
            stored.size(),
            1,
            AccessMode.OPEN_LINK);
    Questionnaire questionnaire =
        new Questionnaire(List.of(instrument), Map.of("sample.comment", WORDING));
    return new EditionSetup(view, List.of(instrument), Map.of(), questionnaire, List.of());
  }

  private static final List<WordingVersionView> VERSIONS =
      List.of(
          new WordingVersionView(
              1, "sample.comment", null, WORDING, "admin", LocalDate.of(2020, 2, 1), 0));

  private void respond(LocalDate day, Map<String, AnswerValue> answers) {
    stored.add(JsonAnswers.toJsonText(new Answers(answers)));
    days.add(day);
  }

  private void threeResponses() {
    Map<String, AnswerValue> first = new HashMap<>();
    first.put("sample.colour", new AnswerValue.Choice("blue"));
    first.put("sample.agree", new AnswerValue.Choice("yes"));
    first.put("sample.pets", new AnswerValue.Choices(List.of("cat", "fish")));
    first.put("sample.top2", new AnswerValue.Choices(List.of("other", "a")));
    first.put("sample.top2_other", new AnswerValue.Text("=SUM(A1)"));
    first.put("sample.mood", new AnswerValue.Scale(4));
    first.put("sample.comment", new AnswerValue.Text(QUOTES));
    first.put("sample.age", new AnswerValue.Number(new BigDecimal("42.5")));
    first.put("sample.why_agree", new AnswerValue.Text(LONG));
    respond(LocalDate.of(2020, 3, 2), first);
    respond(null, Map.of());
    respond(
        LocalDate.of(2020, 3, 3),
        Map.of(
            "sample.colour", new AnswerValue.Choice("red"),
            "sample.agree", new AnswerValue.Choice("no"),
            "sample.pets", new AnswerValue.Choices(List.of("none")),
            "sample.top2", new AnswerValue.Choices(List.of("b")),
            "sample.mood", new AnswerValue.Scale(1)));
  }

  private Path export(ExportFormat format, boolean derived, String name) throws Exception {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      AnalysisExportService.write(
          setup(),
          VERSIONS,
          handler -> {
            for (int i = 0; i < stored.size(); i++) {
              handler.handle(stored.get(i), days.get(i), i == 1 ? 0 : 1);
            }
          },
          format,
          derived,
          out);
    }
    return file;
  }

  static final List<String> VARIABLES =
      List.of(
          "submitted_on",
          "sample_colour",
          "sample_agree",
          "sample_pets_cat",
          "sample_pets_dog",
          "sample_pets_fish",
          "sample_pets_none",
          "sample_top2_r1",
          "sample_top2_r2",
          "sample_top2_other",
          "sample_mood",
          "sample_comment",
          "sample_age",
          "sample_why_agree",
          "wording_version",
          "d_sample_age_decades",
          "d_sample_agrees",
          "d_sample_colour",
          "d_sample_mood");

  private static double n(CSVRecord record, String column, List<String> header) {
    return Double.parseDouble(record.get(header.indexOf(column)));
  }

  private static void assertRows(List<CSVRecord> csv) {
    List<String> header = csv.get(0).toList();
    assertEquals(VARIABLES, header);
    assertEquals(4, csv.size(), "the header and three responses");
    CSVRecord first = csv.get(1);
    assertEquals(3, n(first, "sample_colour", header), "blue, the third option");
    assertEquals(1, n(first, "sample_agree", header));
    assertEquals(1, n(first, "sample_pets_cat", header));
    assertEquals(0, n(first, "sample_pets_dog", header));
    assertEquals(1, n(first, "sample_pets_fish", header));
    assertEquals(4, n(first, "sample_top2_r1", header), "other");
    assertEquals(1, n(first, "sample_top2_r2", header), "a");
    assertEquals("=SUM(A1)", first.get(header.indexOf("sample_top2_other")));
    assertEquals(4, n(first, "sample_mood", header));
    assertEquals(QUOTES, first.get(header.indexOf("sample_comment")));
    assertEquals(42.5, n(first, "sample_age", header));
    assertEquals(LONG, first.get(header.indexOf("sample_why_agree")));
    assertEquals(1, n(first, "wording_version", header));
    assertEquals(4.25, n(first, "d_sample_age_decades", header));
    assertEquals(1, n(first, "d_sample_agrees", header));
    assertEquals(3, n(first, "d_sample_colour", header));
    assertEquals(4, n(first, "d_sample_mood", header));
    CSVRecord second = csv.get(2);
    for (String column : VARIABLES) {
      if (!column.equals("wording_version")) {
        assertEquals("", second.get(header.indexOf(column)), column + " is missing");
      }
    }
    CSVRecord third = csv.get(3);
    assertEquals(0, n(third, "sample_agree", header), "no");
    assertEquals(0, n(third, "d_sample_agrees", header));
    assertEquals(1, n(third, "sample_pets_none", header));
    assertEquals("", third.get(header.indexOf("sample_top2_r2")), "only one rank given");
  }

  @Test
  void theStataFileHoldsEveryAnswerAndDerivedVariableWithLabels() throws Exception {
    threeResponses();
    Path dta = export(ExportFormat.DTA, true, "e.dta");
    assertRows(ReferenceReaders.readstatCsv(dta));
    var variables = ReferenceReaders.readstatMetadata(dta).getJsonArray("variables");
    var colour = variables.getJsonObject(VARIABLES.indexOf("d_sample_colour"));
    assertEquals("Red", colour.getJsonArray("categories").getJsonObject(0).getString("label"));
    assertEquals(
        WORDING,
        variables.getJsonObject(VARIABLES.indexOf("sample_comment")).getString("label"),
        "the edition's own wording");
    String labelled =
        ReferenceReaders.pandas(
            dta,
            "df = pd.read_stata(path, convert_categoricals=True)\n"
                + "print(len(df), df['sample_colour'][0], '|', df['sample_agree'][2], '|',"
                + " df['sample_top2_r1'][0], '|', df['d_sample_agrees'][0], '|',"
                + " df['submitted_on'][0].date())");
    assertEquals("3 Blue | No | Other | Yes | 2020-03-02", labelled.strip());
  }

  @Test
  void theSpssFileHoldsEveryAnswerWithLabelsAndMeasurementLevels() throws Exception {
    threeResponses();
    Path sav = export(ExportFormat.SAV, true, "e.sav");
    assertRows(ReferenceReaders.readstatCsv(sav));
    String dictionary = ReferenceReaders.psppDictionary(sav);
    assertTrue(dictionary.contains("sample_mood,11,Mood,Ordinal,"), dictionary);
    assertTrue(dictionary.contains("sample_colour,2,Favourite colour?,Nominal,"), dictionary);
    assertTrue(dictionary.contains("sample_age,13,Age,Scale,"), dictionary);
    assertTrue(dictionary.contains("Cat | Which pets?"), dictionary);
    assertEquals("03/02/2020", ReferenceReaders.psppCsv(sav).get(1).get(0));
  }

  @Test
  void theCsvWithDerivedVariablesAddsThemAfterTheWordingVersion() throws Exception {
    threeResponses();
    Path csv = export(ExportFormat.CSV, true, "e.csv");
    List<CSVRecord> records = CSVFormat.RFC4180.parse(Files.newBufferedReader(csv)).getRecords();
    List<String> header = records.get(0).toList();
    assertEquals(
        List.of(
            "_wording_version",
            "_derived.sample.age_decades",
            "_derived.sample.agrees",
            "_derived.sample.colour",
            "_derived.sample.mood"),
        header.subList(header.size() - 5, header.size()));
    List<String> first = records.get(1).toList();
    assertEquals(
        List.of("1", "4.25", "1", "blue", "4"), first.subList(first.size() - 5, first.size()));
    assertEquals("'=SUM(A1)", first.get(header.indexOf("sample.top2_other")), "kept text");
    assertEquals(4, records.size());
  }

  @Test
  void theCodebookDescribesEveryColumnAndDerivedVariable() throws Exception {
    threeResponses();
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .parse(Files.newBufferedReader(export(ExportFormat.CODEBOOK_CSV, false, "c.csv")))
            .getRecords();
    assertEquals(CodebookFiles.CSV_HEADER, rows.get(0).toList());
    Map<String, CSVRecord> byColumn = new HashMap<>();
    rows.subList(1, rows.size()).forEach(r -> byColumn.put(r.get(0), r));
    assertEquals(15, rows.size() - 1, "metadata 2, items 9, derived 4 (other.ignored is not own)");
    CSVRecord comment = byColumn.get("sample.comment");
    assertEquals(WORDING, comment.get("field_label".equals(rows.get(0).get(5)) ? 5 : -1));
    assertEquals("edition", comment.get(6));
    assertEquals("1", comment.get(7));
    CSVRecord colour = byColumn.get("sample.colour");
    assertEquals("red, Red | green, Green | blue, Blue", colour.get(8));
    assertEquals("red=1 | green=2 | blue=3", colour.get(9));
    assertEquals("sample.agree is yes", byColumn.get("sample.why_agree").get(13));
    assertEquals(
        "sample_pets_cat, sample_pets_dog, sample_pets_fish, sample_pets_none",
        byColumn.get("sample.pets").get(16));
    CSVRecord agrees = byColumn.get("_derived.sample.agrees");
    assertEquals("derived", agrees.get(1));
    assertEquals("boolean", agrees.get(4));
    assertTrue(agrees.get(14).startsWith("computed by Sample, scored 2.1"), agrees.get(14));
    assertTrue(byColumn.get("_derived.sample.colour").get(14).startsWith("the answer to"));
    String schema = Files.readString(export(ExportFormat.CODEBOOK_JSON, false, "schema.json"));
    assertTrue(
        schema.contains("\"$schema\": \"https://datapackage.org/profiles/2.0/tableschema.json\""),
        schema);
    assertTrue(schema.contains("\"name\": \"_derived.sample.mood\""));
  }

  @Test
  void anEmptyEditionGivesEveryFileWithoutRows() throws Exception {
    Path dta = export(ExportFormat.DTA, true, "empty.dta");
    assertTrue(ReferenceReaders.readstatSummary(dta).contains("Rows: 0"));
    Path sav = export(ExportFormat.SAV, false, "empty.sav");
    assertTrue(ReferenceReaders.readstatSummary(sav).contains("Rows: 0"));
    assertEquals("0", ReferenceReaders.pandas(dta, "print(len(pd.read_stata(path)))").strip());
    Path bundle = export(ExportFormat.BUNDLE, true, "empty.zip");
    try (ZipFile zip = new ZipFile(bundle.toFile())) {
      assertEquals(8, zip.size());
    }
  }

  @Test
  void aTextLongerThanSpssHoldsIsCutInTheFilesAndKeptInTheCsv() throws Exception {
    String huge = "a".repeat(1_000_000);
    respond(LocalDate.of(2020, 1, 1), Map.of("sample.comment", new AnswerValue.Text(huge)));
    Path sav = export(ExportFormat.SAV, false, "huge.sav");
    // PSPP reads all 32767 bytes; ReadStat 1.1.8 keeps 32766 of a string that wide
    assertEquals(32767, ReferenceReaders.psppCsv(sav).get(1).get(11).length());
    Path dta = export(ExportFormat.DTA, false, "huge.dta");
    assertEquals(32767, ReferenceReaders.readstatCsv(dta).get(1).get(11).length());
    Path csv = export(ExportFormat.CSV, false, "huge.csv");
    assertTrue(Files.size(csv) > 1_000_000);
  }

  @Test
  void theBundleHoldsTheDataTheCodebookTheSyntaxAndAReadme() throws Exception {
    threeResponses();
    Path bundle = export(ExportFormat.BUNDLE, true, "b.zip");
    try (ZipFile zip = new ZipFile(bundle.toFile())) {
      List<String> names = zip.stream().map(e -> e.getName()).toList();
      assertEquals(
          List.of(
              "edition-7-responses.csv",
              "edition-7-responses.dta",
              "edition-7-responses.sav",
              "edition-7-codebook.csv",
              "edition-7-schema.json",
              "edition-7-responses.do",
              "edition-7-responses.R",
              "README.txt"),
          names);
      Path dta = dir.resolve("from-zip.dta");
      Files.copy(zip.getInputStream(zip.getEntry("edition-7-responses.dta")), dta);
      assertRows(ReferenceReaders.readstatCsv(dta));
      String readme =
          new String(
              zip.getInputStream(zip.getEntry("README.txt")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertTrue(readme.contains("Responses:    3"), readme);
      assertTrue(readme.contains("Joy 2020 (2020), id 7, closed"), readme);
      assertTrue(readme.contains("fewer than 5 respondents"), readme);
      String stata =
          new String(
              zip.getInputStream(zip.getEntry("edition-7-responses.do")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertTrue(stata.contains("replace sample_colour = 3 if v2 == \"blue\""), stata);
      assertTrue(stata.contains("label values d_sample_colour sample_colour"), stata);
      String r =
          new String(
              zip.getInputStream(zip.getEntry("edition-7-responses.R")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertTrue(r.contains("joy$sample_pets_cat <- chosen(raw[[\"sample.pets\"]], \"cat\")"), r);
    }
  }
}
