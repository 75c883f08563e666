package org.joysurvey.interchange;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.joysurvey.questionnaire.AnswerCodec;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.questionnaire.QuestionnaireItem;
import org.joysurvey.spi.Answers;

/**
 * Writes responses as interchange CSV, one row at a time: {@code _submitted_on}, then every item,
 * and for an export of stored responses last {@code _wording_version}, the edition's wording
 * version each was answered under. The import ignores that column, like every {@code _} column but
 * {@code _submitted_on}, so an export can be imported again. Cells of text and choice items that a
 * spreadsheet would read as a formula get a leading apostrophe ({@link SpreadsheetCells}), which
 * {@link CsvResponseReader} takes off again; numbers are written as they are.
 */
public final class CsvResponseWriter implements AutoCloseable {

  /** The column of the wording version in an export. */
  public static final String WORDING_VERSION = "_wording_version";

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE]-?[0-9]+)?");

  private final List<QuestionnaireItem> items;
  private final CSVPrinter printer;
  private final boolean wordingVersionColumn;
  private final int extraColumns;

  /** A writer without the {@code _wording_version} column (responses that were never stored). */
  public CsvResponseWriter(Questionnaire questionnaire, Writer output) throws IOException {
    this(questionnaire, output, false);
  }

  public CsvResponseWriter(Questionnaire questionnaire, Writer output, boolean wordingVersionColumn)
      throws IOException {
    this(questionnaire, output, wordingVersionColumn, List.of());
  }

  /**
   * A writer with more {@code _} columns after {@code _wording_version} (such as the derived
   * variables of an export for analysis), which an import ignores.
   */
  public CsvResponseWriter(
      Questionnaire questionnaire,
      Writer output,
      boolean wordingVersionColumn,
      List<String> extraColumns)
      throws IOException {
    for (String column : extraColumns) {
      if (!column.startsWith("_")) {
        throw new IllegalArgumentException("An extra column starts with _, not " + column);
      }
    }
    this.extraColumns = extraColumns.size();
    this.items = questionnaire.items();
    this.printer = new CSVPrinter(output, CSVFormat.RFC4180);
    this.wordingVersionColumn = wordingVersionColumn;
    List<String> header = new ArrayList<>();
    header.add(CsvResponseReader.SUBMITTED_ON);
    items.forEach(i -> header.add(i.code()));
    if (wordingVersionColumn) {
      header.add(WORDING_VERSION);
    }
    header.addAll(extraColumns);
    printer.printRecord(header);
  }

  public void write(Answers answers, LocalDate submittedOn) throws IOException {
    if (wordingVersionColumn) {
      throw new IllegalStateException(
          "this writer has a " + WORDING_VERSION + " column: give the version");
    }
    if (extraColumns > 0) {
      throw new IllegalStateException("this writer has extra columns: give their cells");
    }
    printer.printRecord(cells(answers, submittedOn));
  }

  public void write(Answers answers, LocalDate submittedOn, int wordingVersion) throws IOException {
    write(answers, submittedOn, wordingVersion, List.of());
  }

  /** A row with the cells of the extra columns, neutralised for spreadsheets as text is. */
  public void write(Answers answers, LocalDate submittedOn, int wordingVersion, List<String> extra)
      throws IOException {
    if (extra.size() != extraColumns) {
      throw new IllegalArgumentException(
          extra.size() + " extra cells for " + extraColumns + " extra columns");
    }
    List<String> cells = cells(answers, submittedOn);
    if (wordingVersionColumn) {
      cells.add(Integer.toString(wordingVersion));
    }
    // numbers stay numbers (-1 is no formula); text is neutralised as answers are
    extra.forEach(
        cell ->
            cells.add(NUMBER.matcher(cell).matches() ? cell : SpreadsheetCells.neutralise(cell)));
    printer.printRecord(cells);
  }

  private List<String> cells(Answers answers, LocalDate submittedOn) {
    List<String> cells = new ArrayList<>(items.size() + 2);
    cells.add(submittedOn == null ? "" : submittedOn.toString());
    for (QuestionnaireItem item : items) {
      String cell = AnswerCodec.toText(answers.values().get(item.code()));
      cells.add(
          SpreadsheetCells.isText(item.item().type()) ? SpreadsheetCells.neutralise(cell) : cell);
    }
    return cells;
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
