package org.joysurvey.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joysurvey.audit.AuditLog;
import org.joysurvey.edition.EditionNotOpenException;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionSetup;
import org.joysurvey.edition.EditionStatus;
import org.joysurvey.edition.UnknownEditionException;
import org.joysurvey.interchange.CsvResponseReader;
import org.joysurvey.interchange.CsvResponseWriter;
import org.joysurvey.interchange.CsvRow;
import org.joysurvey.interchange.JsonAnswers;
import org.joysurvey.interchange.StoredAnswersDecoder;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;
import org.joysurvey.spi.Answers;

/**
 * Stores responses, whichever way they arrive (the respondent form, JSON, a CSV import), and
 * exports them. Every way validates with {@link ResponseValidator}; a batch is all-or-nothing: one
 * bad row and the transaction rolls back, with every problem reported.
 */
@ApplicationScoped
@Transactional
public class ResponseService {

  /** Beyond this many problems a rejected import stops listing them. */
  static final int MAX_PROBLEMS = 1000;

  private static final int BATCH = 500;

  @Inject private EditionService editions;

  @Inject private ResponseStore store;

  @Inject private AuditLog audit;

  /** A respondent's submission through the form: the edition must be open. */
  public void submit(long editionId, Map<String, String> cells) {
    EditionSetup setup = setup(editionId);
    NewRows newRows = new NewRows(setup);
    if (setup.edition().status() != EditionStatus.OPEN) {
      throw new EditionNotOpenException(setup.edition());
    }
    ValidationResult result = new ResponseValidator(setup.questionnaire()).validateText(cells);
    if (!result.isValid()) {
      throw new InputRejectedException("The response was not stored.", result.problems());
    }
    store.insert(setup.edition().id(), List.of(newRows.row(result.answers(), LocalDate.now())));
  }

  /**
   * Checks a submission through the form as {@link #submit} does, whatever the edition's status,
   * and stores nothing: the designer's preview of a draft.
   */
  public void check(long editionId, Map<String, String> cells) {
    ValidationResult result =
        new ResponseValidator(setup(editionId).questionnaire()).validateText(cells);
    if (!result.isValid()) {
      throw new InputRejectedException("The response would not be stored.", result.problems());
    }
  }

  /**
   * {@link #addJson(long, JsonValue)} for an API caller, audited as {@code responses.add} in the
   * same transaction: a reply that says the responses were not stored (the database failed before
   * the audit) is then true, and the caller's retry stores them once.
   */
  public int addJson(long editionId, JsonValue body, String actor) {
    int stored = addJson(editionId, body);
    audit.record(actor, "responses.add", subject(editionId), "stored " + stored + " from JSON");
    return stored;
  }

  /** {@link #importCsv(long, Reader)} for an API caller, audited in the same transaction. */
  public int importCsv(long editionId, Reader input, String actor) {
    int stored = importCsv(editionId, input);
    audit.record(actor, "responses.import", subject(editionId), "stored " + stored + " from CSV");
    return stored;
  }

  private static String subject(long editionId) {
    return "edition/" + editionId;
  }

  /**
   * Adds one interchange JSON object, or an array of them (problems then name the element, counted
   * from 1, as their row). A {@code _submitted_on} key keeps its day; otherwise the day is today.
   */
  public int addJson(long editionId, JsonValue body) {
    EditionSetup setup = setup(editionId);
    NewRows newRows = new NewRows(setup);
    List<JsonValue> objects =
        body.getValueType() == JsonValue.ValueType.ARRAY ? body.asJsonArray() : List.of(body);
    ResponseValidator validator = new ResponseValidator(setup.questionnaire());
    List<Problem> problems = new ArrayList<>();
    List<Answers> valid = new ArrayList<>();
    List<LocalDate> days = new ArrayList<>();
    long row = 0;
    for (JsonValue value : objects) {
      row++;
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        problems.add(
            new Problem(row, null, "a response must be a JSON object of item codes and answers"));
        continue;
      }
      JsonObject object = value.asJsonObject();
      LocalDate day = LocalDate.now();
      if (object.containsKey(CsvResponseReader.SUBMITTED_ON)
          && !object.isNull(CsvResponseReader.SUBMITTED_ON)) {
        try {
          day = LocalDate.parse(object.getString(CsvResponseReader.SUBMITTED_ON));
        } catch (RuntimeException e) {
          problems.add(
              new Problem(
                  row, CsvResponseReader.SUBMITTED_ON, "is not a day in the form 2020-10-31"));
        }
      }
      ValidationResult result = validator.validateJson(object);
      for (Problem p : result.problems()) {
        problems.add(p.inRow(row));
      }
      valid.add(result.answers());
      days.add(day);
    }
    if (!problems.isEmpty()) {
      throw new InputRejectedException("No response was stored.", cap(problems));
    }
    List<ResponseStore.NewRow> rows = new ArrayList<>();
    for (int i = 0; i < valid.size(); i++) {
      rows.add(newRows.row(valid.get(i), days.get(i)));
      if (rows.size() == BATCH) {
        store.insert(setup.edition().id(), rows);
        rows.clear();
      }
    }
    store.insert(setup.edition().id(), rows);
    return valid.size();
  }

  /**
   * Imports an interchange CSV, streamed; all rows or none. A {@code _submitted_on} cell keeps its
   * day; otherwise the day is today. Returns the number stored.
   */
  public int importCsv(long editionId, Reader input) {
    EditionSetup setup = setup(editionId);
    NewRows newRows = new NewRows(setup);
    List<Problem> problems = new ArrayList<>();
    LocalDate today = LocalDate.now();
    List<ResponseStore.NewRow> batch = new ArrayList<>();
    int stored = 0;
    try (CsvResponseReader reader = new CsvResponseReader(setup.questionnaire(), input)) {
      problems.addAll(reader.headerProblems());
      if (problems.isEmpty()) {
        ResponseValidator validator = new ResponseValidator(setup.questionnaire());
        for (CsvRow row : reader) {
          problems.addAll(row.problems());
          ValidationResult result = validator.validateText(row.cells());
          // a cell the reader refused (too long, not UTF-8) is left out of the cells, and is not
          // reported a second time as unanswered
          Set<String> refused = new HashSet<>();
          row.problems().forEach(p -> refused.add(p.column()));
          for (Problem p : result.problems()) {
            if (!refused.contains(p.column())) {
              problems.add(p.inRow(row.number()));
            }
          }
          if (problems.size() > MAX_PROBLEMS) {
            break;
          }
          if (problems.isEmpty()) {
            // rows are written as they come, a batch at a time; any later problem rolls the whole
            // import back, so memory stays flat however long the file is
            batch.add(
                newRows.row(
                    result.answers(), row.submittedOn() == null ? today : row.submittedOn()));
            stored++;
            if (batch.size() == BATCH) {
              store.insert(setup.edition().id(), batch);
              batch.clear();
            }
          }
        }
      }
    } catch (IOException e) {
      problems.add(new Problem(null, null, "the file could not be read: " + e.getMessage()));
    }
    if (!problems.isEmpty()) {
      throw new InputRejectedException(
          "The file was rejected; no response was stored.", cap(problems));
    }
    store.insert(setup.edition().id(), batch);
    return stored;
  }

  /**
   * Writes the edition's responses as interchange CSV, in the order of their random ids, with the
   * wording version each was answered under in the last column.
   */
  public void exportCsv(long editionId, Writer output) throws IOException {
    EditionSetup setup = setup(editionId);
    try (CsvResponseWriter writer = new CsvResponseWriter(setup.questionnaire(), output, true)) {
      store.forEach(
          editionId,
          true,
          (json, day, wordingVersion) ->
              writer.write(
                  JsonAnswers.fromStoredJson(setup.questionnaire(), json), day, wordingVersion));
    }
  }

  /**
   * Packs the edition's answers again in the layout of the instruments installed now, when some are
   * not (responses stored before packing existed, or a plugin update changed items or options), so
   * that its reports read the packed form again. Returns how many were packed.
   */
  public int repack(long editionId) {
    EditionSetup setup = setup(editionId);
    StoredAnswersDecoder decoder = new StoredAnswersDecoder(setup.questionnaire());
    return store.repack(editionId, new PackedAnswers(setup.questionnaire()), decoder::decode);
  }

  private EditionSetup setup(long editionId) {
    return editions.setup(editionId).orElseThrow(() -> new UnknownEditionException(editionId));
  }

  /**
   * Responses as stored, under the wording version the setup was read at: the wording they were
   * validated against (an import or upload is recorded under the edition's current wording). Made
   * once per request: it packs answers against the edition's questionnaire.
   */
  private static final class NewRows {
    private final EditionSetup setup;
    private final String instrumentVersions;
    private final PackedAnswers packing;

    NewRows(EditionSetup setup) {
      this.setup = setup;
      this.instrumentVersions = setup.instrumentVersionsJson();
      this.packing = new PackedAnswers(setup.questionnaire());
    }

    ResponseStore.NewRow row(Answers answers, LocalDate day) {
      return new ResponseStore.NewRow(
          JsonAnswers.toJsonText(answers),
          day,
          instrumentVersions,
          setup.edition().wordingVersion(),
          packing.encode(answers),
          packing.layout());
    }
  }

  private static List<Problem> cap(List<Problem> problems) {
    if (problems.size() <= MAX_PROBLEMS) {
      return problems;
    }
    List<Problem> capped = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
    capped.add(
        new Problem(null, null, "more problems follow; the first " + MAX_PROBLEMS + " are listed"));
    return capped;
  }
}
