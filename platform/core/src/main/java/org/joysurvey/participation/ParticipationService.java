package org.joysurvey.participation;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.joysurvey.edition.AccessMode;
import org.joysurvey.edition.EditionClosed;
import org.joysurvey.edition.EditionNotOpenException;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionSetup;
import org.joysurvey.edition.EditionStatus;
import org.joysurvey.edition.EditionView;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;
import org.joysurvey.response.ResponseService;

/**
 * A respondent's way through an edition: entering by invitation token or public link, saving
 * answers page by page, resuming, and submitting once.
 *
 * <p>Submitting claims the invitation (or open-link draft) with a conditional update, stores the
 * response and forgets the draft in one transaction: a second submission, however it comes (a
 * double click, the back button, a replayed token, two instances of a cluster at once), finds
 * nothing left to claim and stores nothing. The response row refers to neither the invitation nor
 * the draft; the invitation keeps only {@code completed = true}.
 */
@ApplicationScoped
@Transactional
public class ParticipationService {

  /** Longest saved draft, as stored JSON; the validator caps each answer far below it. */
  static final int MAX_DRAFT_CHARS = 200_000;

  @PersistenceContext(unitName = "joy")
  private EntityManager em;

  @Inject private EditionService editions;

  @Inject private ResponseService responses;

  @Inject private ResumeGuesses guesses;

  /** The link of an invitation email. Marks the invitation started. */
  public Entry enterWithToken(String token) {
    if (!Tokens.isWellFormed(token)) {
      return Entry.closedDoor(Access.UNKNOWN_LINK, null, null);
    }
    List<?> rows =
        em.createNativeQuery(
                "select i.id, i.edition_id, i.completed from invitation i"
                    + " join invitation_token t on t.invitation_id = i.id where t.token_hash = ?")
            .setParameter(1, Tokens.hash(token))
            .getResultList();
    if (rows.isEmpty()) {
      return Entry.closedDoor(Access.UNKNOWN_LINK, null, null);
    }
    Object[] row = (Object[]) rows.get(0);
    long invitationId = ((Number) row[0]).longValue();
    long editionId = ((Number) row[1]).longValue();
    Optional<EditionSetup> setup = editions.setup(editionId);
    if (setup.isEmpty()) {
      return Entry.closedDoor(Access.UNKNOWN_LINK, null, null);
    }
    String title = setup.get().edition().title();
    if (Boolean.TRUE.equals(bool(row[2]))) {
      return Entry.closedDoor(Access.ALREADY_SUBMITTED, editionId, title);
    }
    Access access = availability(setup.get());
    if (access != Access.OPEN) {
      return Entry.closedDoor(access, editionId, title);
    }
    em.createNativeQuery("update invitation set started = true where id = ? and started = false")
        .setParameter(1, invitationId)
        .executeUpdate();
    DraftKey key = DraftKey.ofInvitation(invitationId);
    return draft(key)
        .map(d -> new Entry(Access.OPEN, editionId, title, key, d.cells(), d.page()))
        .orElse(new Entry(Access.OPEN, editionId, title, key, Map.of(), 0));
  }

  /**
   * The public link of an edition. The draft is made at the first save ({@link #startOpenDraft}).
   */
  public Entry enterOpenLink(long editionId) {
    Optional<EditionSetup> setup = editions.setup(editionId);
    if (setup.isEmpty()) {
      return Entry.closedDoor(Access.UNKNOWN_LINK, null, null);
    }
    EditionView edition = setup.get().edition();
    Access access = availability(setup.get());
    if (access == Access.OPEN && edition.accessMode() == AccessMode.INVITATION) {
      access = Access.INVITATION_ONLY;
    }
    return Entry.closedDoor(access, editionId, edition.title());
  }

  /**
   * An open-link respondent coming back with the resume code they were shown, from an address (the
   * client's, for the guess limit: {@link ResumeGuessLimit}). A well-formed code that leads nowhere
   * is counted as a wrong guess; once the limit is reached, codes are refused unread with {@link
   * Access#TOO_MANY_GUESSES} until the window has passed.
   */
  public Entry resumeWithCode(long editionId, String typedCode, String address) {
    Optional<EditionSetup> setup = editions.setup(editionId);
    String canonical = ResumeCodes.normalize(typedCode);
    if (setup.isEmpty() || canonical == null) {
      return Entry.closedDoor(
          Access.UNKNOWN_LINK,
          setup.isEmpty() ? null : editionId,
          setup.map(s -> s.edition().title()).orElse(null));
    }
    String title = setup.get().edition().title();
    if (guesses.refused(editionId, address)) {
      return Entry.closedDoor(Access.TOO_MANY_GUESSES, editionId, title);
    }
    DraftKey key = DraftKey.ofResumeCode(canonical);
    Optional<Draft> draft = draft(key).filter(d -> d.editionId() == editionId);
    if (draft.isEmpty()) {
      guesses.recordWrong(editionId, address);
      return Entry.closedDoor(Access.UNKNOWN_LINK, editionId, title);
    }
    if (draft.get().submitted()) {
      return Entry.closedDoor(Access.ALREADY_SUBMITTED, editionId, title);
    }
    Access access = availability(setup.get());
    if (access != Access.OPEN) {
      return Entry.closedDoor(access, editionId, title);
    }
    return new Entry(Access.OPEN, editionId, title, key, draft.get().cells(), draft.get().page());
  }

  /** How long codes are refused once too many wrong ones were tried, in minutes. */
  public int resumeGuessWindowMinutes() {
    return (int) guesses.limit().window().toMinutes();
  }

  /** An empty draft for an open-link respondent, and the code to resume it. */
  public OpenStart startOpenDraft(long editionId) {
    EditionSetup setup =
        editions
            .setup(editionId)
            .orElseThrow(() -> new org.joysurvey.edition.UnknownEditionException(editionId));
    if (setup.edition().status() != EditionStatus.OPEN) {
      throw new EditionNotOpenException(setup.edition());
    }
    if (setup.edition().accessMode() != AccessMode.OPEN_LINK) {
      throw new IllegalStateException("Edition " + editionId + " is answered by invitation only");
    }
    String code = ResumeCodes.newCode();
    DraftKey key = DraftKey.ofResumeCode(ResumeCodes.normalize(code));
    em.createNativeQuery(
            "insert into response_draft (draft_key, edition_id, page, answers, submitted)"
                + " values (?, ?, 0, '{}', false)")
        .setParameter(1, key.value())
        .setParameter(2, editionId)
        .executeUpdate();
    return new OpenStart(key, code);
  }

  /**
   * Saves the answers so far and the page reached. Nothing is validated but the size: a draft may
   * be incomplete, and it is validated whole at {@link #complete}.
   */
  public void saveDraft(DraftKey key, Map<String, String> cells, int page) {
    String json = DraftAnswers.toJson(cells);
    if (json.length() > MAX_DRAFT_CHARS) {
      throw new InputRejectedException(
          "The answers were not saved.",
          List.of(Problem.at(null, "the answers are too long to save")));
    }
    Long invitationId = key.invitationId();
    long editionId;
    boolean completed = false;
    if (invitationId != null) {
      // a submission claims this same row first: a save and a submission of one invitation (two
      // tabs), or two saves (a double click on Next), take turns instead of racing
      List<?> rows =
          em.createNativeQuery(
                  "select edition_id, completed from invitation where id = ? for update")
              .setParameter(1, invitationId)
              .getResultList();
      if (rows.isEmpty()) {
        throw new IllegalArgumentException("No invitation or draft is known by " + key.value());
      }
      Object[] invitation = (Object[]) rows.get(0);
      editionId = ((Number) invitation[0]).longValue();
      completed = !Boolean.FALSE.equals(bool(invitation[1]));
    } else {
      editionId = editionOf(key);
    }
    EditionView edition =
        editions
            .find(editionId)
            .orElseThrow(() -> new org.joysurvey.edition.UnknownEditionException(editionId));
    if (edition.status() != EditionStatus.OPEN) {
      throw new EditionNotOpenException(edition);
    }
    if (completed) {
      // submitting deleted the draft: a form still open elsewhere (another tab) must not write the
      // submitted answers back next to the invitation
      throw new AlreadySubmittedException();
    }
    int updated =
        em.createNativeQuery(
                "update response_draft set answers = ?, page = ?"
                    + " where draft_key = ? and submitted = false")
            .setParameter(1, json)
            .setParameter(2, page)
            .setParameter(3, key.value())
            .executeUpdate();
    if (updated == 1) {
      return;
    }
    if (invitationId == null) {
      // an open-link draft exists from its start: not updated means it was submitted
      throw new AlreadySubmittedException();
    }
    // an invitee's first save; the locked row says the invitation is not completed
    em.createNativeQuery(
            "insert into response_draft (draft_key, edition_id, page, answers, submitted)"
                + " values (?, ?, ?, ?, false)")
        .setParameter(1, key.value())
        .setParameter(2, editionId)
        .setParameter(3, page)
        .setParameter(4, json)
        .executeUpdate();
  }

  /**
   * Stores the response and closes the way in: the invitation is marked completed and its draft
   * deleted, or the open-link draft is emptied and marked submitted. All or nothing.
   *
   * @throws AlreadySubmittedException when this invitation or resume code already gave its answers
   * @throws InputRejectedException when an answer is invalid (nothing changes)
   * @throws EditionNotOpenException when the edition is not open (nothing changes)
   */
  public void complete(DraftKey key, Map<String, String> cells) {
    long editionId = editionOf(key);
    Long invitationId = key.invitationId();
    int claimed;
    if (invitationId != null) {
      claimed =
          em.createNativeQuery(
                  "update invitation set completed = true, started = true"
                      + " where id = ? and completed = false")
              .setParameter(1, invitationId)
              .executeUpdate();
    } else {
      claimed =
          em.createNativeQuery(
                  "update response_draft set submitted = true, answers = '{}', page = 0"
                      + " where draft_key = ? and submitted = false")
              .setParameter(1, key.value())
              .executeUpdate();
    }
    if (claimed == 0) {
      throw new AlreadySubmittedException();
    }
    // throws, and so rolls the claim back, when an answer is invalid or the edition is not open
    responses.submit(editionId, cells);
    if (invitationId != null) {
      em.createNativeQuery("delete from response_draft where draft_key = ?")
          .setParameter(1, key.value())
          .executeUpdate();
    }
  }

  /** An address for the incentive, stored apart from every response: a random id, no date. */
  public void leaveIncentiveEmail(long editionId, String typed) {
    String address =
        EmailAddresses.normalize(typed)
            .orElseThrow(
                () ->
                    new InputRejectedException(
                        "The address was not stored.",
                        List.of(Problem.at("email", EmailAddresses.problem(typed)))));
    if (editions.find(editionId).isEmpty()) {
      throw new org.joysurvey.edition.UnknownEditionException(editionId);
    }
    em.createNativeQuery("insert into incentive_email (id, edition_id, email) values (?, ?, ?)")
        .setParameter(1, UUID.randomUUID().toString())
        .setParameter(2, editionId)
        .setParameter(3, address)
        .executeUpdate();
  }

  /**
   * Participation's part of closing an edition, in the transaction that closes it, before the
   * responses are resealed. Answers saved by those who never submitted are of no further use, and
   * an invitee's draft is the one place where answers sit next to an invitation: they go when the
   * survey closes. Every invitation row of the edition is rewritten by this one transaction, so
   * that none keeps the transaction id of the submission that completed it (PostgreSQL's xmin),
   * which its response shares.
   */
  public void forgetDraftsAndRewriteInvitations(
      @Observes @Priority(Interceptor.Priority.APPLICATION) EditionClosed closed) {
    em.createNativeQuery("delete from response_draft where edition_id = ? and submitted = false")
        .setParameter(1, closed.editionId())
        .executeUpdate();
    em.createNativeQuery("update invitation set completed = completed where edition_id = ?")
        .setParameter(1, closed.editionId())
        .executeUpdate();
    em.flush();
  }

  private static Access availability(EditionSetup setup) {
    return switch (setup.edition().status()) {
      case OPEN -> setup.missing().isEmpty() ? Access.OPEN : Access.NOT_OPEN_YET;
      case DRAFT -> Access.NOT_OPEN_YET;
      case CLOSED -> Access.CLOSED;
    };
  }

  private long editionOf(DraftKey key) {
    Long invitationId = key.invitationId();
    List<?> rows =
        invitationId != null
            ? em.createNativeQuery("select edition_id from invitation where id = ?")
                .setParameter(1, invitationId)
                .getResultList()
            : em.createNativeQuery("select edition_id from response_draft where draft_key = ?")
                .setParameter(1, key.value())
                .getResultList();
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("No invitation or draft is known by " + key.value());
    }
    return ((Number) rows.get(0)).longValue();
  }

  private Optional<Draft> draft(DraftKey key) {
    List<?> rows =
        em.createNativeQuery(
                "select edition_id, page, answers, submitted from response_draft"
                    + " where draft_key = ?")
            .setParameter(1, key.value())
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(
        new Draft(
            ((Number) row[0]).longValue(),
            ((Number) row[1]).intValue(),
            DraftAnswers.fromJson((String) row[2]),
            Boolean.TRUE.equals(bool(row[3]))));
  }

  /**
   * Booleans come back as Boolean from both H2 and PostgreSQL; anything else is read as a number.
   */
  private static Boolean bool(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return value instanceof Number n ? n.intValue() != 0 : null;
  }

  private record Draft(long editionId, int page, Map<String, String> cells, boolean submitted) {}
}
