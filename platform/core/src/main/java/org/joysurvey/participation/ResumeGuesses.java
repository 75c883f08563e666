package org.joysurvey.participation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The wrong resume codes of the last window, in the database ({@code resume_guess}), so that all
 * instances of a cluster count the same guesses ({@link ResumeGuessLimit}). Joins the caller's
 * transaction.
 */
@ApplicationScoped
@Transactional
public class ResumeGuesses {

  @PersistenceContext(unitName = "joy")
  private EntityManager em;

  @Inject
  @ConfigProperty(name = "joy.respondents.resume-guesses-per-address", defaultValue = "10")
  int perAddress;

  @Inject
  @ConfigProperty(name = "joy.respondents.resume-guesses-per-edition", defaultValue = "1000")
  int perEdition;

  @Inject
  @ConfigProperty(name = "joy.respondents.resume-guess-window-minutes", defaultValue = "15")
  int windowMinutes;

  private final Clock clock = Clock.systemUTC();

  private ResumeGuessLimit limit;

  @PostConstruct
  void configure() {
    limit = new ResumeGuessLimit(perAddress, perEdition, Duration.ofMinutes(windowMinutes));
  }

  public ResumeGuessLimit limit() {
    return limit;
  }

  /** Whether codes for this edition from this address are refused unread now. */
  boolean refused(long editionId, String address) {
    Timestamp since = timestamp(clock.instant().minus(limit.window()));
    long fromAddress =
        count(
            "select count(*) from resume_guess where guesser = ? and guessed_at > ?",
            guesser(address),
            since);
    long forEdition =
        count(
            "select count(*) from resume_guess where edition_id = ? and guessed_at > ?",
            editionId,
            since);
    return limit.refuses(fromAddress, forEdition);
  }

  /** Counts a wrong code, and forgets the guesses older than the window. */
  void recordWrong(long editionId, String address) {
    Instant now = clock.instant();
    em.createNativeQuery("delete from resume_guess where guessed_at <= ?")
        .setParameter(1, timestamp(now.minus(limit.window())))
        .executeUpdate();
    em.createNativeQuery(
            "insert into resume_guess (edition_id, guesser, guessed_at) values (?, ?, ?)")
        .setParameter(1, editionId)
        .setParameter(2, guesser(address))
        .setParameter(3, timestamp(now))
        .executeUpdate();
  }

  /** The address as stored: its SHA-256 hash; an unknown address counts as one guesser. */
  private static String guesser(String address) {
    return Tokens.hash(address == null || address.isBlank() ? "unknown" : address.strip());
  }

  private long count(String sql, Object key, Timestamp since) {
    return ((Number)
            em.createNativeQuery(sql).setParameter(1, key).setParameter(2, since).getSingleResult())
        .longValue();
  }

  private static Timestamp timestamp(Instant instant) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }
}
