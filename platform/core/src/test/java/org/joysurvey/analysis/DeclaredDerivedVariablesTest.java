package org.joysurvey.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.joysurvey.edition.AccessMode;
import org.joysurvey.edition.EditionSetup;
import org.joysurvey.edition.EditionStatus;
import org.joysurvey.edition.EditionView;
import org.joysurvey.interchange.JsonAnswers;
import org.joysurvey.interchange.statfiles.ReferenceReaders;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariable;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.InstrumentMetadata;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.Option;
import org.joysurvey.spi.ReportContext;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The codebook and the Stata/SPSS files of an instrument that declares its derived variables (SPI
 * 1.5): they carry its labels, codes and rules, and list the variables even before any response.
 */
class DeclaredDerivedVariablesTest {

  static final String AGREES_RULE =
      "1 when sample.agree is yes, 0 when no, missing when unanswered";

  /** The scored sample, declaring three of its four variables (sample.age_decades is not). */
  static final class DeclaringSample implements Instrument {
    private final ScoredSample scored = new ScoredSample();

    @Override
    public InstrumentMetadata metadata() {
      return scored.metadata();
    }

    @Override
    public List<Item> items() {
      return scored.items();
    }

    @Override
    public List<DerivedVariable> derivedVariables() {
      return List.of(
          DerivedVariable.binary(
              "sample.agrees", "Agrees with the sample", "Disagrees", "Agrees", AGREES_RULE),
          DerivedVariable.categorical(
              "sample.mood",
              "Mood, 1 to 5",
              List.of(
                  Option.of("1", "Very low"),
                  Option.of("2", "Low"),
                  Option.of("3", "Middling"),
                  Option.of("4", "Good"),
                  Option.of("5", "Very good")),
              "the mood answered"),
          DerivedVariable.categorical(
              "sample.colour",
              "Colour chosen",
              List.of(
                  Option.of("red", "Red"), Option.of("green", "Green"), Option.of("blue", "Blue")),
              "the colour answered"));
    }

    @Override
    public DerivedVariables score(Answers answers, Settings settings) {
      return scored.score(answers, settings);
    }

    @Override
    public SectionBuilder newReport(ReportContext context) {
      return scored.newReport(context);
    }
  }

  @TempDir Path dir;

  private final Instrument instrument = new DeclaringSample();
  private final List<String> stored = new ArrayList<>();

  private EditionSetup setup() {
    EditionView view =
        new EditionView(
            8,
            2022,
            "Joy 2022",
            EditionStatus.OPEN,
            List.of("sample"),
            Map.of(),
            5,
            stored.size(),
            0,
            AccessMode.OPEN_LINK);
    return new EditionSetup(
        view,
        List.of(instrument),
        Map.of(),
        new Questionnaire(List.of(instrument), Map.of()),
        List.of());
  }

  private Path export(ExportFormat format, String name) throws Exception {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      AnalysisExportService.write(
          setup(),
          List.of(),
          handler -> {
            for (String answers : stored) {
              handler.handle(answers, LocalDate.of(2022, 5, 1), 0);
            }
          },
          format,
          true,
          out);
    }
    return file;
  }

  private void respond(Map<String, AnswerValue> answers) {
    stored.add(JsonAnswers.toJsonText(new Answers(answers)));
  }

  private Map<String, CSVRecord> codebook() throws Exception {
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(Files.newBufferedReader(export(ExportFormat.CODEBOOK_CSV, "c.csv")))
            .getRecords();
    Map<String, CSVRecord> byColumn = new HashMap<>();
    rows.forEach(r -> byColumn.put(r.get(0), r));
    return byColumn;
  }

  @Test
  void anEmptyEditionsCodebookListsTheDeclaredVariablesWithTheirRules() throws Exception {
    Map<String, CSVRecord> byColumn = codebook();
    CSVRecord agrees = byColumn.get("_derived.sample.agrees");
    assertEquals("Agrees with the sample", agrees.get("field_label"));
    assertEquals("boolean", agrees.get(4));
    assertEquals("0, Disagrees | 1, Agrees", agrees.get(8));
    assertEquals(AGREES_RULE, agrees.get("derived_rule"));
    assertEquals(
        "1, Very low | 2, Low | 3, Middling | 4, Good | 5, Very good",
        byColumn.get("_derived.sample.mood").get(8));
    assertEquals(
        "red=1 | green=2 | blue=3",
        byColumn.get("_derived.sample.colour").get(9),
        "the item's own numbers");
    assertTrue(
        !byColumn.containsKey("_derived.sample.age_decades"),
        "an undeclared variable is listed only when responses have it");
    String schema = Files.readString(export(ExportFormat.CODEBOOK_JSON, "schema.json"));
    assertTrue(schema.contains("\"derivedRule\": \"" + AGREES_RULE + "\""), schema);
  }

  @Test
  void anUndeclaredVariableTheResponsesHaveIsListedGenericallyAfterTheDeclaredOnes()
      throws Exception {
    respond(Map.of("sample.age", new AnswerValue.Number(new java.math.BigDecimal("42"))));
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .parse(Files.newBufferedReader(export(ExportFormat.CODEBOOK_CSV, "c.csv")))
            .getRecords();
    List<String> derived =
        rows.stream().map(r -> r.get(0)).filter(c -> c.startsWith("_derived.")).toList();
    assertEquals(
        List.of(
            "_derived.sample.agrees",
            "_derived.sample.mood",
            "_derived.sample.colour",
            "_derived.sample.age_decades"),
        derived);
    assertTrue(rows.get(rows.size() - 1).get(14).startsWith("computed by Sample, scored 2.1"));
  }

  @Test
  void theStataAndSpssFilesCarryTheDeclaredLabels() throws Exception {
    respond(
        Map.of(
            "sample.agree", new AnswerValue.Choice("yes"),
            "sample.mood", new AnswerValue.Scale(4),
            "sample.colour", new AnswerValue.Choice("green")));
    respond(Map.of("sample.agree", new AnswerValue.Choice("no")));
    Path dta = export(ExportFormat.DTA, "e.dta");
    var variables = ReferenceReaders.readstatMetadata(dta).getJsonArray("variables");
    JsonObject agrees = null;
    JsonObject mood = null;
    for (int i = 0; i < variables.size(); i++) {
      JsonObject v = variables.getJsonObject(i);
      if (v.getString("name").equals("d_sample_agrees")) {
        agrees = v;
      } else if (v.getString("name").equals("d_sample_mood")) {
        mood = v;
      }
    }
    assertEquals("Agrees with the sample", agrees.getString("label"));
    assertEquals("Mood, 1 to 5", mood.getString("label"));
    String labelled =
        ReferenceReaders.pandas(
            dta,
            "df = pd.read_stata(path, convert_categoricals=True)\n"
                + "print(df['d_sample_agrees'][0], '|', df['d_sample_agrees'][1], '|',"
                + " df['d_sample_mood'][0], '|', df['d_sample_colour'][0])");
    assertEquals("Agrees | Disagrees | Good | Green", labelled.strip());
    String dictionary = ReferenceReaders.psppDictionary(export(ExportFormat.SAV, "e.sav"));
    assertTrue(dictionary.contains("d_sample_mood,") && dictionary.contains("Mood, 1 to 5"));
    assertTrue(
        dictionary.contains("Mood, 1 to 5\",Ordinal,")
            || dictionary.contains("Mood, 1 to 5,Ordinal,"),
        dictionary);
  }

  @Test
  void theStataDoFileKeepsEachDeclaredRuleAsANote() throws Exception {
    try (java.util.zip.ZipFile zip =
        new java.util.zip.ZipFile(export(ExportFormat.BUNDLE, "b.zip").toFile())) {
      String doFile =
          new String(
              zip.getInputStream(zip.getEntry("edition-8-responses.do")).readAllBytes(),
              java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(doFile.contains("notes d_sample_agrees: " + AGREES_RULE + "\n"), doFile);
      assertTrue(doFile.contains("label variable d_sample_agrees `\"Agrees with the sample\"'"));
    }
  }
}
