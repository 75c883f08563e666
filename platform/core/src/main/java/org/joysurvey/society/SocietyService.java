package org.joysurvey.society;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.joysurvey.audit.AuditLog;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;

/**
 * Reads and saves the society's profile, the one row of {@code society_profile}. Nothing is cached:
 * every call reads the row, so all instances of a cluster show the same profile at once. A change
 * is written to the audit log in the same transaction.
 */
@ApplicationScoped
@Transactional
public class SocietyService {

  static final int ROW = 1;

  @PersistenceContext(unitName = "joy")
  private EntityManager em;

  @Inject private AuditLog audit;

  @Inject
  @ConfigProperty(name = "joy.society.name", defaultValue = SocietyProfile.DEFAULT_NAME)
  private String configuredName;

  /** The saved profile, or the defaults when none was saved. */
  public SocietyProfile current() {
    List<?> rows =
        em.createNativeQuery(
                "select name, logo_url, primary_colour, contact, privacy_statement,"
                    + " introduction from society_profile where id = ?1")
            .setParameter(1, ROW)
            .getResultList();
    if (rows.isEmpty()) {
      return SocietyProfile.defaults(configuredName);
    }
    Object[] r = (Object[]) rows.get(0);
    return new SocietyProfile(
        text(r[0]), text(r[1]), text(r[2]), text(r[3]), text(r[4]), text(r[5]));
  }

  /** Replaces the profile; every problem is reported at once and nothing is stored. */
  public SocietyProfile update(String actor, SocietyProfile profile) {
    SocietyProfile p = profile.normalized();
    List<Problem> problems = SocietyRules.check(p);
    if (!problems.isEmpty()) {
      throw new InputRejectedException("The society profile was not changed.", problems);
    }
    SocietyProfile before = current();
    int updated =
        em.createNativeQuery(
                "update society_profile set name = ?1, logo_url = ?2, primary_colour = ?3,"
                    + " contact = ?4, privacy_statement = ?5, introduction = ?6 where id = ?7")
            .setParameter(1, p.name())
            .setParameter(2, p.logoUrl())
            .setParameter(3, p.primaryColour())
            .setParameter(4, p.contact())
            .setParameter(5, p.privacyStatement())
            .setParameter(6, p.introduction())
            .setParameter(7, ROW)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "insert into society_profile (id, name, logo_url, primary_colour, contact,"
                  + " privacy_statement, introduction) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
          .setParameter(1, ROW)
          .setParameter(2, p.name())
          .setParameter(3, p.logoUrl())
          .setParameter(4, p.primaryColour())
          .setParameter(5, p.contact())
          .setParameter(6, p.privacyStatement())
          .setParameter(7, p.introduction())
          .executeUpdate();
    }
    audit.record(actor, "society.update", "society", changes(before, p));
    return p;
  }

  /** Which fields changed, by name (the texts themselves are not repeated in the log). */
  static String changes(SocietyProfile before, SocietyProfile after) {
    List<String> changed = new ArrayList<>();
    if (!before.name().equals(after.name())) {
      changed.add("name '" + after.name() + "'");
    }
    if (!before.logoUrl().equals(after.logoUrl())) {
      changed.add("logoUrl");
    }
    if (!before.primaryColour().equals(after.primaryColour())) {
      changed.add("primaryColour " + after.primaryColour());
    }
    if (!before.contact().equals(after.contact())) {
      changed.add("contact");
    }
    if (!before.privacyStatement().equals(after.privacyStatement())) {
      changed.add("privacyStatement");
    }
    if (!before.introduction().equals(after.introduction())) {
      changed.add("introduction");
    }
    return changed.isEmpty() ? "nothing changed" : "changed " + String.join(", ", changed);
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
