package org.joysurvey.interchange;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.joysurvey.response.Problem;
import org.joysurvey.response.Questionnaire;

/**
 * Streams the rows of an interchange CSV (RFC 4180, UTF-8, header row). The header is checked when
 * the reader is opened: every column must be an item of the edition or a {@code _} metadata column.
 * Rows are then read one at a time, so a file of any size is never held in memory.
 */
public final class CsvResponseReader implements Iterable<CsvRow>, AutoCloseable {

  public static final String SUBMITTED_ON = "_submitted_on";

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  private final CSVParser parser;
  private final List<String> header = new ArrayList<>();
  private final List<Problem> headerProblems = new ArrayList<>();

  public CsvResponseReader(Questionnaire questionnaire, Reader input) throws IOException {
    parser = CSVParser.builder().setReader(input).setFormat(FORMAT).get();
    Iterator<CSVRecord> records = parser.iterator();
    if (!records.hasNext()) {
      headerProblems.add(new Problem(null, null, "the file is empty: a header row naming the item columns is required"));
      return;
    }
    Set<String> seen = new HashSet<>();
    CSVRecord first = records.next();
    for (int i = 0; i < first.size(); i++) {
      String name = first.get(i).strip();
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1); // a byte-order mark written by spreadsheet programs
      }
      header.add(name);
      if (name.isEmpty()) {
        headerProblems.add(new Problem(null, "column " + (i + 1), "the header cell is empty"));
      } else if (!seen.add(name)) {
        headerProblems.add(new Problem(null, name, "the column appears more than once"));
      } else if (!name.startsWith("_") && questionnaire.item(name).isEmpty()) {
        headerProblems.add(
            new Problem(null, name, "is not an item of this edition's instruments ("
                + String.join(", ", questionnaire.instruments().stream().map(i2 -> i2.metadata().id()).toList()) + ")"));
      }
    }
  }

  /** Problems with the header; when there are any, rows cannot be read meaningfully. */
  public List<Problem> headerProblems() {
    return List.copyOf(headerProblems);
  }

  public List<String> header() {
    return List.copyOf(header);
  }

  @Override
  public Iterator<CsvRow> iterator() {
    Iterator<CSVRecord> records = parser.iterator();
    return new Iterator<>() {
      private long number;
      private boolean broken;

      @Override
      public boolean hasNext() {
        if (broken) {
          return false;
        }
        try {
          return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
          return true; // next() reports the malformed row
        }
      }

      @Override
      public CsvRow next() {
        if (broken) {
          throw new NoSuchElementException();
        }
        number++;
        CSVRecord record;
        try {
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          broken = true;
          String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
          return new CsvRow(number, Map.of(), null, List.of(
              new Problem(number, null, "the CSV cannot be read from here on (" + why + "); check quotes")));
        }
        return toRow(number, record);
      }
    };
  }

  private CsvRow toRow(long number, CSVRecord record) {
    List<Problem> problems = new ArrayList<>();
    if (record.size() != header.size()) {
      problems.add(new Problem(number, null,
          "has " + record.size() + " cells but the header has " + header.size() + " columns"));
    }
    Map<String, String> cells = new LinkedHashMap<>();
    LocalDate submittedOn = null;
    for (int i = 0; i < Math.min(record.size(), header.size()); i++) {
      String column = header.get(i);
      String cell = record.get(i);
      if (column.equals(SUBMITTED_ON)) {
        if (!cell.isBlank()) {
          try {
            submittedOn = LocalDate.parse(cell.strip());
          } catch (DateTimeParseException e) {
            problems.add(new Problem(number, column, "'" + cell + "' is not a day in the form 2020-10-31"));
          }
        }
      } else if (!column.startsWith("_")) {
        cells.put(column, cell);
      }
    }
    return new CsvRow(number, cells, submittedOn, problems);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
