package org.joysurvey.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Responses stored before packing existed get a packed row without answers, so their reports read
 * the JSON.
 */
class PackedAnswersMigrationTest {

  @Test
  void responsesStoredBeforeVersion10GetAPackedRowWithoutAnswers() throws Exception {
    String url = "jdbc:h2:mem:packed-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .target("8")
        .load()
        .migrate();
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "insert into edition (id, edition_year, title, status, suppression_threshold)"
              + " values (1, 2020, 'Before', 'open', 5)");
      statement.execute(
          "insert into survey_response (id, edition_id, submitted_on, instrument_versions, answers,"
              + " wording_version)"
              + " values ('a', 1, null, '{}', '{}', 0), ('b', 1, null, '{}', '{}', 0)");
      Flyway.configure()
          .dataSource(url, "sa", "")
          .locations("classpath:db/migration")
          .load()
          .migrate();
      try (ResultSet rows =
          statement.executeQuery(
              "select count(*), count(answers), min(edition_id) from survey_response_packed")) {
        rows.next();
        assertEquals(2, rows.getInt(1), "one packed row per response");
        assertEquals(0, rows.getInt(2), "none of them with answers");
        assertEquals(1, rows.getInt(3));
      }
    }
  }
}
