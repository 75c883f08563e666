package org.joysurvey.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.response.ResponseValidator;
import org.joysurvey.response.ValidationResult;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.testing.SampleInstrument;
import org.junit.jupiter.api.Test;

/** Export then import gives the same answers: the interchange CSV is its own inverse. */
class CsvRoundTripTest {

  private static final Questionnaire EDITION = new Questionnaire(List.of(new SampleInstrument()));

  private static final List<Answers> RESPONSES =
      List.of(
          answers(
              "sample.colour", new AnswerValue.Choice("red"),
              "sample.agree", new AnswerValue.Choice("yes"),
              "sample.why_agree",
                  new AnswerValue.Text("Line one,\nline two with a comma, and a quote \" inside"),
              "sample.pets", new AnswerValue.Choices(List.of("dog", "cat")),
              "sample.top2", new AnswerValue.Choices(List.of("other", "b")),
              "sample.top2_other",
                  new AnswerValue.Text("<script>alert('x')</script> & <b>bold</b>"),
              "sample.mood", new AnswerValue.Scale(4),
              "sample.comment",
                  new AnswerValue.Text("Grüße aus Zürich – naïve café, 日本語, emoji \uD83D\uDE00"),
              "sample.age", new AnswerValue.Number(new BigDecimal("42.50"))),
          answers("sample.agree", new AnswerValue.Choice("no")),
          answers(
              "sample.comment", new AnswerValue.Text("  leading and trailing spaces  "),
              "sample.pets", new AnswerValue.Choices(List.of("none"))),
          answers(
              "sample.comment",
              new AnswerValue.Text("windows\r\nline end, \"\"doubled\"\" quotes;semicolon")),
          answers("sample.comment", new AnswerValue.Text("\"starts with a quote")),
          answers());

  private static final List<LocalDate> DAYS =
      List.of(
          LocalDate.of(2020, 10, 31),
          LocalDate.of(2021, 1, 1),
          LocalDate.of(2020, 2, 29),
          LocalDate.of(2020, 3, 1),
          LocalDate.of(2020, 3, 2),
          LocalDate.of(2020, 3, 3));

  private static Answers answers(Object... codeAndValue) {
    Map<String, AnswerValue> values = new LinkedHashMap<>();
    for (int i = 0; i < codeAndValue.length; i += 2) {
      values.put((String) codeAndValue[i], (AnswerValue) codeAndValue[i + 1]);
    }
    return new Answers(values);
  }

  private static String export(List<Answers> responses, List<LocalDate> days) throws IOException {
    StringWriter out = new StringWriter();
    try (CsvResponseWriter writer = new CsvResponseWriter(EDITION, out)) {
      for (int i = 0; i < responses.size(); i++) {
        writer.write(responses.get(i), days.get(i));
      }
    }
    return out.toString();
  }

  private record Imported(List<Answers> answers, List<LocalDate> days) {}

  private static Imported importCsv(java.io.Reader in) throws IOException {
    List<Answers> answers = new ArrayList<>();
    List<LocalDate> days = new ArrayList<>();
    ResponseValidator validator = new ResponseValidator(EDITION);
    try (CsvResponseReader reader = new CsvResponseReader(EDITION, in)) {
      assertEquals(List.of(), reader.headerProblems());
      for (CsvRow row : reader) {
        assertEquals(List.of(), row.problems(), "row " + row.number());
        ValidationResult result = validator.validateText(row.cells());
        assertEquals(List.of(), result.problems(), "row " + row.number());
        answers.add(result.answers());
        days.add(row.submittedOn());
      }
    }
    return new Imported(answers, days);
  }

  @Test
  void headerIsSubmittedOnThenEveryItemInOrder() throws IOException {
    String csv = export(List.of(), List.of());
    assertEquals(
        "_submitted_on,sample.colour,sample.agree,sample.pets,sample.top2,sample.top2_other,"
            + "sample.mood,sample.comment,sample.age,sample.why_agree\r\n",
        csv);
  }

  @Test
  void exportThenImportGivesTheSameAnswersAndDays() throws IOException {
    String csv = export(RESPONSES, DAYS);
    Imported back = importCsv(new java.io.StringReader(csv));
    assertEquals(RESPONSES, back.answers());
    assertEquals(DAYS, back.days());
  }

  @Test
  void roundTripSurvivesUtf8Bytes() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CsvResponseWriter writer =
        new CsvResponseWriter(EDITION, new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
      for (int i = 0; i < RESPONSES.size(); i++) {
        writer.write(RESPONSES.get(i), DAYS.get(i));
      }
    }
    Imported back =
        importCsv(
            new InputStreamReader(
                new ByteArrayInputStream(bytes.toByteArray()), StandardCharsets.UTF_8));
    assertEquals(RESPONSES, back.answers());
  }

  @Test
  void exportWritesListsSemicolonJoinedInRankOrderAndQuotesWhatNeedsIt() throws IOException {
    String csv = export(RESPONSES.subList(0, 1), DAYS.subList(0, 1));
    String dataRow = csv.substring(csv.indexOf("\r\n") + 2);
    assertTrue(dataRow.startsWith("2020-10-31,red,yes,dog;cat,other;b,"), dataRow);
    // RFC 4180: a field with a comma, quote or line break is quoted and its quotes doubled
    assertTrue(
        dataRow.contains("\"Line one,\nline two with a comma, and a quote \"\" inside\""), dataRow);
    assertTrue(
        dataRow.endsWith(
            ",42.50,\"Line one,\nline two with a comma, and a quote \"\" inside\"\r\n"),
        dataRow);
  }

  @Test
  void unansweredItemsAreEmptyCellsAndMissingDayIsEmpty() throws IOException {
    StringWriter out = new StringWriter();
    try (CsvResponseWriter writer = new CsvResponseWriter(EDITION, out)) {
      writer.write(answers("sample.mood", new AnswerValue.Scale(2)), null);
    }
    String dataRow = out.toString().substring(out.toString().indexOf("\r\n") + 2);
    // 10 columns: an empty day, five empty items, mood, three empty items
    String expected = ",,,,,,2,,,";
    assertEquals(expected, dataRow.strip().replace("\"", ""));
    Imported back = importCsv(new java.io.StringReader(out.toString()));
    assertEquals(List.of(answers("sample.mood", new AnswerValue.Scale(2))), back.answers());
    assertEquals(java.util.Arrays.asList((LocalDate) null), back.days());
  }

  @Test
  void responseWithoutAnyAnswerOrDaySurvivesTheRoundTrip() throws IOException {
    // "A row with no answer at all is still a response": it must not be written as a blank line
    List<Answers> responses =
        List.of(Answers.NONE, answers("sample.mood", new AnswerValue.Scale(1)), Answers.NONE);
    java.util.List<LocalDate> days = java.util.Arrays.asList(null, null, null);
    Imported back = importCsv(new java.io.StringReader(export(responses, days)));
    assertEquals(responses, back.answers());
    assertEquals(days, back.days());
  }

  @Test
  void anExportWithTheWordingVersionOfEachResponseImportsAgainIgnoringThatColumn()
      throws IOException {
    StringWriter out = new StringWriter();
    try (CsvResponseWriter writer = new CsvResponseWriter(EDITION, out, true)) {
      for (int i = 0; i < RESPONSES.size(); i++) {
        writer.write(RESPONSES.get(i), DAYS.get(i), i % 3);
      }
    }
    String csv = out.toString();
    assertTrue(csv.startsWith("_submitted_on,sample.colour,"), csv);
    assertTrue(
        csv.substring(0, csv.indexOf("\r\n")).endsWith(",sample.why_agree,_wording_version"), csv);
    assertTrue(
        csv.contains("2021-01-01,,no,,,,,,,,1\r\n"),
        "the second response, under version 1: " + csv);
    Imported back = importCsv(new java.io.StringReader(csv));
    assertEquals(RESPONSES, back.answers());
    assertEquals(DAYS, back.days());
  }
}
