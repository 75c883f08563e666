package org.joysurvey.interchange;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.joysurvey.response.AnswerCodec;
import org.joysurvey.response.Questionnaire;
import org.joysurvey.response.QuestionnaireItem;
import org.joysurvey.spi.Answers;

/** Writes responses as interchange CSV, one row at a time: {@code _submitted_on}, then every item. */
public final class CsvResponseWriter implements AutoCloseable {

  private final List<QuestionnaireItem> items;
  private final CSVPrinter printer;

  public CsvResponseWriter(Questionnaire questionnaire, Writer output) throws IOException {
    this.items = questionnaire.items();
    this.printer = new CSVPrinter(output, CSVFormat.RFC4180);
    List<String> header = new ArrayList<>();
    header.add(CsvResponseReader.SUBMITTED_ON);
    items.forEach(i -> header.add(i.code()));
    printer.printRecord(header);
  }

  public void write(Answers answers, LocalDate submittedOn) throws IOException {
    List<String> cells = new ArrayList<>(items.size() + 1);
    cells.add(submittedOn == null ? "" : submittedOn.toString());
    for (QuestionnaireItem item : items) {
      cells.add(AnswerCodec.toText(answers.values().get(item.code())));
    }
    printer.printRecord(cells);
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
