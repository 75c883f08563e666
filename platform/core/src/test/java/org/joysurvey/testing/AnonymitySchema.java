package org.joysurvey.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The anonymity guarantee of docs/anonymity.md, checked on a live schema through JDBC metadata, on
 * H2 and PostgreSQL alike: a response row holds nothing but its random id, edition, day, instrument
 * versions, wording version and answers (and its packed answers, in a table of their own, only
 * edition, layout and answers); no table refers to a response, and a response refers to nothing but
 * its edition; the tables that know invitees (invitations, their tokens, drafts, incentive
 * addresses) have no column that could point at a response and no time of day. Returns what is
 * wrong, empty when nothing is. Used by a unit test (H2 in memory) and by the integration tests on
 * the server's own database; it has no test-framework dependency so that it also runs inside the
 * server.
 */
public final class AnonymitySchema {

  /** The columns a response may have. A new one must be weighed in docs/anonymity.md first. */
  public static final Set<String> RESPONSE_COLUMNS =
      Set.of(
          "id", "edition_id", "submitted_on", "instrument_versions", "answers", "wording_version");

  /**
   * The columns of a response's packed answers (the same answers again, for reports), under the
   * response's id.
   */
  public static final Set<String> PACKED_RESPONSE_COLUMNS =
      Set.of("id", "edition_id", "layout", "answers");

  /** The tables that know an invitee or a respondent's way in, and the columns they may have. */
  public static final Map<String, Set<String>> PARTICIPATION_COLUMNS =
      Map.of(
          "invitation",
              Set.of(
                  "id",
                  "edition_id",
                  "email",
                  "started",
                  "completed",
                  "last_sent_on",
                  "reminders_sent"),
          "invitation_token", Set.of("token_hash", "invitation_id"),
          "response_draft", Set.of("draft_key", "edition_id", "page", "answers", "submitted"),
          "incentive_email", Set.of("id", "edition_id", "email"));

  private AnonymitySchema() {}

  public static List<String> violations(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    List<String> problems = new ArrayList<>();
    String schema = connection.getSchema();

    Map<String, Integer> response = columns(meta, schema, "survey_response");
    if (response.isEmpty()) {
      problems.add("there is no table survey_response in schema " + schema);
    }
    if (!response.keySet().equals(RESPONSE_COLUMNS)) {
      problems.add(
          "survey_response has the columns "
              + response.keySet()
              + ", expected "
              + RESPONSE_COLUMNS);
    }
    Integer day = response.get("submitted_on");
    if (day != null && day != Types.DATE) {
      problems.add(
          "survey_response.submitted_on must be a DATE (no time of day), is JDBC type " + day);
    }
    Map<String, Integer> packed = columns(meta, schema, "survey_response_packed");
    if (!packed.keySet().equals(PACKED_RESPONSE_COLUMNS)) {
      problems.add(
          "survey_response_packed has the columns "
              + packed.keySet()
              + ", expected "
              + PACKED_RESPONSE_COLUMNS);
    }
    for (String table : tables(meta, schema)) {
      try (ResultSet keys = meta.getImportedKeys(null, schema, identifier(meta, table))) {
        while (keys.next()) {
          String from =
              lower(keys.getString("FKTABLE_NAME")) + "." + lower(keys.getString("FKCOLUMN_NAME"));
          String to = lower(keys.getString("PKTABLE_NAME"));
          if (to.equals("survey_response")) {
            problems.add(from + " refers to survey_response");
          }
          if (table.equals("survey_response") && !to.equals("edition")) {
            problems.add(from + " refers to " + to + "; a response may refer to its edition only");
          }
        }
      }
    }
    for (Map.Entry<String, Set<String>> expected : PARTICIPATION_COLUMNS.entrySet()) {
      Map<String, Integer> actual = columns(meta, schema, expected.getKey());
      if (!actual.keySet().equals(expected.getValue())) {
        problems.add(
            expected.getKey()
                + " has the columns "
                + actual.keySet()
                + ", expected "
                + expected.getValue());
      }
      actual.forEach(
          (column, type) -> {
            if (type == Types.TIMESTAMP
                || type == Types.TIMESTAMP_WITH_TIMEZONE
                || type == Types.TIME
                || type == Types.TIME_WITH_TIMEZONE) {
              problems.add(expected.getKey() + "." + column + " holds a time of day");
            }
          });
    }
    return problems;
  }

  /** The tables of the schema, lower case. */
  private static List<String> tables(DatabaseMetaData meta, String schema) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        tables.add(lower(rs.getString("TABLE_NAME")));
      }
    }
    return tables;
  }

  /** Column names (lower case) and their JDBC types. */
  private static Map<String, Integer> columns(DatabaseMetaData meta, String schema, String table)
      throws SQLException {
    Map<String, Integer> columns = new LinkedHashMap<>();
    try (ResultSet rs = meta.getColumns(null, schema, identifier(meta, table), "%")) {
      while (rs.next()) {
        columns.put(lower(rs.getString("COLUMN_NAME")), rs.getInt("DATA_TYPE"));
      }
    }
    return columns;
  }

  /** H2 stores unquoted names in upper case, PostgreSQL in lower case. */
  private static String identifier(DatabaseMetaData meta, String name) throws SQLException {
    return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
