package org.joysurvey.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.joysurvey.problem.Problem;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.testing.SampleInstrument;
import org.junit.jupiter.api.Test;

class CsvResponseReaderTest {

  private static final Questionnaire SAMPLE = new Questionnaire(List.of(new SampleInstrument()));

  private static CsvResponseReader open(String csv) throws IOException {
    return new CsvResponseReader(SAMPLE, new StringReader(csv));
  }

  private static List<CsvRow> rows(CsvResponseReader reader) {
    List<CsvRow> rows = new ArrayList<>();
    reader.forEach(rows::add);
    return rows;
  }

  private static List<CsvRow> readAll(String csv) throws IOException {
    try (CsvResponseReader reader = open(csv)) {
      assertEquals(List.of(), reader.headerProblems());
      return rows(reader);
    }
  }

  @Test
  void readsCellsByColumnNameInAnyOrder() throws IOException {
    List<CsvRow> rows = readAll("sample.mood,sample.colour\r\n3,red\r\n,blue\r\n");
    assertEquals(2, rows.size());
    assertEquals(Map.of("sample.mood", "3", "sample.colour", "red"), rows.get(0).cells());
    assertEquals(Map.of("sample.mood", "", "sample.colour", "blue"), rows.get(1).cells());
    assertEquals(1, rows.get(0).number());
    assertEquals(2, rows.get(1).number());
    assertTrue(rows.get(0).problems().isEmpty());
  }

  @Test
  void acceptsLineFeedOnlyLineEndings() throws IOException {
    List<CsvRow> rows = readAll("sample.mood\n3\n4\n");
    assertEquals(List.of("3", "4"), rows.stream().map(r -> r.cells().get("sample.mood")).toList());
  }

  @Test
  void missingColumnMeansTheItemIsAbsentFromEveryRow() throws IOException {
    CsvRow row = readAll("sample.mood\n2\n").get(0);
    assertFalse(row.cells().containsKey("sample.colour"));
  }

  @Test
  void importRejectsUnknownColumnNamingIt() throws IOException {
    try (CsvResponseReader reader = open("sample.mood,mini-z.burnout,sample.colour\n1,2,red\n")) {
      List<Problem> problems = reader.headerProblems();
      assertEquals(1, problems.size(), problems::toString);
      assertEquals("mini-z.burnout", problems.get(0).column());
      assertTrue(problems.get(0).toString().contains("mini-z.burnout"));
    }
  }

  @Test
  void importRejectsItemCodeWithoutInstrumentPrefix() throws IOException {
    try (CsvResponseReader reader = open("mood\n1\n")) {
      assertEquals("mood", reader.headerProblems().get(0).column());
    }
  }

  @Test
  void importRejectsDuplicateColumn() throws IOException {
    try (CsvResponseReader reader = open("sample.mood,sample.colour,sample.mood\n1,red,2\n")) {
      List<Problem> problems = reader.headerProblems();
      assertEquals(1, problems.size(), problems::toString);
      assertEquals("sample.mood", problems.get(0).column());
      assertTrue(problems.get(0).message().contains("more than once"), problems.get(0).message());
    }
  }

  @Test
  void importRejectsEmptyHeaderCell() throws IOException {
    try (CsvResponseReader reader = open("sample.mood,,sample.colour\n1,,red\n")) {
      assertEquals(1, reader.headerProblems().size());
      assertEquals("column 2", reader.headerProblems().get(0).column());
    }
  }

  @Test
  void emptyFileIsAHeaderProblem() throws IOException {
    try (CsvResponseReader reader = open("")) {
      assertEquals(1, reader.headerProblems().size());
      assertFalse(reader.iterator().hasNext());
    }
  }

  @Test
  void headerOnlyFileHasNoRows() throws IOException {
    assertEquals(List.of(), readAll("sample.mood,sample.colour\r\n"));
  }

  @Test
  void underscoreColumnsAreAcceptedAndIgnored() throws IOException {
    CsvRow row = readAll("_id,sample.mood,_note\n17,4,hello\n").get(0);
    assertEquals(Map.of("sample.mood", "4"), row.cells());
    assertTrue(row.problems().isEmpty());
  }

  @Test
  void headerNamesAreTrimmed() throws IOException {
    CsvRow row = readAll(" sample.mood ,sample.colour\n4,red\n").get(0);
    assertEquals("4", row.cells().get("sample.mood"));
  }

  @Test
  void byteOrderMarkBeforeTheHeaderIsIgnored() throws IOException {
    try (CsvResponseReader reader = open("\uFEFFsample.mood,sample.colour\n4,red\n")) {
      assertEquals(List.of(), reader.headerProblems());
      assertEquals(List.of("sample.mood", "sample.colour"), reader.header());
      assertEquals("4", rows(reader).get(0).cells().get("sample.mood"));
    }
  }

  @Test
  void submittedOnIsParsedAsADay() throws IOException {
    List<CsvRow> rows = readAll("_submitted_on,sample.mood\n2020-10-31,3\n,4\n");
    assertEquals(LocalDate.of(2020, 10, 31), rows.get(0).submittedOn());
    assertFalse(rows.get(0).cells().containsKey("_submitted_on"));
    assertNull(rows.get(1).submittedOn());
    assertTrue(rows.get(1).problems().isEmpty());
  }

  @Test
  void badSubmittedOnDayIsAProblemInItsRow() throws IOException {
    for (String day : List.of("2020-13-01", "31/10/2020", "2020-02-30", "yesterday")) {
      List<CsvRow> rows = readAll("_submitted_on,sample.mood\n2020-01-01,1\n" + day + ",3\n");
      assertTrue(rows.get(0).problems().isEmpty());
      CsvRow row = rows.get(1);
      assertEquals(1, row.problems().size(), day);
      Problem problem = row.problems().get(0);
      assertEquals(2L, problem.row());
      assertEquals("_submitted_on", problem.column());
      assertNull(row.submittedOn());
      assertEquals("3", row.cells().get("sample.mood"), "the answers are still read");
    }
  }

  @Test
  void rowWithTooFewCellsIsAProblemWithItsRowNumber() throws IOException {
    List<CsvRow> rows =
        readAll("sample.mood,sample.colour,sample.agree\n1,red,yes\n2,blue\n3,green,no\n");
    assertTrue(rows.get(0).problems().isEmpty());
    assertEquals(1, rows.get(1).problems().size());
    Problem problem = rows.get(1).problems().get(0);
    assertEquals(2L, problem.row());
    assertTrue(
        problem.message().contains("2") && problem.message().contains("3"), problem.message());
    assertTrue(problem.toString().startsWith("row 2"), problem.toString());
    assertTrue(rows.get(2).problems().isEmpty());
  }

  @Test
  void rowWithTooManyCellsIsAProblemWithItsRowNumber() throws IOException {
    List<CsvRow> rows = readAll("sample.mood,sample.colour\n1,red\n2,blue,extra\n");
    assertEquals(1, rows.get(1).problems().size());
    assertEquals(2L, rows.get(1).problems().get(0).row());
  }

  @Test
  void rowNumbersCountRecordsNotLines() throws IOException {
    // the first record spans three lines; the second record is still row 2
    List<CsvRow> rows =
        readAll("sample.comment,sample.mood,sample.colour\n\"a\nb\nc\",1,red\nx,2\n");
    assertEquals("a\nb\nc", rows.get(0).cells().get("sample.comment"));
    assertEquals(2L, rows.get(1).problems().get(0).row());
  }

  @Test
  void rowWithoutAnyAnswerIsStillARow() throws IOException {
    List<CsvRow> rows = readAll("sample.mood,sample.colour\n,\n1,red\n");
    assertEquals(2, rows.size());
    assertEquals(Map.of("sample.mood", "", "sample.colour", ""), rows.get(0).cells());
    assertTrue(rows.get(0).problems().isEmpty());
  }

  @Test
  void unclosedQuoteIsReportedAsAProblemAndReadingStops() throws IOException {
    List<CsvRow> rows = readAll("sample.comment,sample.mood\nok,1\n\"never closed,2\n3,4\n");
    assertEquals(2, rows.size(), rows::toString);
    assertTrue(rows.get(0).problems().isEmpty());
    CsvRow broken = rows.get(1);
    assertEquals(1, broken.problems().size(), broken::toString);
    assertEquals(2L, broken.problems().get(0).row());
    assertTrue(
        broken.problems().get(0).message().contains("quote"), broken.problems().get(0).message());
    assertTrue(broken.cells().isEmpty());
  }

  @Test
  void textAfterAClosingQuoteIsReportedAsAProblem() throws IOException {
    List<CsvRow> rows = readAll("sample.comment,sample.mood\nok,1\n\"abc\"x,2\n3,4\n");
    assertTrue(rows.size() >= 2, rows::toString);
    CsvRow bad = rows.get(1);
    assertFalse(bad.problems().isEmpty(), bad::toString);
    assertEquals(2L, bad.problems().get(0).row());
  }

  @Test
  void unclosedQuoteInTheHeaderIsAHeaderProblem() throws IOException {
    try (CsvResponseReader reader = open("\"sample.mood,sample.colour\n1,red\n")) {
      assertFalse(reader.headerProblems().isEmpty());
    }
  }

  @Test
  void byteOrderMarkBeforeAQuotedHeaderIsIgnored() throws IOException {
    try (CsvResponseReader reader = open("\uFEFF\"sample.mood\",sample.colour\n4,red\n")) {
      assertEquals(List.of(), reader.headerProblems());
      assertEquals(List.of("sample.mood", "sample.colour"), reader.header());
    }
  }

  @Test
  void blankLineInASingleColumnFileIsAResponseWithoutAnswers() throws IOException {
    List<CsvRow> rows = readAll("sample.mood\r\n3\r\n\r\n4\r\n");
    assertEquals(3, rows.size(), rows::toString);
    assertEquals("", rows.get(1).cells().getOrDefault("sample.mood", ""));
  }
}
