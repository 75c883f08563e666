package org.joysurvey.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.joysurvey.demo.SyntheticResponses;
import org.joysurvey.interchange.JsonAnswers;
import org.joysurvey.interchange.StoredAnswersDecoder;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.spi.Answers;
import org.joysurvey.testing.SampleInstrument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Both forms of the answers are stored together, read back the same, and packed again when needed.
 */
class ResponseStorePackingTest {

  private final Questionnaire questionnaire = new Questionnaire(List.of(new SampleInstrument()));
  private final PackedAnswers packing = new PackedAnswers(questionnaire);
  private final JdbcDataSource dataSource = new JdbcDataSource();
  private ResponseStore store;

  @BeforeEach
  void database() throws Exception {
    dataSource.setURL("jdbc:h2:mem:store-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "insert into edition (id, edition_year, title, status, suppression_threshold)"
              + " values (1, 2020, 'Packing', 'open', 5), (2, 2021, 'Other', 'open', 5)");
    }
    store = new ResponseStore(dataSource);
  }

  private List<Answers> store(long edition, int count, boolean packed) {
    SyntheticResponses generator = new SyntheticResponses(questionnaire, (int) edition, 0.2);
    List<Answers> stored = new ArrayList<>();
    List<ResponseStore.NewRow> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Answers answers = generator.next();
      stored.add(answers);
      rows.add(
          new ResponseStore.NewRow(
              JsonAnswers.toJsonText(answers),
              null,
              "{}",
              0,
              packed ? packing.encode(answers) : null,
              packing.layout()));
    }
    store.insert(edition, rows);
    return stored;
  }

  private List<Answers> readPacked(long edition) {
    List<Answers> read = new ArrayList<>();
    store.forEachPacked(edition, packing.layout(), bytes -> read.add(packing.decode(bytes)));
    return read;
  }

  private static List<String> sorted(List<Answers> answers) {
    return answers.stream().map(JsonAnswers::toJsonText).sorted().toList();
  }

  @Test
  void packedAnswersReadBackAsTheAnswersStored() {
    List<Answers> stored = store(1, 300, true);
    store(2, 20, true);
    assertTrue(store.allPacked(1, packing.layout()));
    assertFalse(store.allPacked(1, packing.layout() + 1), "another layout is not this one");
    assertEquals(sorted(stored), sorted(readPacked(1)));
  }

  @Test
  void aResponseWithoutPackedAnswersSendsTheReportToTheJsonUntilTheEditionIsRepacked() {
    List<Answers> stored = new ArrayList<>(store(1, 100, true));
    stored.addAll(store(1, 5, false));
    store(2, 10, false);
    assertFalse(store.allPacked(1, packing.layout()));

    StoredAnswersDecoder decoder = new StoredAnswersDecoder(questionnaire);
    assertEquals(105, store.repack(1, packing, decoder::decode));
    assertTrue(store.allPacked(1, packing.layout()));
    assertEquals(sorted(stored), sorted(readPacked(1)));
    assertFalse(store.allPacked(2, packing.layout()), "only the edition asked for is repacked");
    assertEquals(0, store.repack(1, packing, decoder::decode), "nothing left to do");
  }

  @Test
  void aResponseWhoseAnswersNoLongerFitKeepsARowWithoutAnswersAndTheReportKeepsToTheJson() {
    store(1, 10, true);
    // stored when the mood scale went to 9; the questionnaire installed now stops at 5
    store.insert(
        1,
        List.of(
            new ResponseStore.NewRow(
                "{\"sample.mood\":9}", null, "{}", 0, null, packing.layout())));
    StoredAnswersDecoder decoder = new StoredAnswersDecoder(questionnaire);
    assertEquals(10, store.repack(1, packing, decoder::decode));
    assertFalse(store.allPacked(1, packing.layout()));
    assertEquals(10, readPacked(1).size(), "rows without answers are never read as packed");
  }
}
