package org.joysurvey.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.joysurvey.audit.AuditLog;
import org.joysurvey.plugins.InstrumentRegistry;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.Settings;

/**
 * Creates editions and reads them, resolved against the instruments installed here. Every change of
 * an edition's item wording is kept as a new wording version ({@link WordingChanges}). Every change
 * of an edition is written to the audit log here, in the transaction of the change, so that the API
 * and the pages share it and there is no change without its entry.
 */
@ApplicationScoped
@Transactional
public class EditionService {

  @PersistenceContext(unitName = "joy")
  private EntityManager em;

  @Inject private InstrumentRegistry registry;

  @Inject private AuditLog audit;

  @Inject private Event<EditionClosed> closed;

  @Inject private Event<EditionCopied> copiedEvent;

  /** A request that passed its checks. */
  private record Checked(
      int year,
      String title,
      EditionStatus status,
      int threshold,
      List<String> instruments,
      Map<String, String> settings) {}

  /** Checks every field of a request; the problems are added to {@code problems}. */
  private Checked check(NewEdition request, List<Problem> problems) {
    if (request.year() == null || request.year() < 1900 || request.year() > 2999) {
      problems.add(Problem.at("year", "a year between 1900 and 2999 is required"));
    }
    String title = request.title() == null ? "" : request.title().strip();
    if (title.isEmpty() || title.length() > 200) {
      problems.add(Problem.at("title", "a title of 1 to 200 characters is required"));
    }
    EditionStatus status = EditionStatus.DRAFT;
    if (request.status() != null) {
      status = EditionStatus.fromCode(request.status()).orElse(null);
      if (status == null) {
        problems.add(
            Problem.at("status", "'" + request.status() + "' is not one of draft, open, closed"));
      }
    }
    int threshold =
        request.suppressionThreshold() == null
            ? Edition.DEFAULT_SUPPRESSION_THRESHOLD
            : request.suppressionThreshold();
    if (threshold < 1 || threshold > 100) {
      problems.add(Problem.at("suppressionThreshold", "must be between 1 and 100"));
    }
    List<String> ids = request.instruments() == null ? List.of() : request.instruments();
    List<Instrument> instruments = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    if (ids.isEmpty()) {
      problems.add(Problem.at("instruments", "at least one instrument is required"));
    }
    for (String id : ids) {
      if (!seen.add(id)) {
        problems.add(Problem.at("instruments", "'" + id + "' is listed twice"));
        continue;
      }
      registry
          .find(id)
          .ifPresentOrElse(
              instruments::add,
              () ->
                  problems.add(
                      Problem.at("instruments", "'" + id + "' is not an installed instrument")));
    }
    Map<String, String> settings = request.settings() == null ? Map.of() : request.settings();
    problems.addAll(EditionSettings.problems(instruments, settings));
    settings = EditionSettings.normaliseWording(instruments, settings);
    return new Checked(
        request.year() == null ? 0 : request.year(), title, status, threshold, ids, settings);
  }

  /**
   * Creates an edition; every problem with the request is reported at once, nothing is stored.
   * Wording it sets becomes its first wording versions, changed by {@code actor}.
   */
  public long create(NewEdition request, String actor) {
    long id = insert(request, actor);
    Edition edition = entity(id);
    audit.record(
        actor,
        "edition.create",
        subject(id),
        "year "
            + edition.getYear()
            + ", title '"
            + edition.getTitle()
            + "', status "
            + edition.getStatus().code()
            + ", instruments "
            + String.join(",", edition.getInstruments()));
    return id;
  }

  /** {@link #create} without its audit entry, which a copy replaces with its own. */
  private long insert(NewEdition request, String actor) {
    List<Problem> problems = new ArrayList<>();
    Checked c = check(request, problems);
    if (problems.isEmpty() && titleTaken(c.year(), c.title(), null)) {
      problems.add(
          Problem.at("title", "an edition of " + c.year() + " with this title already exists"));
    }
    if (!problems.isEmpty()) {
      throw new InputRejectedException("The edition was not created.", problems);
    }
    Edition edition =
        new Edition(c.year(), c.title(), c.status(), c.threshold(), c.instruments(), c.settings());
    em.persist(edition);
    em.flush();
    recordWordingVersions(edition.getId(), Map.of(), c.settings(), actor);
    return edition.getId();
  }

  /**
   * Replaces a draft's year, title, instruments (and their order), settings and threshold; an
   * instrument that already has responses in the edition cannot be removed. Of an open edition only
   * the wording of items may change (a society fixes a typo while the survey runs), because
   * everything else changes what is asked or how it is scored; a closed edition does not change.
   * Each changed item's wording becomes a new wording version, changed by {@code actor}. The status
   * changes through {@link #changeStatus}.
   */
  public void update(long id, NewEdition request, String actor) {
    // locked, so that two saves at once cannot both take the next wording version number
    Edition edition = em.find(Edition.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (edition == null) {
      throw new UnknownEditionException(id);
    }
    List<Problem> problems = new ArrayList<>();
    if (edition.getStatus() == EditionStatus.CLOSED) {
      problems.add(
          Problem.at(
              "status",
              "only a draft can be edited, and the wording of an open edition;"
                  + " this edition is closed"));
    }
    if (request.status() != null && !request.status().equals(EditionStatus.DRAFT.code())) {
      problems.add(
          Problem.at(
              "status", "is changed with POST /api/admin/editions/{id}/status, not by editing"));
    }
    Checked c =
        check(
            new NewEdition(
                request.year(),
                request.title(),
                request.instruments(),
                request.settings(),
                null,
                request.suppressionThreshold()),
            problems);
    if (responses(id) > 0) {
      for (String instrument : edition.getInstruments()) {
        if (!c.instruments().contains(instrument)) {
          problems.add(
              Problem.at(
                  "instruments",
                  "'" + instrument + "' cannot be removed: the edition already has responses"));
        }
      }
    }
    if (edition.getStatus() == EditionStatus.OPEN
        && problems.isEmpty()
        && changesMoreThanWording(edition, c)) {
      problems.add(
          Problem.at(
              "status",
              "only a draft can be edited; of an open edition only the wording of items"
                  + " can change, not its year, title, instruments, settings or threshold"));
    }
    if (problems.isEmpty() && titleTaken(c.year(), c.title(), id)) {
      problems.add(
          Problem.at("title", "an edition of " + c.year() + " with this title already exists"));
    }
    if (!problems.isEmpty()) {
      throw new InputRejectedException("The edition was not changed.", problems);
    }
    Map<String, String> before = edition.getSettings();
    // EclipseLink writes an ordered element collection's new rows before deleting the old ones,
    // which collides on (edition_id, position): empty it in a flush of its own first
    edition.clearInstrumentsAndSettings();
    em.flush();
    edition.revise(c.year(), c.title(), c.threshold(), c.instruments(), c.settings());
    em.flush();
    recordWordingVersions(id, before, c.settings(), actor);
    // instruments and settings as JSON, settings in key order, as the API shows an edition
    audit.record(
        actor,
        "edition.update",
        subject(id),
        "title '"
            + edition.getTitle()
            + "', instruments "
            + Json.createArrayBuilder(edition.getInstruments()).build()
            + ", settings "
            + Json.createObjectBuilder(new TreeMap<String, Object>(effectiveSettings(edition)))
                .build());
  }

  /**
   * Whether the checked request would change an edition in more than its wording. Settings are
   * compared by their effective values, so that a default given explicitly equals one left out.
   */
  private boolean changesMoreThanWording(Edition edition, Checked c) {
    List<Instrument> installed =
        c.instruments().stream().map(registry::find).flatMap(Optional::stream).toList();
    return c.year() != edition.getYear()
        || !c.title().equals(edition.getTitle())
        || c.threshold() != edition.getSuppressionThreshold()
        || !c.instruments().equals(edition.getInstruments())
        || !EditionSettings.effective(installed, edition.getSettings())
            .equals(EditionSettings.effective(installed, c.settings()));
  }

  /** Stores each changed item's wording as the edition's next wording version, and audits them. */
  private void recordWordingVersions(
      long editionId, Map<String, String> before, Map<String, String> after, String actor) {
    List<WordingChange> changes =
        WordingChanges.between(EditionSettings.wording(before), EditionSettings.wording(after));
    if (changes.isEmpty()) {
      return;
    }
    List<Integer> numbers = WordingChanges.numbers(wordingVersion(editionId), changes);
    LocalDate today = LocalDate.now();
    for (int i = 0; i < changes.size(); i++) {
      em.persist(new WordingVersion(editionId, numbers.get(i), changes.get(i), actor, today));
    }
    em.flush();
    // item codes and version numbers only: the texts are in the wording history
    String detail =
        java.util.stream.IntStream.range(0, changes.size())
            .mapToObj(
                i ->
                    "version "
                        + numbers.get(i)
                        + ": "
                        + changes.get(i).item()
                        + " "
                        + changes.get(i).kind())
            .collect(Collectors.joining("; "));
    audit.record(actor, "edition.wording", subject(editionId), detail);
  }

  /**
   * The wording version responses to the edition are stored under now; 0 while it never changed.
   */
  private int wordingVersion(long editionId) {
    Integer latest =
        em.createQuery(
                "select max(w.version) from WordingVersion w where w.editionId = :id",
                Integer.class)
            .setParameter("id", editionId)
            .getSingleResult();
    return latest == null ? 0 : latest;
  }

  /** The edition's wording versions, oldest first, with the responses answered under each. */
  public WordingHistory wordingHistory(long editionId) {
    entity(editionId);
    Map<Integer, Long> responses = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select r.wordingVersion, count(r) from SurveyResponse r"
                    + " where r.editionId = :id group by r.wordingVersion",
                Object[].class)
            .setParameter("id", editionId)
            .getResultList()) {
      responses.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
    }
    List<WordingVersionView> versions =
        em
            .createQuery(
                "select w from WordingVersion w where w.editionId = :id order by w.version",
                WordingVersion.class)
            .setParameter("id", editionId)
            .getResultList()
            .stream()
            .map(w -> w.toView(responses.getOrDefault(w.getVersion(), 0L)))
            .toList();
    return new WordingHistory(
        editionId,
        versions.isEmpty() ? 0 : versions.get(versions.size() - 1).version(),
        versions,
        responses);
  }

  /**
   * Opens a draft, closes an open edition, or reopens a closed one. An edition goes back to draft
   * only while it has no responses. Closing fires {@link EditionClosed}, whose observers do their
   * part of the close in this transaction.
   */
  public void changeStatus(long id, String statusCode, String actor) {
    Edition edition = entity(id);
    EditionStatus target =
        statusCode == null ? null : EditionStatus.fromCode(statusCode).orElse(null);
    if (target == null) {
      throw new InputRejectedException(
          "The status was not changed.",
          List.of(Problem.at("status", "'" + statusCode + "' is not one of draft, open, closed")));
    }
    if (target == EditionStatus.DRAFT
        && edition.getStatus() != EditionStatus.DRAFT
        && responses(id) > 0) {
      throw new InputRejectedException(
          "The status was not changed.",
          List.of(Problem.at("status", "an edition with responses cannot go back to draft")));
    }
    edition.setStatus(target);
    if (target == EditionStatus.CLOSED) {
      closed.fire(new EditionClosed(id));
    }
    em.flush();
    audit.record(actor, "edition.status", subject(id), "status " + target.code());
  }

  /**
   * Chooses how respondents reach the edition. Possible while it is a draft or open (a society may
   * add a public link to an invited survey whose response rate stays low); invitations already sent
   * keep working either way.
   */
  public void setAccessMode(long id, AccessMode mode, String actor) {
    Edition edition = entity(id);
    if (edition.getStatus() == EditionStatus.CLOSED) {
      throw new InputRejectedException(
          "The access mode was not changed.",
          List.of(Problem.at("accessMode", "a closed edition takes no more respondents")));
    }
    edition.setAccessMode(mode);
    em.flush();
    audit.record(actor, "edition.access-mode", subject(id), "access mode " + mode.code());
  }

  /**
   * A new draft with the same instruments, order, settings, threshold and access mode as edition
   * {@code id}: next year's survey from this year's ("copy from last year"). Fires {@link
   * EditionCopied}, whose observers copy the rest (the report narrative, in {@code
   * org.joysurvey.narrative}); the number invited elsewhere is not copied, a new year has its own.
   *
   * @param year the new edition's year; {@code null} for the source's year + 1
   * @param title the new title; {@code null} for the source's title
   */
  public long copy(long id, Integer year, String title, String actor) {
    Edition source = entity(id);
    long copied =
        insert(
            new NewEdition(
                year == null ? source.getYear() + 1 : year,
                title == null ? source.getTitle() : title,
                source.getInstruments(),
                source.getSettings(),
                EditionStatus.DRAFT.code(),
                source.getSuppressionThreshold()),
            actor);
    entity(copied).setAccessMode(source.getAccessMode());
    em.flush();
    copiedEvent.fire(new EditionCopied(id, copied, actor));
    audit.record(actor, "edition.copy", subject(copied), "copied from edition " + id);
    return copied;
  }

  private static String subject(long editionId) {
    return "edition/" + editionId;
  }

  private Edition entity(long id) {
    Edition edition = em.find(Edition.class, id);
    if (edition == null) {
      throw new UnknownEditionException(id);
    }
    return edition;
  }

  private boolean titleTaken(int year, String title, Long except) {
    return em
        .createQuery(
            "select e.id from Edition e where e.year = :year and e.title = :title", Long.class)
        .setParameter("year", year)
        .setParameter("title", title)
        .getResultList()
        .stream()
        .anyMatch(other -> !other.equals(except));
  }

  public List<EditionView> list() {
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select r.editionId, count(r.editionId) from SurveyResponse r group by r.editionId",
                Object[].class)
            .getResultList()) {
      counts.put((Long) row[0], (Long) row[1]);
    }
    Map<Long, Integer> wordingVersions = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select w.editionId, max(w.version) from WordingVersion w group by w.editionId",
                Object[].class)
            .getResultList()) {
      wordingVersions.put((Long) row[0], ((Number) row[1]).intValue());
    }
    return em
        .createQuery("select e from Edition e order by e.year desc, e.id desc", Edition.class)
        .getResultList()
        .stream()
        .map(
            e ->
                view(
                    e,
                    counts.getOrDefault(e.getId(), 0L),
                    wordingVersions.getOrDefault(e.getId(), 0)))
        .toList();
  }

  public long count() {
    return em.createQuery("select count(e) from Edition e", Long.class).getSingleResult();
  }

  public Optional<EditionView> find(long id) {
    return Optional.ofNullable(em.find(Edition.class, id))
        .map(e -> view(e, responses(id), wordingVersion(id)));
  }

  /**
   * The edition that a report of {@code edition} compares the instrument's figures with: the most
   * recent edition of an earlier year that has the instrument, is not a draft (a draft's figures
   * are not published) and holds at least one response; among editions of that year, the one with
   * the highest id.
   *
   * <p>The comparison needs the same items, under the same codes, in both years. It is enough to
   * find the same instrument id: the specification (shared/spec/instruments.md) fixes the item and
   * option codes of an instrument id across versions "so that one year can be compared with the
   * next", and a version that changed them would have to be published under a new id.
   */
  public Optional<EditionView> previous(EditionView edition, String instrumentId) {
    return em
        .createQuery(
            "select e from Edition e join e.instruments i where i = :instrument and e.year < :year"
                + " and e.status <> :draft"
                + " and exists (select r.editionId from SurveyResponse r where r.editionId = e.id)"
                + " order by e.year desc, e.id desc",
            Edition.class)
        .setParameter("instrument", instrumentId)
        .setParameter("year", edition.year())
        .setParameter("draft", EditionStatus.DRAFT)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst()
        .map(e -> view(e, responses(e.getId()), wordingVersion(e.getId())));
  }

  /** The edition resolved against the installed instruments, ready for forms and reports. */
  public Optional<EditionSetup> setup(long id) {
    return find(id).map(this::setup);
  }

  public EditionSetup setup(EditionView edition) {
    List<Instrument> instruments = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    Map<String, Settings> settings = new HashMap<>();
    for (String instrumentId : edition.instruments()) {
      Optional<Instrument> instrument = registry.find(instrumentId);
      if (instrument.isPresent()) {
        instruments.add(instrument.get());
        settings.put(instrumentId, EditionSettings.resolve(instrument.get(), edition.settings()));
      } else {
        missing.add(instrumentId);
      }
    }
    Questionnaire questionnaire =
        new Questionnaire(instruments, EditionSettings.wording(edition.settings()));
    return new EditionSetup(edition, instruments, settings, questionnaire, missing);
  }

  /**
   * Counts {@code editionId}, not {@code r} (the id): H2 then counts entries of the edition index,
   * where counting ids reads every row, answers and all (0.4 s per 50,000 responses).
   */
  private long responses(long editionId) {
    return em.createQuery(
            "select count(r.editionId) from SurveyResponse r where r.editionId = :id", Long.class)
        .setParameter("id", editionId)
        .getSingleResult();
  }

  private EditionView view(Edition e, long responses, int wordingVersion) {
    return new EditionView(
        e.getId(),
        e.getYear(),
        e.getTitle(),
        e.getStatus(),
        e.getInstruments(),
        effectiveSettings(e),
        e.getSuppressionThreshold(),
        responses,
        wordingVersion,
        e.getAccessMode());
  }

  /**
   * The settings the edition sets, and the defaults of its installed instruments' other settings.
   */
  private Map<String, String> effectiveSettings(Edition e) {
    List<Instrument> installed =
        e.getInstruments().stream().map(registry::find).flatMap(Optional::stream).toList();
    Map<String, String> effective = new HashMap<>(e.getSettings());
    effective.putAll(EditionSettings.effective(installed, e.getSettings()));
    return effective;
  }
}
