package org.joysurvey.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.joysurvey.audit.AuditLog;
import org.joysurvey.edition.AccessMode;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionStatus;
import org.joysurvey.edition.EditionView;
import org.joysurvey.edition.UnknownEditionException;
import org.joysurvey.interchange.SpreadsheetCells;
import org.joysurvey.mail.MailConnection;
import org.joysurvey.mail.MailFailure;
import org.joysurvey.mail.Mailer;
import org.joysurvey.mail.OutgoingMail;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;
import org.joysurvey.society.SocietyProfile;
import org.joysurvey.society.SocietyService;

/**
 * The designer's side of invitations: importing the invitee list, sending invitations and
 * reminders, the dashboard, and the export of incentive addresses. Every change and export is
 * written to the audit log with counts, never with addresses.
 *
 * <p>Each email carries a fresh token, of which only the hash is stored ({@link Tokens}). An
 * invitation is claimed, its token stored and its email sent in one transaction per invitee ({@link
 * InvitationDeliveries}): if the mail server refuses the email, the token and the "sent" mark roll
 * back, and the invitee is counted as failed and tried again by the next send. Sending is never
 * wrapped in one transaction for the whole list, so that a failure after a hundred emails does not
 * undo the record of the hundred that went out.
 */
@ApplicationScoped
@Transactional
public class InvitationService {

  /**
   * Invitations are inserted with ids from {@code invitation_seq}, a block of this many per value.
   */
  static final int ID_BLOCK = 50;

  @PersistenceContext(unitName = "joy")
  private EntityManager em;

  @Inject private EditionService editions;

  @Inject private SocietyService society;

  @Inject private Mailer mailer;

  @Inject private InvitationDeliveries deliveries;

  @Inject private AuditLog audit;

  @Inject
  @ConfigProperty(name = "joy.db.embedded", defaultValue = "false")
  boolean h2;

  /**
   * Adds the addresses of an invitee list ({@link InviteeCsv}) to the edition, all or none: if any
   * row is bad, nothing is added and every bad row is reported.
   */
  public InviteeImport importCsv(String actor, long editionId, Reader csv) {
    EditionView edition = edition(editionId);
    if (edition.status() == EditionStatus.CLOSED) {
      throw new InputRejectedException(
          "No invitee was added.",
          List.of(Problem.at("status", "the edition is closed and takes no more respondents")));
    }
    Set<String> invited = new HashSet<>();
    for (Object email :
        em.createNativeQuery("select email from invitation where edition_id = ?")
            .setParameter(1, editionId)
            .getResultList()) {
      invited.add(InviteeCsv.key((String) email));
    }
    IdBlock ids = new IdBlock();
    InviteeCsv.Result result =
        InviteeCsv.read(
            csv,
            invited::contains,
            address ->
                em.createNativeQuery(
                        "insert into invitation (id, edition_id, email) values (?, ?, ?)")
                    .setParameter(1, ids.next())
                    .setParameter(2, editionId)
                    .setParameter(3, address)
                    .executeUpdate());
    if (!result.accepted()) {
      // the rows inserted before the first problem roll back with the transaction
      throw new InputRejectedException(
          "The invitee list was rejected; nobody was added.", result.problems());
    }
    audit.record(
        actor,
        "invitations.import",
        subject(editionId),
        "added "
            + result.added()
            + ", already invited "
            + result.alreadyInvited()
            + ", repeated in the file "
            + result.repeated());
    return new InviteeImport(result.added(), result.alreadyInvited(), result.repeated());
  }

  /**
   * Emails every invitee who was never sent an invitation. The edition must be open and use
   * invitations. {@code publicBaseUrl} is where respondents reach the application.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Delivery send(String actor, long editionId, String publicBaseUrl) {
    return send(actor, editionId, publicBaseUrl, Integer.MAX_VALUE);
  }

  /**
   * Emails at most {@code atMost} of the invitees never sent an invitation, in the order they were
   * imported; the next call sends the next ones. A society with thousands of members sends in
   * batches so that their visits arrive spread over the morning, not in one wave.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Delivery send(String actor, long editionId, String publicBaseUrl, int atMost) {
    if (atMost < 1) {
      throw new InputRejectedException(
          "No invitation was sent.",
          List.of(Problem.at("atMost", "a batch holds at least 1 invitation, not " + atMost)));
    }
    EditionView edition = sendable(editionId, "No invitation was sent.");
    Delivery delivery =
        deliver(edition, deliveries.neverSent(editionId, atMost), false, publicBaseUrl);
    audit.record(actor, "invitations.send", subject(editionId), summary(delivery));
    return delivery;
  }

  /**
   * Emails a reminder, with a fresh token, to every invitee who was sent an invitation and has not
   * completed the survey. Those who completed get nothing: the invitation knows that much.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Delivery remind(String actor, long editionId, String publicBaseUrl) {
    EditionView edition = sendable(editionId, "No reminder was sent.");
    Delivery delivery = deliver(edition, deliveries.notCompleted(editionId), true, publicBaseUrl);
    audit.record(actor, "invitations.remind", subject(editionId), summary(delivery));
    return delivery;
  }

  private Delivery deliver(
      EditionView edition,
      List<InvitationDeliveries.Pending> pending,
      boolean reminder,
      String publicBaseUrl) {
    SocietyProfile profile = society.current();
    LocalDate today = LocalDate.now();
    int sent = 0;
    int skipped = 0;
    List<String> failures = new ArrayList<>();
    try (MailConnection connection = mailer.open()) {
      for (InvitationDeliveries.Pending invitee : pending) {
        String token = Tokens.newToken();
        String link = InvitationEmail.link(publicBaseUrl, token);
        InvitationEmail text =
            reminder
                ? InvitationEmail.reminder(profile.name(), edition.title(), link, profile.contact())
                : InvitationEmail.invitation(
                    profile.name(), edition.title(), link, profile.contact());
        OutgoingMail mail = new OutgoingMail(invitee.email(), text.subject(), text.text());
        try {
          if (deliveries.deliver(
              invitee, reminder, Tokens.hash(token), today, () -> connection.send(mail))) {
            sent++;
          } else {
            skipped++;
          }
        } catch (MailFailure e) {
          failures.add(e.getMessage());
        }
      }
    }
    return new Delivery(
        sent, failures.size(), skipped, failures, deliveries.countNeverSent(edition.id()));
  }

  /** The counts of the dashboard and the responses per day. */
  public InvitationDashboard dashboard(long editionId) {
    edition(editionId);
    Object[] counts =
        (Object[])
            em.createNativeQuery(
                    "select count(*),"
                        + " sum(case when last_sent_on is not null then 1 else 0 end),"
                        + " sum(case when started then 1 else 0 end),"
                        + " sum(case when completed then 1 else 0 end),"
                        + " sum(reminders_sent) from invitation where edition_id = ?")
                .setParameter(1, editionId)
                .getSingleResult();
    long invited = number(counts[0]);
    long sent = number(counts[1]);
    long started = number(counts[2]);
    long completed = number(counts[3]);
    long reminders = number(counts[4]);
    List<ResponsesOnDay> days = new ArrayList<>();
    long cumulative = 0;
    long responses = 0;
    for (Object row :
        em.createNativeQuery(
                "select submitted_on, count(*) from survey_response where edition_id = ?"
                    + " group by submitted_on order by submitted_on")
            .setParameter(1, editionId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      long count = number(r[1]);
      responses += count;
      if (r[0] == null) {
        continue; // imported without a day: counted in the total, on no day
      }
      cumulative += count;
      days.add(
          new ResponsesOnDay(
              day(r[0]), count, cumulative, sent == 0 ? null : (double) cumulative / sent));
    }
    long incentive =
        number(
            em.createNativeQuery(
                    "select count(distinct lower(email)) from incentive_email"
                        + " where edition_id = ?")
                .setParameter(1, editionId)
                .getSingleResult());
    return new InvitationDashboard(
        invited,
        sent,
        started,
        completed,
        reminders,
        sent == 0 ? null : (double) completed / sent,
        responses,
        incentive,
        days);
  }

  /**
   * Writes the addresses respondents left for the incentive as CSV (header {@code email}), each
   * address once (ignoring case), in alphabetical order: nothing in the list follows the order they
   * came in.
   */
  public int exportIncentiveEmails(String actor, long editionId, Writer output) throws IOException {
    edition(editionId);
    // one line per person: addresses that differ only in case are the same mailbox in practice
    List<?> addresses =
        em.createNativeQuery(
                "select min(email) from incentive_email where edition_id = ?"
                    + " group by lower(email) order by lower(email)")
            .setParameter(1, editionId)
            .getResultList();
    audit.record(
        actor, "incentive.export", subject(editionId), "CSV of " + addresses.size() + " addresses");
    CSVPrinter printer = new CSVPrinter(output, CSVFormat.RFC4180);
    printer.printRecord(InviteeCsv.COLUMN);
    for (Object address : addresses) {
      // respondents typed these: one starting like a formula gets an apostrophe (InviteeCsv and
      // the response import take it off again)
      printer.printRecord(SpreadsheetCells.neutralise((String) address));
    }
    printer.flush();
    return addresses.size();
  }

  private EditionView sendable(long editionId, String whatFailed) {
    EditionView edition = edition(editionId);
    List<Problem> problems = new ArrayList<>();
    if (edition.accessMode() != AccessMode.INVITATION) {
      problems.add(
          Problem.at(
              "accessMode",
              "the edition is answered through its public link; choose invitations" + " first"));
    }
    if (edition.status() != EditionStatus.OPEN) {
      problems.add(
          Problem.at(
              "status",
              "the edition is "
                  + edition.status().code()
                  + "; emails go out only while"
                  + " it is open"));
    }
    if (!problems.isEmpty()) {
      throw new InputRejectedException(whatFailed, problems);
    }
    return edition;
  }

  private EditionView edition(long editionId) {
    return editions.find(editionId).orElseThrow(() -> new UnknownEditionException(editionId));
  }

  private static String summary(Delivery d) {
    return "sent "
        + d.sent()
        + ", failed "
        + d.failed()
        + ", skipped "
        + d.skipped()
        + ", not yet sent "
        + d.notYetSent();
  }

  private static String subject(long editionId) {
    return "edition/" + editionId;
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static LocalDate day(Object value) {
    return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
  }

  /**
   * Ids from {@code invitation_seq} (increment 50): each value v stands for the block v-49..v, the
   * way EclipseLink uses a sequence with an allocation size of 50, so that a JPA mapping of the
   * table could later share the sequence.
   */
  private final class IdBlock {
    private long next;
    private long last = -1;

    long next() {
      if (last < 0 || next > last) {
        last =
            number(
                em.createNativeQuery(
                        h2
                            ? "select next value for invitation_seq"
                            : "select nextval('invitation_seq')")
                    .getSingleResult());
        next = last - ID_BLOCK + 1;
      }
      return next++;
    }
  }
}
