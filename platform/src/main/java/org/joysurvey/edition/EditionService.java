package org.joysurvey.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joysurvey.plugins.InstrumentRegistry;
import org.joysurvey.report.SmallCellRule;
import org.joysurvey.response.InputRejectedException;
import org.joysurvey.response.Problem;
import org.joysurvey.response.Questionnaire;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.Settings;

/** Creates editions and reads them, resolved against the instruments installed here. */
@ApplicationScoped
@Transactional
public class EditionService {

  @PersistenceContext(unitName = "joy")
  private EntityManager em;

  @Inject private InstrumentRegistry registry;

  /** Creates an edition; every problem with the request is reported at once, nothing is stored. */
  public long create(NewEdition request) {
    List<Problem> problems = new ArrayList<>();
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
        problems.add(Problem.at("status", "'" + request.status() + "' is not one of draft, open, closed"));
      }
    }
    int threshold = request.suppressionThreshold() == null ? SmallCellRule.DEFAULT_THRESHOLD
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
      registry.find(id).ifPresentOrElse(instruments::add,
          () -> problems.add(Problem.at("instruments", "'" + id + "' is not an installed instrument")));
    }
    Map<String, String> settings = request.settings() == null ? Map.of() : request.settings();
    problems.addAll(EditionSettings.problems(instruments, settings));
    if (problems.isEmpty() && titleTaken(request.year(), title)) {
      problems.add(Problem.at("title", "an edition of " + request.year() + " with this title already exists"));
    }
    if (!problems.isEmpty()) {
      throw new InputRejectedException("The edition was not created.", problems);
    }
    Edition edition = new Edition(request.year(), title, status, threshold, ids, settings);
    em.persist(edition);
    em.flush();
    return edition.getId();
  }

  private boolean titleTaken(int year, String title) {
    return !em.createQuery("select e.id from Edition e where e.year = :year and e.title = :title", Long.class)
        .setParameter("year", year).setParameter("title", title).getResultList().isEmpty();
  }

  public List<EditionView> list() {
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row : em.createQuery(
        "select r.editionId, count(r) from SurveyResponse r group by r.editionId", Object[].class).getResultList()) {
      counts.put((Long) row[0], (Long) row[1]);
    }
    return em.createQuery("select e from Edition e order by e.year desc, e.id desc", Edition.class).getResultList()
        .stream().map(e -> view(e, counts.getOrDefault(e.getId(), 0L))).toList();
  }

  public long count() {
    return em.createQuery("select count(e) from Edition e", Long.class).getSingleResult();
  }

  public Optional<EditionView> find(long id) {
    return Optional.ofNullable(em.find(Edition.class, id)).map(e -> view(e, responses(id)));
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
    return em.createQuery(
            "select e from Edition e join e.instruments i where i = :instrument and e.year < :year"
                + " and e.status <> :draft"
                + " and exists (select r.id from SurveyResponse r where r.editionId = e.id)"
                + " order by e.year desc, e.id desc", Edition.class)
        .setParameter("instrument", instrumentId)
        .setParameter("year", edition.year())
        .setParameter("draft", EditionStatus.DRAFT)
        .setMaxResults(1)
        .getResultList().stream().findFirst().map(e -> view(e, responses(e.getId())));
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
    Questionnaire questionnaire = new Questionnaire(instruments, EditionSettings.wording(edition.settings()));
    return new EditionSetup(edition, instruments, settings, questionnaire, missing);
  }

  private long responses(long editionId) {
    return em.createQuery("select count(r) from SurveyResponse r where r.editionId = :id", Long.class)
        .setParameter("id", editionId).getSingleResult();
  }

  private EditionView view(Edition e, long responses) {
    List<Instrument> installed = e.getInstruments().stream().map(registry::find)
        .flatMap(Optional::stream).toList();
    Map<String, String> effective = new HashMap<>(e.getSettings());
    effective.putAll(EditionSettings.effective(installed, e.getSettings()));
    return new EditionView(e.getId(), e.getYear(), e.getTitle(), e.getStatus(), e.getInstruments(), effective,
        e.getSuppressionThreshold(), responses);
  }
}
