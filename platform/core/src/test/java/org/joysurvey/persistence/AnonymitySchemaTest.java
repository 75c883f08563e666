package org.joysurvey.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.joysurvey.testing.AnonymitySchema;
import org.junit.jupiter.api.Test;

/**
 * The migrations, applied to an empty H2 database, give a schema that keeps responses anonymous.
 */
class AnonymitySchemaTest {

  @Test
  void theMigratedSchemaLinksNoResponseToAnInvitationDraftTokenOrIncentiveAddress()
      throws Exception {
    String url = "jdbc:h2:mem:anonymity-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      assertEquals(List.of(), AnonymitySchema.violations(connection));
    }
  }

  @Test
  void theCheckNoticesAColumnThatWouldTieAResponseToAnInvitation() throws Exception {
    String url = "jdbc:h2:mem:anonymity-broken-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "alter table invitation add column response_id varchar(36)"
              + " references survey_response (id)");
      statement.execute("alter table survey_response add column submitted_at timestamp");
      List<String> violations = AnonymitySchema.violations(connection);
      assertTrue(
          violations.contains("invitation.response_id refers to survey_response"),
          violations.toString());
      assertTrue(
          violations.stream().anyMatch(v -> v.startsWith("survey_response has the columns")),
          violations.toString());
      assertTrue(
          violations.stream().anyMatch(v -> v.startsWith("invitation has the columns")),
          violations.toString());
    }
  }
}
