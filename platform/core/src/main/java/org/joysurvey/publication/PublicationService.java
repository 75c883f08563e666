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
import org.joysurvey.narrative.Narrative;
import org.joysurvey.narrative.NarrativeService;
import org.joysurvey.participation.InvitationDashboard;
import org.joysurvey.participation.InvitationService;
import org.joysurvey.participation.ResponsesOnDay;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;
import org.joysurvey.report.EditionReport;
import org.joysurvey.report.ReportGroup;
import org.joysurvey.report.ReportService;
import org.joysurvey.report.SectionReport;

/**
 * Publishes reports and reads publications. Publishing computes the report once, keeps its public
 * view, with the edition's narrative and survey facts of that moment, as a document under the
 * edition's next version number and audits {@code report.publish}, in one transaction; reading
 * decodes a stored document and never runs the report engine, so what was published stays as it was
 * whatever changes afterwards (plugins, benchmark values, responses).
 */
@ApplicationScoped
public class PublicationService {

  /** The longest note a publication keeps. */
  public static final int NOTE_LENGTH = 1000;

  private static final String COLUMNS =
      "edition_id, report_group, version_number, published_on, published_by, note, responses,"
          + " suppression_threshold, instrument_versions";

  @Inject private EditionService editions;

  @Inject private ReportService reports;

  @Inject private AuditLog audit;

  @Inject private NarrativeService narratives;

  @Inject private InvitationService invitations;

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
    return publish(editionId, null, note, actor);
  }

  /**
   * Publishes the report of one group of the closed edition as that group's next version (versions
   * count per group), under the same rules as the report of everyone.
   *
   * @param group the group, or {@code null} for everyone
   * @throws InputRejectedException when the edition has no such group, or the group or everyone
   *     else counts fewer than k respondents
   */
  @Transactional
  public Publication publish(long editionId, ReportGroup group, String note, String actor) {
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
          reports
              .report(editionId, group)
              .orElseThrow(() -> new UnknownEditionException(editionId));
      PublicReport published = PublicReport.of(live);
      Narrative narrative = narratives.narrative(editionId);
      SurveyFacts facts = facts(editionId);
      Map<String, String> versions = new LinkedHashMap<>();
      for (SectionReport s : live.report().sections()) {
        versions.put(s.instrument(), s.instrumentVersion());
      }
      Publication publication =
          new Publication(
              editionId,
              group,
              nextVersion(connection, editionId, group),
              LocalDate.now(clock),
              actor,
              cleanNote,
              live.report().responses(),
              live.report().suppressionThreshold(),
              versions);
      insert(
          connection,
          publication,
          PublicationCodec.encode(new PublicationCodec.Document(published, narrative, facts)));
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
              + (group == null ? "" : ", group " + group)
              + (cleanNote == null ? "" : ": " + cleanNote));
      return publication;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Publishing the report of edition " + editionId + " failed", e);
    }
  }

  /**
   * How the edition's survey ran, from the data: the days of its first and last response, its
   * responses, and how many were invited. The number invited counts the invitations emailed from
   * this platform (at least once; addresses imported but never sent are not invited), and when none
   * was sent, the number a designer entered for an edition run elsewhere ({@link
   * NarrativeService#invitedElsewhere}); otherwise it is unknown. Works in every status; a
   * publication keeps the facts of the day it was published.
   *
   * @throws UnknownEditionException when there is no such edition
   */
  @Transactional
  public SurveyFacts facts(long editionId) {
    InvitationDashboard dashboard = invitations.dashboard(editionId);
    Long invited = null;
    String source = null;
    if (dashboard.sent() > 0) {
      invited = dashboard.sent();
      source = SurveyFacts.FROM_INVITATIONS;
    } else {
      Long entered = narratives.invitedElsewhere(editionId);
      if (entered != null) {
        invited = entered;
        source = SurveyFacts.ENTERED;
      }
    }
    List<ResponsesOnDay> days = dashboard.days();
    return new SurveyFacts(
        days.isEmpty() ? null : days.get(0).day(),
        days.isEmpty() ? null : days.get(days.size() - 1).day(),
        invited,
        source,
        dashboard.responses());
  }

  /**
   * Every publication of the edition, the report of everyone first, then each group's, oldest
   * first; empty when there is none (or no edition).
   */
  @Transactional
  public List<Publication> list(long editionId) {
    return query(
        "select "
            + COLUMNS
            + " from publication where edition_id = ? order by report_group, version_number",
        editionId);
  }

  /** The latest publication of the report of everyone of every edition that has one, by id. */
  @Transactional
  public Map<Long, Publication> latestByEdition() {
    Map<Long, Publication> latest = new LinkedHashMap<>();
    for (Publication p :
        query(
            "select "
                + COLUMNS
                + " from publication p where report_group = '' and version_number ="
                + " (select max(version_number) from publication q"
                + " where q.edition_id = p.edition_id and q.report_group = '')"
                + " order by edition_id",
            null)) {
      latest.put(p.editionId(), p);
    }
    return latest;
  }

  /** The latest published report of everyone of the edition, decoded; empty when it has none. */
  @Transactional
  public Optional<PublishedReport> latest(long editionId) {
    return latest(editionId, null);
  }

  /** The latest published report of one group ({@code null}: everyone); empty when none. */
  @Transactional
  public Optional<PublishedReport> latest(long editionId, ReportGroup group) {
    return read(
        "select "
            + COLUMNS
            + ", document from publication where edition_id = ? and report_group = ?"
            + " order by version_number desc",
        editionId,
        group,
        null);
  }

  /** Version {@code version} of the report of everyone; empty when there is no such one. */
  @Transactional
  public Optional<PublishedReport> version(long editionId, int version) {
    return version(editionId, null, version);
  }

  /** Version {@code version} of one group's published report ({@code null}: everyone). */
  @Transactional
  public Optional<PublishedReport> version(long editionId, ReportGroup group, int version) {
    return read(
        "select "
            + COLUMNS
            + ", document from publication where edition_id = ? and report_group = ?"
            + " and version_number = ?",
        editionId,
        group,
        version);
  }

  private Optional<PublishedReport> read(
      String sql, long editionId, ReportGroup group, Integer version) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, editionId);
      statement.setString(2, groupColumn(group));
      if (version != null) {
        statement.setInt(3, version);
      }
      statement.setMaxRows(1);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        Publication publication = publication(rows);
        PublicationCodec.Document document =
            PublicationCodec.decodeDocument(rows.getString("document"));
        PublicReport stored = document.report();
        EditionReport report = stored.report();
        return Optional.of(
            new PublishedReport(
                publication,
                new PublicReport(
                    new EditionReport(
                        report.edition(),
                        report.missingInstruments(),
                        report.report(),
                        report.comparisons(),
                        publication.group()),
                    stored.withheldStatistics(),
                    stored.withheldTexts()),
                document.narrative(),
                document.facts()));
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
    String group = rows.getString("report_group");
    return new Publication(
        rows.getLong("edition_id"),
        group == null || group.isEmpty() ? null : ReportGroup.parse(group),
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

  /** How the table writes a group: {@code ''} for everyone. */
  private static String groupColumn(ReportGroup group) {
    return group == null ? "" : group.toString();
  }

  private static int nextVersion(Connection connection, long editionId, ReportGroup group)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select coalesce(max(version_number), 0) + 1 from publication"
                + " where edition_id = ? and report_group = ?")) {
      statement.setLong(1, editionId);
      statement.setString(2, groupColumn(group));
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
                + ", document) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      statement.setLong(1, p.editionId());
      statement.setString(2, groupColumn(p.group()));
      statement.setInt(3, p.version());
      statement.setDate(4, Date.valueOf(p.publishedOn()));
      statement.setString(5, p.publishedBy());
      statement.setString(6, p.note());
      statement.setLong(7, p.responses());
      statement.setInt(8, p.suppressionThreshold());
      statement.setString(9, InstrumentVersions.format(p.instrumentVersions()));
      statement.setString(10, document);
      statement.executeUpdate();
    }
  }
}
