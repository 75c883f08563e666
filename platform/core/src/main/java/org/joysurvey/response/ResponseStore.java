package org.joysurvey.response;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.joysurvey.edition.EditionClosed;
import org.joysurvey.spi.Answers;

/**
 * Writes responses in JDBC batches and streams them back a row at a time, so that an import, a
 * report or an export of a million responses holds a batch or a row in memory, never the whole
 * edition. Call it inside a transaction: the writes then commit or roll back together, and
 * PostgreSQL only streams (uses a cursor) when auto-commit is off. Its connection is not the one
 * JPA uses in the same transaction: it does not see what JPA has flushed but not yet committed.
 */
@ApplicationScoped
public class ResponseStore {

  private static final int FETCH_SIZE = 5000;

  @Resource(lookup = "java:app/jdbc/joy")
  private DataSource dataSource;

  /** The columns of a response row, in the order the reseal copies them. */
  private static final String RESPONSE_COLUMNS =
      "id, edition_id, submitted_on, instrument_versions, answers, wording_version";

  private static final String PACKED_COLUMNS = "id, edition_id, layout, answers";

  private static final String INCENTIVE_COLUMNS = "id, edition_id, email";

  private static final int REPACK_BATCH = 500;

  public ResponseStore() {}

  /** On a data source of one's own, outside the server (tests). */
  ResponseStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * A response ready to store: its answers as interchange JSON, its day, its instrument versions,
   * the wording version of its edition (0 = the plugins' wording), and its answers packed for
   * reports ({@link PackedAnswers}, {@code null} when they do not fit) with the packing's layout.
   */
  public record NewRow(
      String answersJson,
      LocalDate submittedOn,
      String instrumentVersions,
      int wordingVersion,
      byte[] packedAnswers,
      long layout) {}

  /**
   * Inserts the rows in JDBC batches, each under a new random id, and beside each its packed
   * answers (a row without answers when they could not be packed): every response has exactly one
   * row in {@code survey_response_packed}.
   */
  public void insert(long editionId, java.util.List<NewRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    String sql =
        "insert into survey_response (id, edition_id, submitted_on, instrument_versions, answers,"
            + " wording_version) values (?, ?, ?, ?, ?, ?)";
    String packedSql =
        "insert into survey_response_packed (id, edition_id, layout, answers) values (?, ?, ?, ?)";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        PreparedStatement packed = connection.prepareStatement(packedSql)) {
      for (NewRow row : rows) {
        String id = java.util.UUID.randomUUID().toString();
        statement.setString(1, id);
        statement.setLong(2, editionId);
        statement.setDate(3, row.submittedOn() == null ? null : Date.valueOf(row.submittedOn()));
        statement.setString(4, row.instrumentVersions());
        statement.setString(5, row.answersJson());
        statement.setInt(6, row.wordingVersion());
        statement.addBatch();
        packed.setString(1, id);
        packed.setLong(2, editionId);
        if (row.packedAnswers() == null) {
          packed.setLong(3, PackedAnswers.NO_LAYOUT);
          packed.setNull(4, java.sql.Types.VARBINARY);
        } else {
          packed.setLong(3, row.layout());
          packed.setBytes(4, row.packedAnswers());
        }
        packed.addBatch();
      }
      statement.executeBatch();
      packed.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Storing responses of edition " + editionId + " failed", e);
    }
  }

  /**
   * Rewrites the edition's responses (both forms of their answers), and the incentive addresses
   * left with it, in the order of their random ids, in the caller's transaction. Until then, rows
   * sit in the database in the order they arrived, and in PostgreSQL every row carries the id of
   * the transaction that wrote it ({@code xmin}) — the same one that marked an invitation
   * completed. After it, every row of the edition carries this transaction's id and its physical
   * place follows its random id. Called when an edition closes ({@link #resealClosed};
   * docs/anonymity.md).
   *
   * @return the number of responses rewritten
   */
  public int reseal(long editionId) {
    try (Connection connection = dataSource.getConnection()) {
      int rewritten = rewrite(connection, "survey_response", RESPONSE_COLUMNS, editionId);
      rewrite(connection, "survey_response_packed", PACKED_COLUMNS, editionId);
      rewrite(connection, "incentive_email", INCENTIVE_COLUMNS, editionId);
      return rewritten;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Resealing the responses of edition " + editionId + " failed", e);
    }
  }

  /**
   * The responses' part of closing an edition: {@link #reseal}, in the transaction that closes it.
   * After participation's part, so that the rows JPA changed (the invitations, the edition's
   * status) are flushed before this connection rewrites the responses, as the close has always done
   * it.
   */
  public void resealClosed(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 100) EditionClosed closed) {
    reseal(closed.editionId());
  }

  private static int rewrite(Connection connection, String table, String columns, long editionId)
      throws SQLException {
    String scratch = table + "_reseal";
    execute(
        connection,
        "insert into "
            + scratch
            + " ("
            + columns
            + ") select "
            + columns
            + " from "
            + table
            + " where edition_id = ? order by id",
        editionId);
    execute(connection, "delete from " + table + " where edition_id = ?", editionId);
    int rows =
        execute(
            connection,
            "insert into "
                + table
                + " ("
                + columns
                + ") select "
                + columns
                + " from "
                + scratch
                + " where edition_id = ? order by id",
            editionId);
    execute(connection, "delete from " + scratch + " where edition_id = ?", editionId);
    return rows;
  }

  private static int execute(Connection connection, String sql, long editionId)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, editionId);
      return statement.executeUpdate();
    }
  }

  /** Receives one stored response. */
  @FunctionalInterface
  public interface RowHandler {
    void handle(String answersJson, LocalDate submittedOn) throws Exception;
  }

  /** Receives one stored response with the wording version it was answered under. */
  @FunctionalInterface
  public interface VersionedRowHandler {
    void handle(String answersJson, LocalDate submittedOn, int wordingVersion) throws Exception;
  }

  /**
   * Feeds every response of the edition to {@code handler}; {@code byId} orders them by their
   * random id (the order of an export: it says nothing of when they arrived).
   */
  public void forEach(long editionId, boolean byId, RowHandler handler) {
    forEach(
        editionId,
        byId,
        (VersionedRowHandler) (json, day, wordingVersion) -> handler.handle(json, day));
  }

  /** {@link #forEach(long, boolean, RowHandler)}, with each response's wording version. */
  public void forEach(long editionId, boolean byId, VersionedRowHandler handler) {
    stream(
        "select answers, submitted_on, wording_version from survey_response where edition_id = ?"
            + (byId ? " order by id" : ""),
        editionId,
        rows -> {
          Date day = rows.getDate(2);
          handler.handle(rows.getString(1), day == null ? null : day.toLocalDate(), rows.getInt(3));
        });
  }

  /** Receives the answers of one stored response. */
  @FunctionalInterface
  public interface AnswersHandler {
    void handle(String answersJson) throws Exception;
  }

  /**
   * Feeds the answers of every response of the edition, in no particular order, and nothing else:
   * all a report reads (a day read per row costs the driver a date parse, a million times over).
   */
  public void forEachAnswers(long editionId, AnswersHandler handler) {
    stream(
        "select answers from survey_response where edition_id = ?",
        editionId,
        rows -> handler.handle(rows.getString(1)));
  }

  /** Receives the packed answers of one stored response. */
  @FunctionalInterface
  public interface PackedHandler {
    void handle(byte[] packedAnswers) throws Exception;
  }

  /**
   * Whether every response of the edition has its answers packed in {@code layout}, so that a
   * report may read them all in that form. Looks for a packed row in any other layout (every
   * response has one row), with two seeks in the index on edition and layout: no row is read.
   */
  public boolean allPacked(long editionId, long layout) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select case when"
                    + " exists (select 1 from survey_response_packed"
                    + " where edition_id = ? and layout < ?)"
                    + " or exists (select 1 from survey_response_packed"
                    + " where edition_id = ? and layout > ?)"
                    + " then 1 else 0 end")) {
      statement.setLong(1, editionId);
      statement.setLong(2, layout);
      statement.setLong(3, editionId);
      statement.setLong(4, layout);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1) == 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Checking the packed answers of edition " + editionId + " failed", e);
    }
  }

  /**
   * Packs the answers of every response of the edition again, from their JSON, in {@code packing}'s
   * layout, in the caller's transaction. Holds the edition's row locked meanwhile, so that two
   * instances never repack one edition at once, and does nothing if another already has. A response
   * whose answers do not fit keeps a row without answers.
   *
   * @return the number of responses packed, 0 when there was nothing to do
   */
  public int repack(
      long editionId, PackedAnswers packing, java.util.function.Function<String, Answers> decode) {
    try (Connection connection = dataSource.getConnection()) {
      // an update that changes no key: on PostgreSQL it takes the row's "no key update" lock, which
      // makes a second repack wait but not a respondent's insert (whose reference to the edition
      // only needs the key share that "select ... for update" would refuse)
      try (PreparedStatement lock =
          connection.prepareStatement("update edition set status = status where id = ?")) {
        lock.setLong(1, editionId);
        lock.executeUpdate();
      }
      if (allPacked(editionId, packing.layout())) {
        return 0;
      }
      int[] packed = {0};
      try (PreparedStatement update =
          connection.prepareStatement(
              "update survey_response_packed set layout = ?, answers = ? where id = ?")) {
        int[] pending = {0};
        stream(
            "select id, answers from survey_response where edition_id = ?",
            editionId,
            rows -> {
              byte[] bytes = packing.encode(decode.apply(rows.getString(2)));
              if (bytes == null) {
                update.setLong(1, PackedAnswers.NO_LAYOUT);
                update.setNull(2, java.sql.Types.VARBINARY);
              } else {
                update.setLong(1, packing.layout());
                update.setBytes(2, bytes);
                packed[0]++;
              }
              update.setString(3, rows.getString(1));
              update.addBatch();
              if (++pending[0] == REPACK_BATCH) {
                update.executeBatch();
                pending[0] = 0;
              }
            });
        update.executeBatch();
      }
      return packed[0];
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Repacking the answers of edition " + editionId + " failed", e);
    }
  }

  /**
   * Feeds the packed answers of every response of the edition in {@code layout}, in no particular
   * order.
   */
  public void forEachPacked(long editionId, long layout, PackedHandler handler) {
    stream(
        "select answers from survey_response_packed where edition_id = ? and layout = " + layout,
        editionId,
        rows -> handler.handle(rows.getBytes(1)));
  }

  private interface RowReader {
    void read(ResultSet rows) throws Exception;
  }

  private void stream(String sql, long editionId, RowReader reader) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setFetchSize(FETCH_SIZE);
      statement.setLong(1, editionId);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          reader.read(rows);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Reading the responses of edition " + editionId + " failed", e);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      if (e instanceof java.io.IOException io) {
        throw new UncheckedIOException(io);
      }
      throw new IllegalStateException(e);
    }
  }
}
