package org.joysurvey.publication;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.joysurvey.audit.AuditLog;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionStatus;
import org.joysurvey.edition.EditionView;
import org.joysurvey.edition.UnknownEditionException;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;
import org.joysurvey.report.EditionReport;
import org.joysurvey.report.ReportService;
import org.joysurvey.report.SectionReport;

/**
 * Publishes reports and reads publications. Publishing computes the report once, keeps its public
 * view as a document under the edition's next version number and audits {@code report.publish}, in
 * one transaction; reading decodes a stored document and never runs the report engine, so what was
 * published stays as it was whatever changes afterwards (plugins, benchmark values, responses).
 */
@ApplicationScoped
public class PublicationService {

  /** The longest note a publication keeps. */
  public static final int NOTE_LENGTH = 1000;

  private static final String COLUMNS =
      "edition_id, version_number, published_on, published_by, note, responses,"
          + " suppression_threshold, instrument_versions";

  @Inject private EditionService editions;

  @Inject private ReportService reports;

  @Inject private AuditLog audit;

  @Resource(lookup = "java:app/jdbc/joy")
  private DataSource dataSource;

  private final Clock clock = Clock.systemUTC();

  /**
   * Publishes the closed edition's report as its next version.
   *
   * <p>Two instances publishing one edition at once are put one after the other by a lock on the
   * edition's row, taken before the version number is chosen (an update that changes nothing, as
   * {@code ResponseStore.repack} takes it: on PostgreSQL it does not hold up inserts of responses);
   * the unique (edition, version) constraint is the backstop.
   *
   * @param note the publisher's note, or {@code null}
   * @throws UnknownEditionException when there is no such edition
   * @throws EditionNotClosedException when the edition is a draft or open
   */
  @Transactional
  public Publication publish(long editionId, String note, String actor) {
    String cleanNote = note == null || note.isBlank() ? null : note.strip();
    if (cleanNote != null && cleanNote.length() > NOTE_LENGTH) {
      throw new InputRejectedException(
          "The report was not published.",
          List.of(Problem.at("note", "must be at most " + NOTE_LENGTH + " characters")));
    }
    EditionView edition =
        editions.find(editionId).orElseThrow(() -> new UnknownEditionException(editionId));
    if (edition.status() != EditionStatus.CLOSED) {
      throw new EditionNotClosedException(editionId, edition.status());
    }
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement lock =
          connection.prepareStatement("update edition set status = status where id = ?")) {
        lock.setLong(1, editionId);
        lock.executeUpdate();
      }
      // read again under the lock: another instance may have reopened the edition meanwhile
      EditionStatus status = status(connection, editionId);
      if (status != EditionStatus.CLOSED) {
        throw new EditionNotClosedException(editionId, status);
      }
      EditionReport live =
          reports.report(editionId).orElseThrow(() -> new UnknownEditionException(editionId));
      PublicReport published = PublicReport.of(live);
      Map<String, String> versions = new LinkedHashMap<>();
      for (SectionReport s : live.report().sections()) {
        versions.put(s.instrument(), s.instrumentVersion());
      }
      Publication publication =
          new Publication(
              editionId,
              nextVersion(connection, editionId),
              LocalDate.now(clock),
              actor,
              cleanNote,
              live.report().responses(),
              live.report().suppressionThreshold(),
              versions);
      insert(connection, publication, PublicationCodec.encode(published));
      audit.record(
          actor,
          "report.publish",
          "edition/" + editionId,
          "version "
              + publication.version()
              + " of "
              + publication.responses()
              + " responses, k = "
              + publication.suppressionThreshold()
              + ", "
              + published.withheldCount()
              + " figures withheld"
              + (cleanNote == null ? "" : ": " + cleanNote));
      return publication;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Publishing the report of edition " + editionId + " failed", e);
    }
  }

  /** Every publication of the edition, oldest first; empty when there is none (or no edition). */
  @Transactional
  public List<Publication> list(long editionId) {
    return query(
        "select " + COLUMNS + " from publication where edition_id = ? order by version_number",
        editionId);
  }

  /** The latest publication of every edition that has one, by edition id. */
  @Transactional
  public Map<Long, Publication> latestByEdition() {
    Map<Long, Publication> latest = new LinkedHashMap<>();
    for (Publication p :
        query(
            "select "
                + COLUMNS
                + " from publication p where version_number ="
                + " (select max(version_number) from publication q"
                + " where q.edition_id = p.edition_id) order by edition_id",
            null)) {
      latest.put(p.editionId(), p);
    }
    return latest;
  }

  /** The latest published report of the edition, decoded; empty when it has none. */
  @Transactional
  public Optional<PublishedReport> latest(long editionId) {
    return read(
        "select "
            + COLUMNS
            + ", document from publication where edition_id = ? order by version_number desc",
        editionId,
        null);
  }

  /** Version {@code version} of the edition's published report; empty when there is no such one. */
  @Transactional
  public Optional<PublishedReport> version(long editionId, int version) {
    return read(
        "select "
            + COLUMNS
            + ", document from publication where edition_id = ? and version_number = ?",
        editionId,
        version);
  }

  private Optional<PublishedReport> read(String sql, long editionId, Integer version) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, editionId);
      if (version != null) {
        statement.setInt(2, version);
      }
      statement.setMaxRows(1);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new PublishedReport(
                publication(rows), PublicationCodec.decode(rows.getString("document"))));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Reading a publication of edition " + editionId + " failed", e);
    }
  }

  private List<Publication> query(String sql, Long editionId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      if (editionId != null) {
        statement.setLong(1, editionId);
      }
      List<Publication> publications = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          publications.add(publication(rows));
        }
      }
      return publications;
    } catch (SQLException e) {
      throw new IllegalStateException("Reading publications failed", e);
    }
  }

  private static Publication publication(ResultSet rows) throws SQLException {
    return new Publication(
        rows.getLong("edition_id"),
        rows.getInt("version_number"),
        rows.getDate("published_on").toLocalDate(),
        rows.getString("published_by"),
        rows.getString("note"),
        rows.getLong("responses"),
        rows.getInt("suppression_threshold"),
        InstrumentVersions.parse(rows.getString("instrument_versions")));
  }

  private static EditionStatus status(Connection connection, long editionId) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("select status from edition where id = ?")) {
      statement.setLong(1, editionId);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          throw new UnknownEditionException(editionId);
        }
        // JPA stores the enum's name (CLOSED), not its API code
        return EditionStatus.valueOf(rows.getString(1));
      }
    }
  }

  private static int nextVersion(Connection connection, long editionId) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select coalesce(max(version_number), 0) + 1 from publication where edition_id = ?")) {
      statement.setLong(1, editionId);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private static void insert(Connection connection, Publication p, String document)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "insert into publication ("
                + COLUMNS
                + ", document) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      statement.setLong(1, p.editionId());
      statement.setInt(2, p.version());
      statement.setDate(3, Date.valueOf(p.publishedOn()));
      statement.setString(4, p.publishedBy());
      statement.setString(5, p.note());
      statement.setLong(6, p.responses());
      statement.setInt(7, p.suppressionThreshold());
      statement.setString(8, InstrumentVersions.format(p.instrumentVersions()));
      statement.setString(9, document);
      statement.executeUpdate();
    }
  }
}
