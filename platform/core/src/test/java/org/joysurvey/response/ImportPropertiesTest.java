package org.joysurvey.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.joysurvey.interchange.CsvResponseReader;
import org.joysurvey.interchange.CsvResponseWriter;
import org.joysurvey.interchange.JsonAnswers;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.spi.Answers;
import org.joysurvey.testing.EdgeInstrument;
import org.joysurvey.testing.HostileAnswers;
import org.joysurvey.testing.SampleInstrument;
import org.joysurvey.testing.Tries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input thrown at the CSV and JSON imports of {@link ResponseService}: whatever arrives, the
 * import stores exactly what it was given or refuses the whole of it with problems that say where,
 * and it never throws anything else (which the API would answer with a 500) nor takes long. The
 * randomised tests run a fixed number of tries for each of three fixed seeds ({@link Tries}).
 */
class ImportPropertiesTest {

  private static final Duration BOUND = Duration.ofSeconds(10);
  private static final JsonProvider JSON = JsonProvider.provider();

  private static ImportHarness harness() {
    return new ImportHarness(List.of(new SampleInstrument(), new EdgeInstrument()));
  }

  private static final Questionnaire EDITION = harness().questionnaire;

  /** One to six responses, from cells that are mostly well-formed, validated as the form would. */
  private static List<Answers> responses(Random random) {
    ResponseValidator validator = new ResponseValidator(EDITION);
    List<Answers> responses = new ArrayList<>();
    int count = random.nextInt(1, 7);
    for (int i = 0; i < count; i++) {
      responses.add(validator.validateText(HostileAnswers.cells(random, EDITION)).answers());
    }
    return responses;
  }

  private static String csv(List<Answers> responses) throws IOException {
    StringWriter out = new StringWriter();
    try (CsvResponseWriter writer = new CsvResponseWriter(EDITION, out)) {
      for (Answers answers : responses) {
        writer.write(answers, LocalDate.of(2024, 5, 1));
      }
    }
    return out.toString();
  }

  /** The outcome the service promises: all stored as read, or all refused with where and why. */
  private static Outcome importCsv(String csv) {
    ImportHarness harness = harness();
    return assertTimeoutPreemptively(
        BOUND,
        () -> {
          try {
            int stored = harness.service.importCsv(1, new StringReader(csv));
            assertEquals(stored, harness.stored.size());
            return new Outcome(harness.storedAnswers(), null);
          } catch (InputRejectedException e) {
            return new Outcome(null, refusal(e));
          }
        });
  }

  private static Outcome addJson(JsonValue body) {
    ImportHarness harness = harness();
    return assertTimeoutPreemptively(
        BOUND,
        () -> {
          try {
            int stored = harness.service.addJson(1, body);
            assertEquals(stored, harness.stored.size());
            return new Outcome(harness.storedAnswers(), null);
          } catch (InputRejectedException e) {
            return new Outcome(null, refusal(e));
          }
        });
  }

  private static List<Problem> refusal(InputRejectedException e) {
    assertFalse(e.problems().isEmpty(), "a refusal says why");
    for (Problem p : e.problems()) {
      assertNotNull(p.message());
      assertTrue(p.toString().length() < 1_000, "a problem does not repeat a long cell: " + p);
    }
    assertTrue(e.problems().size() <= ResponseService.MAX_PROBLEMS + 1);
    return e.problems();
  }

  private record Outcome(List<Answers> stored, List<Problem> problems) {}

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13})
  void anExportedCsvImportsAsTheSameAnswers(long seed) {
    Tries.run(
        seed,
        50,
        (random, where) -> {
          List<Answers> responses = responses(random);
          Outcome outcome = importCsv(csv(responses));
          assertEquals(null, outcome.problems(), where);
          assertEquals(responses, outcome.stored(), where);
        });
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {21, 22, 23})
  void uploadedJsonIsStoredAsTheSameAnswers(long seed) {
    Tries.run(
        seed,
        50,
        (random, where) -> {
          List<Answers> responses = responses(random);
          var array = JSON.createArrayBuilder();
          responses.forEach(a -> array.add(JsonAnswers.toJson(a)));
          Outcome outcome = addJson(array.build());
          assertEquals(null, outcome.problems(), where);
          assertEquals(responses, outcome.stored(), where);
        });
  }

  /** An exported file changed once or twice (a stretch replaced, deleted, duplicated, swapped). */
  private static String mutatedCsv(Random random) throws IOException {
    String csv = csv(responses(random));
    int mutations = random.nextInt(1, 3);
    for (int i = 0; i < mutations; i++) {
      csv = HostileAnswers.mutate(random, csv);
    }
    return csv;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {31, 32, 33})
  void aMutatedCsvIsStoredWholeOrRefusedWithWhereAndWhy(long seed) {
    Tries.run(
        seed,
        100,
        (random, where) -> {
          Outcome outcome = importCsv(mutatedCsv(random));
          if (outcome.problems() == null) {
            // what was stored is what the file says, read again independently of the import
            ResponseValidator validator = new ResponseValidator(EDITION);
            for (Answers answers : outcome.stored()) {
              assertTrue(validator.validateJson(JsonAnswers.toJson(answers)).isValid(), where);
            }
          }
        });
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {41, 42, 43})
  void anyJsonBodyIsStoredWholeOrRefused(long seed) {
    Tries.run(
        seed,
        70,
        (random, where) -> {
          JsonValue body;
          try {
            body = JSON.createReader(new StringReader(jsonBody(random))).readValue();
          } catch (JsonException e) {
            return; // the API answers 400 "The body is not valid JSON" before the service is called
          } catch (NumberFormatException e) {
            // Parsson throws this, not a JsonException, for an exponent BigDecimal cannot hold
            // (1e9999999999): while JAX-RS reads the body, before the service; ExceptionMappers
            // answers it 400 (war: ExceptionMappersTest, ApiIT)
            return;
          }
          addJson(body);
        });
  }

  private static final List<String> JSON_PIECES =
      List.of(
          "1e999999999",
          "-1e-999999999",
          "1e9999999999",
          "99999999999999999999",
          "null",
          "[[[[[[[[]]]]]]]]",
          "{\"sample.mood\":3,\"sample.mood\":4}",
          "\"\\uD800\"",
          "\"\\u0000\"",
          "\"\uFEFF\"",
          "true",
          ",",
          "{}",
          "\"sample.age\":1E+400",
          "\"_submitted_on\":\"2020-02-30\"",
          "\"_submitted_on\":7");

  /**
   * Valid uploaded responses with a hostile piece put in, or changed once (deleted, swapped...).
   */
  private static String jsonBody(Random random) {
    List<Answers> responses = responses(random);
    var array = JSON.createArrayBuilder();
    responses.forEach(a -> array.add(JsonAnswers.toJson(a)));
    String text = array.build().toString();
    if (random.nextInt(3) > 0) {
      int at = random.nextInt(text.length() + 1);
      return text.substring(0, at) + HostileAnswers.oneOf(random, JSON_PIECES) + text.substring(at);
    }
    return HostileAnswers.mutate(random, text, JSON_PIECES);
  }

  @Test
  void aByteOrderMarkBeforeTheHeaderIsNotPartOfIt() {
    Outcome outcome = importCsv("\uFEFFsample.mood,sample.comment\r\n3,hi\r\n");
    assertEquals(1, outcome.stored().size());
  }

  @Test
  void aFileInLatin1IsRefusedAsNotUtf8() {
    byte[] latin1 = "sample.comment\r\nGrüße\r\n".getBytes(StandardCharsets.ISO_8859_1);
    ImportHarness harness = harness();
    InputRejectedException e =
        assertThrows(
            InputRejectedException.class,
            () ->
                harness.service.importCsv(
                    1,
                    new InputStreamReader(
                        new ByteArrayInputStream(latin1), StandardCharsets.UTF_8)));
    assertEquals(1, e.problems().size());
    assertEquals(1L, e.problems().get(0).row());
    assertEquals("sample.comment", e.problems().get(0).column());
    assertTrue(e.problems().get(0).message().contains("not UTF-8"));
  }

  @Test
  void aCellOfAMegabyteIsRefusedWithoutRepeatingIt() {
    String huge = "9".repeat(1 << 20);
    Outcome outcome = importCsv("edge.delta,sample.comment\r\n" + huge + "," + huge + "\r\n");
    assertEquals(2, outcome.problems().size());
    assertEquals(
        new Problem(
            1L,
            "edge.delta",
            "the cell is 1048576 characters long; a cell holds at most "
                + CsvResponseReader.MAX_CELL_LENGTH),
        outcome.problems().get(0));
    assertEquals("sample.comment", outcome.problems().get(1).column());
  }

  @Test
  void tenThousandColumnsAreRefusedAtTheHeader() {
    String header = String.join(",", java.util.Collections.nCopies(10_000, "sample.mood"));
    Outcome outcome = importCsv(header + "\r\n");
    assertEquals(
        List.of(
            new Problem(
                null,
                null,
                "the header has 10000 columns; a file may have at most "
                    + CsvResponseReader.MAX_COLUMNS)),
        outcome.problems());
  }

  @Test
  void aRowOfTenThousandCellsIsRefusedWithItsNumber() {
    String row = String.join(",", java.util.Collections.nCopies(10_000, "3"));
    Outcome outcome = importCsv("sample.mood\r\n3\r\n" + row + "\r\n");
    assertEquals(
        List.of(new Problem(2L, null, "has 10000 cells but the header has 1 columns")),
        outcome.problems());
  }

  @Test
  void aNumberWithAHugeExponentIsRefusedNotWrittenOut() {
    Outcome csv = importCsv("edge.delta\r\n1e999999999\r\n");
    assertEquals(
        List.of(
            new Problem(
                1L, "edge.delta", "has more than 100 digits before or after the decimal point")),
        csv.problems());
    Outcome json =
        addJson(JSON.createReader(new StringReader("{\"edge.delta\":-1E-999999999}")).readValue());
    assertEquals(1, json.problems().size());
    assertEquals("edge.delta", json.problems().get(0).column());
  }

  @Test
  void aNegativeNumberAndAFormulaLikeTextRoundTripThroughTheExport() throws IOException {
    Answers answers =
        new ResponseValidator(EDITION)
            .validateText(
                Map.of(
                    "edge.delta", "-3",
                    "edge.shift", "-2",
                    "edge.note", "'=1+2",
                    "sample.comment", "=HYPERLINK(\"http://x\")"))
            .answers();
    String csv = csv(List.of(answers));
    String row = csv.split("\r\n")[1];
    assertTrue(row.contains(",-3,-2,"), row); // numbers are left alone for analysts
    assertTrue(row.contains("''=1+2"), row);
    assertTrue(row.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), row);
    assertEquals(List.of(answers), importCsv(csv).stored());
  }

  @Test
  void anUnpairedSurrogateIsRefusedAtItsCharacter() {
    Outcome outcome =
        addJson(JSON.createReader(new StringReader("[{\"edge.note\":\"ok\\uD800\"}]")).readValue());
    assertEquals(
        List.of(
            new Problem(
                1L,
                "edge.note",
                "character 3 is half of a character (an unpaired UTF-16 surrogate)")),
        outcome.problems());
  }

  @Test
  void aSurrogatePairIsText() {
    Outcome outcome = importCsv("edge.note\r\nsmile \uD83D\uDE00\r\n");
    assertEquals(
        "smile \uD83D\uDE00",
        ((org.joysurvey.spi.AnswerValue.Text) outcome.stored().get(0).values().get("edge.note"))
            .value());
  }

  @Test
  void aLikertBeyondIntIsRefusedNotWrappedAround() {
    Outcome outcome =
        addJson(JSON.createReader(new StringReader("{\"sample.mood\":4294967297}")).readValue());
    assertEquals(1, outcome.problems().size());
    assertEquals("sample.mood", outcome.problems().get(0).column());
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {51, 52})
  void manyBadRowsAreListedUpToTheLimit(long seed) {
    Tries.run(seed, 10, (random, where) -> badRowsListedUpToTheLimit(random.nextInt(1001, 1501)));
  }

  @ParameterizedTest(name = "{0} rows")
  @ValueSource(ints = {1001, 1500})
  void manyBadRowsAreListedUpToTheLimitAtTheBoundsToo(int rows) {
    badRowsListedUpToTheLimit(rows);
  }

  private static void badRowsListedUpToTheLimit(int rows) {
    StringBuilder csv = new StringBuilder("sample.mood\r\n");
    for (int i = 0; i < rows; i++) {
      csv.append("x\r\n");
    }
    Outcome outcome = importCsv(csv.toString());
    assertEquals(ResponseService.MAX_PROBLEMS + 1, outcome.problems().size(), rows + " rows");
  }

  @Test
  void textOfAnyLengthUpToTheCellLimitIsAnsweredOrRefusedByTheItemsLength() {
    // every length around the item's limit of 2,000
    for (int length = 1990; length <= 2010; length++) {
      Outcome outcome = importCsv("sample.comment\r\n" + "a".repeat(length) + "\r\n");
      assertEquals(length <= 2000, outcome.problems() == null, "length " + length);
    }
  }
}
