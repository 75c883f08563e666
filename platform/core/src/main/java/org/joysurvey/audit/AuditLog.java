package org.joysurvey.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Records what platform users do, in {@code audit_event}, and lists it newest first. A record joins
 * the caller's transaction if there is one (so it is stored only if the action is), and otherwise
 * runs in its own. Callers pass counts and identifiers, never answers.
 */
@ApplicationScoped
public class AuditLog {

  /** The actor of events caused by a caller who is not logged in, such as a lock-out. */
  public static final String ANONYMOUS = "(anonymous)";

  /** Entries {@link #recent} returns when no limit is given. */
  public static final int DEFAULT_LIMIT = 100;

  /** The most entries {@link #recent} returns at once. */
  public static final int MAX_LIMIT = 1000;

  static final int ACTOR_LENGTH = 64;
  static final int ACTION_LENGTH = 64;
  static final int SUBJECT_LENGTH = 200;
  static final int DETAIL_LENGTH = 1000;

  private final Clock clock = Clock.systemUTC();

  @PersistenceContext(unitName = "joy")
  private EntityManager em;

  /**
   * Records that {@code actor} did {@code action} to {@code subject}. Texts longer than their
   * column are cut.
   */
  @Transactional
  public void record(String actor, String action, String subject, String detail) {
    em.persist(
        new AuditEvent(
            clock.instant(),
            cut(actor, ACTOR_LENGTH),
            cut(action, ACTION_LENGTH),
            cut(subject, SUBJECT_LENGTH),
            cut(detail, DETAIL_LENGTH)));
  }

  /** The latest {@code limit} entries (at most {@link #MAX_LIMIT}), newest first. */
  @Transactional
  public List<AuditEntry> recent(int limit) {
    return em
        .createQuery(
            "select e from AuditEvent e order by e.occurredAt desc, e.id desc", AuditEvent.class)
        .setMaxResults(Math.max(0, Math.min(limit, MAX_LIMIT)))
        .getResultList()
        .stream()
        .map(AuditEvent::toEntry)
        .toList();
  }

  private static String cut(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length - 3) + "...";
  }
}
