package org.joysurvey.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * The database side of sending, one invitee at a time, each in its own transaction (see {@link
 * InvitationService}). A separate bean, because a transaction boundary is crossed only by a call
 * through the container.
 */
@ApplicationScoped
public class InvitationDeliveries {

  @PersistenceContext(unitName = "joy")
  private EntityManager em;

  /** An invitation due for an email, as it was when the batch began. */
  public record Pending(long id, String email, int remindersSent) {}

  @Transactional
  public List<Pending> neverSent(long editionId) {
    return neverSent(editionId, Integer.MAX_VALUE);
  }

  /** The first {@code atMost} invitees never emailed, in the order they were imported. */
  @Transactional
  public List<Pending> neverSent(long editionId, int atMost) {
    return pending(
        "select id, email, reminders_sent from invitation"
            + " where edition_id = ? and last_sent_on is null order by id",
        editionId,
        atMost);
  }

  /** How many of the edition's invitees were never emailed. */
  @Transactional
  public long countNeverSent(long editionId) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from invitation where edition_id = ? and last_sent_on is null")
                .setParameter(1, editionId)
                .getSingleResult())
        .longValue();
  }

  @Transactional
  public List<Pending> notCompleted(long editionId) {
    return pending(
        "select id, email, reminders_sent from invitation"
            + " where edition_id = ? and completed = false and last_sent_on is not null"
            + " order by id",
        editionId,
        Integer.MAX_VALUE);
  }

  private List<Pending> pending(String sql, long editionId, int atMost) {
    List<Pending> pending = new java.util.ArrayList<>();
    for (Object row :
        em.createNativeQuery(sql)
            .setParameter(1, editionId)
            .setMaxResults(atMost)
            .getResultList()) {
      Object[] r = (Object[]) row;
      pending.add(
          new Pending(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue()));
    }
    return pending;
  }

  /**
   * Claims the invitation (only if it is still as {@code invitee} saw it: not sent, or for a
   * reminder not completed and not reminded by someone else meanwhile), stores the token's hash,
   * then sends. A failing {@code send} throws and rolls the claim and the token back. Returns
   * false, sending nothing, when the claim finds the invitation changed.
   */
  @Transactional(value = Transactional.TxType.REQUIRES_NEW)
  public boolean deliver(
      Pending invitee, boolean reminder, String tokenHash, LocalDate today, Runnable send) {
    int claimed =
        reminder
            ? em.createNativeQuery(
                    "update invitation set last_sent_on = ?, reminders_sent = reminders_sent + 1"
                        + " where id = ? and completed = false and last_sent_on is not null"
                        + " and reminders_sent = ?")
                .setParameter(1, java.sql.Date.valueOf(today))
                .setParameter(2, invitee.id())
                .setParameter(3, invitee.remindersSent())
                .executeUpdate()
            : em.createNativeQuery(
                    "update invitation set last_sent_on = ? where id = ? and last_sent_on is null")
                .setParameter(1, java.sql.Date.valueOf(today))
                .setParameter(2, invitee.id())
                .executeUpdate();
    if (claimed == 0) {
      return false;
    }
    em.createNativeQuery("insert into invitation_token (token_hash, invitation_id) values (?, ?)")
        .setParameter(1, tokenHash)
        .setParameter(2, invitee.id())
        .executeUpdate();
    send.run();
    return true;
  }
}
