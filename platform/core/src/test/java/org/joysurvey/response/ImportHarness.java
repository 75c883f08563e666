package org.joysurvey.response;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joysurvey.edition.AccessMode;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionSetup;
import org.joysurvey.edition.EditionStatus;
import org.joysurvey.edition.EditionView;
import org.joysurvey.interchange.JsonAnswers;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.Instrument;

/**
 * A {@link ResponseService} without a server: the edition is given, and the store keeps the rows it
 * is handed in memory. The transaction that would roll a refused import back is not there, so a
 * test checks what the service promises: an import that stored rows returned normally, and one that
 * was refused threw {@link org.joysurvey.problem.InputRejectedException}.
 */
final class ImportHarness {

  final ResponseService service = new ResponseService();
  final List<ResponseStore.NewRow> stored = new ArrayList<>();
  final Questionnaire questionnaire;

  ImportHarness(List<Instrument> instruments) {
    questionnaire = new Questionnaire(instruments);
    EditionView edition =
        new EditionView(
            1,
            2024,
            "Edge cases",
            EditionStatus.OPEN,
            instruments.stream().map(i -> i.metadata().id()).toList(),
            Map.of(),
            5,
            0,
            0,
            AccessMode.OPEN_LINK);
    EditionSetup setup = new EditionSetup(edition, instruments, Map.of(), questionnaire, List.of());
    EditionService editions =
        new EditionService() {
          @Override
          public Optional<EditionSetup> setup(long id) {
            return id == 1 ? Optional.of(setup) : Optional.empty();
          }
        };
    ResponseStore store =
        new ResponseStore() {
          @Override
          public void insert(long editionId, List<NewRow> rows) {
            stored.addAll(rows);
          }
        };
    set("editions", editions);
    set("store", store);
  }

  /** The answers stored, read back from their JSON. */
  List<Answers> storedAnswers() {
    return stored.stream()
        .map(r -> JsonAnswers.fromStoredJson(questionnaire, r.answersJson()))
        .toList();
  }

  private void set(String name, Object value) {
    try {
      Field field = ResponseService.class.getDeclaredField(name);
      field.setAccessible(true);
      field.set(service, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
