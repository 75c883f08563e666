package org.joysurvey.interchange;

import java.io.IOException;
import java.io.PushbackReader;
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
import org.joysurvey.problem.Problem;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.spi.ItemType;

/**
 * Streams the rows of an interchange CSV (RFC 4180, UTF-8, header row). The header is checked when
 * the reader is opened: every column must be an item of the edition or a {@code _} metadata column.
 * Rows are then read one at a time, so a file of any size is never held in memory.
 */
public final class CsvResponseReader implements Iterable<CsvRow>, AutoCloseable {

  public static final String SUBMITTED_ON = "_submitted_on";

  /**
   * The most columns a file may have: every item of a large edition and its metadata fit many times
   * over, and a header of more is refused before any row is read.
   */
  public static final int MAX_COLUMNS = 2_000;

  /**
   * The most characters a cell may hold, whatever its column: a text answer holds at most {@link
   * org.joysurvey.spi.Item#TEXT_MAX_LENGTH} (its item may say fewer), so a longer cell is no
   * answer, and it is refused before it is parsed (a number of a million digits costs seconds).
   */
  public static final int MAX_CELL_LENGTH = 10_000;

  /** How much of a refused cell a message repeats. */
  static final int SHOWN_LENGTH = 40;

  /**
   * What the UTF-8 decoder puts in place of bytes that are not UTF-8: a file saved in another
   * encoding would otherwise be stored with its accented letters lost.
   */
  private static final char REPLACEMENT = '\uFFFD';

  // Empty lines are kept: in a one-column file an empty line is a respondent who skipped the item.
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  private final CSVParser parser;
  private final List<String> header = new ArrayList<>();

  /** By column: the item's type, or {@code null} for a metadata or unknown column. */
  private final List<ItemType> types = new ArrayList<>();

  private final List<Problem> headerProblems = new ArrayList<>();

  public CsvResponseReader(Questionnaire questionnaire, Reader input) throws IOException {
    parser = CSVParser.builder().setReader(withoutByteOrderMark(input)).setFormat(FORMAT).get();
    Iterator<CSVRecord> records = parser.iterator();
    CSVRecord first;
    try {
      if (!records.hasNext()) {
        headerProblems.add(
            new Problem(
                null, null, "the file is empty: a header row naming the item columns is required"));
        return;
      }
      first = records.next();
    } catch (UncheckedIOException | IllegalStateException e) {
      headerProblems.add(
          new Problem(
              null, null, "the header row cannot be read (" + reason(e) + "); check quotes"));
      return;
    }
    if (first.size() > MAX_COLUMNS) {
      headerProblems.add(
          new Problem(
              null,
              null,
              "the header has "
                  + first.size()
                  + " columns; a file may have at most "
                  + MAX_COLUMNS));
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < first.size(); i++) {
      String name = first.get(i).strip();
      header.add(name);
      types.add(questionnaire.item(name).map(item -> item.item().type()).orElse(null));
      if (name.length() > MAX_CELL_LENGTH) {
        headerProblems.add(
            new Problem(
                null,
                "column " + (i + 1),
                "the header cell is "
                    + name.length()
                    + " characters long; no column name is that long"));
      } else if (name.indexOf(REPLACEMENT) >= 0) {
        headerProblems.add(new Problem(null, "column " + (i + 1), NOT_UTF8));
      } else if (name.isEmpty()) {
        headerProblems.add(new Problem(null, "column " + (i + 1), "the header cell is empty"));
      } else if (!seen.add(name)) {
        headerProblems.add(new Problem(null, shown(name), "the column appears more than once"));
      } else if (!name.startsWith("_") && questionnaire.item(name).isEmpty()) {
        headerProblems.add(
            new Problem(
                null,
                shown(name),
                "is not an item of this edition's instruments ("
                    + String.join(
                        ", ",
                        questionnaire.instruments().stream().map(i2 -> i2.metadata().id()).toList())
                    + ")"));
      }
    }
  }

  private static final String NOT_UTF8 =
      "holds U+FFFD, the mark of bytes that are not UTF-8: save the file as UTF-8 (\"CSV UTF-8\")";

  /** Problems with the header; when there are any, rows cannot be read meaningfully. */
  public List<Problem> headerProblems() {
    return List.copyOf(headerProblems);
  }

  public List<String> header() {
    return List.copyOf(header);
  }

  /**
   * The data rows. Once the file cannot be parsed any further (a quote left open, text after a
   * closing quote), one last row carries that problem and reading stops: guessing where the next
   * record starts could silently shift answers between columns.
   */
  @Override
  public Iterator<CsvRow> iterator() {
    Iterator<CSVRecord> records = parser.iterator();
    return new Iterator<>() {
      private long number;
      private CsvRow next;
      private boolean finished;

      @Override
      public boolean hasNext() {
        if (next == null && !finished) {
          next = advance();
        }
        return next != null;
      }

      @Override
      public CsvRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        CsvRow row = next;
        next = null;
        return row;
      }

      private CsvRow advance() {
        try {
          while (records.hasNext()) {
            CSVRecord record = records.next();
            if (header.size() > 1 && record.size() == 1 && record.get(0).isEmpty()) {
              continue; // a blank line cannot be a response of a file with several columns
            }
            return toRow(++number, record);
          }
          finished = true;
          return null;
        } catch (UncheckedIOException | IllegalStateException e) {
          finished = true;
          long row = ++number;
          return new CsvRow(
              row,
              Map.of(),
              null,
              List.of(
                  new Problem(
                      row,
                      null,
                      "the CSV cannot be read from here on (" + reason(e) + "); check quotes")));
        }
      }
    };
  }

  private static String reason(RuntimeException e) {
    return e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
  }

  /**
   * Spreadsheet programs often start UTF-8 files with a byte-order mark; it is not part of the
   * header.
   */
  private static Reader withoutByteOrderMark(Reader input) throws IOException {
    PushbackReader reader = new PushbackReader(input, 1);
    int first = reader.read();
    if (first != -1 && first != '\uFEFF') {
      reader.unread(first);
    }
    return reader;
  }

  private CsvRow toRow(long number, CSVRecord record) {
    List<Problem> problems = new ArrayList<>();
    if (record.size() != header.size()) {
      problems.add(
          new Problem(
              number,
              null,
              "has " + record.size() + " cells but the header has " + header.size() + " columns"));
    }
    Map<String, String> cells = new LinkedHashMap<>();
    LocalDate submittedOn = null;
    for (int i = 0; i < Math.min(record.size(), header.size()); i++) {
      String column = header.get(i);
      String cell = record.get(i);
      if (cell.length() > MAX_CELL_LENGTH) {
        // refused here, before the cell is parsed, and left out of the cells to validate
        problems.add(
            new Problem(
                number,
                column,
                "the cell is "
                    + cell.length()
                    + " characters long; a cell holds at most "
                    + MAX_CELL_LENGTH));
        continue;
      }
      if (cell.indexOf(REPLACEMENT) >= 0) {
        problems.add(new Problem(number, column, NOT_UTF8));
        continue;
      }
      if (column.equals(SUBMITTED_ON)) {
        if (!cell.isBlank()) {
          try {
            submittedOn = LocalDate.parse(cell.strip());
          } catch (DateTimeParseException e) {
            problems.add(
                new Problem(
                    number, column, "'" + shown(cell) + "' is not a day in the form 2020-10-31"));
          }
        }
      } else if (!column.startsWith("_")) {
        ItemType type = types.get(i);
        // the export's apostrophe before a cell a spreadsheet would read as a formula comes off
        cells.put(
            column,
            type != null && SpreadsheetCells.isText(type) ? SpreadsheetCells.restore(cell) : cell);
      }
    }
    return new CsvRow(number, cells, submittedOn, problems);
  }

  /** The start of a cell, for a message: a long refused cell is not repeated whole. */
  static String shown(String cell) {
    return cell.length() <= SHOWN_LENGTH ? cell : cell.substring(0, SHOWN_LENGTH) + "...";
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
