package org.joysurvey.report;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.joysurvey.benchmark.BenchmarkService;
import org.joysurvey.disclosure.SmallCellRule;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionSetup;
import org.joysurvey.edition.EditionView;
import org.joysurvey.interchange.StoredAnswersDecoder;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;
import org.joysurvey.response.PackedAnswers;
import org.joysurvey.response.ResponseService;
import org.joysurvey.response.ResponseStore;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.ScoredResponse;
import org.joysurvey.spi.Subgroups;

/**
 * Computes an edition's report in one streaming pass over its stored responses. Two threads share
 * the work: this one reads and decodes rows (and scores them while the other is behind), a managed
 * worker scores the rest and feeds the section builders, with a small bounded queue between them
 * ({@link ScoringPipeline}), so memory stays flat at any edition size. When an instrument was in an
 * earlier edition, that edition's report is computed the same way (one more pass per previous
 * edition) and the proportions are compared ({@link Comparisons}).
 */
@ApplicationScoped
public class ReportService {

  private static final Logger LOG = Logger.getLogger(ReportService.class.getName());

  private static final int BATCH = 256;

  /** Batches that may wait for the worker. */
  private static final int QUEUED_BATCHES = 16;

  /**
   * Queued batches beyond which the worker counts as behind, and the reader does more (decodes or
   * scores).
   */
  private static final int WORKER_BEHIND = 2;

  /**
   * A batch of responses on its way from the reader to the scoring side, at the stage the reader
   * took it to: stored JSON, decoded answers, or scored responses.
   */
  private record Rows(Stage stage, List<?> items) {}

  private enum Stage {
    JSON,
    ANSWERS,
    SCORED
  }

  @Inject private EditionService editions;

  @Inject private ResponseStore store;

  @Inject private ResponseService responses;

  @Inject private BenchmarkService benchmarks;

  @Resource private ManagedExecutorService executor;

  /**
   * Editions this instance is repacking now: more reports meanwhile do not queue more repacks
   * behind the edition's lock, holding executor threads that reports need. Other instances are kept
   * apart by that lock.
   */
  private final java.util.Set<Long> repacking = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * The report, with the comparison of its proportions with earlier years, or empty when there is
   * no such edition. Read-only; the transaction lets PostgreSQL stream.
   */
  @Transactional
  public Optional<EditionReport> report(long editionId) {
    return report(editionId, null);
  }

  /**
   * The report of one group's respondents ({@code group} {@code null}: everyone), compared with the
   * same group in earlier years.
   *
   * @throws InputRejectedException when the edition has no such group, or when the group or
   *     everyone else counts fewer than k respondents: the other's figures would follow from the
   *     full report minus this one
   */
  @Transactional
  public Optional<EditionReport> report(long editionId, ReportGroup group) {
    return editions
        .setup(editionId)
        .map(
            setup -> {
              Report report = compute(setup, group);
              return new EditionReport(
                  setup.edition(),
                  setup.missing(),
                  report,
                  comparisons(setup, report, group),
                  group);
            });
  }

  /**
   * The subgroup dimensions of the edition's instruments, each with its groups: what a report may
   * be restricted to. Empty when there is no such edition or no instrument declares any.
   */
  public List<Subgroups.Dimension> subgroups(long editionId) {
    return editions
        .setup(editionId)
        .map(setup -> ReportEngine.offeredSubgroups(setup.instruments()).dimensions())
        .orElse(List.of());
  }

  /**
   * Every response of the edition, decoded, handed to {@code each} on this thread in one streaming
   * pass, read as a report reads them: the packed answers when every response has them in the
   * questionnaire's current layout, otherwise the JSON (and the edition is repacked in the
   * background). For views of the responses that need no section builders, such as
   * cross-tabulations. Read-only; the transaction lets PostgreSQL stream.
   */
  @Transactional
  public void forEachAnswers(EditionSetup setup, Consumer<Answers> each) {
    long editionId = setup.edition().id();
    PackedAnswers packing = new PackedAnswers(setup.questionnaire());
    if (store.allPacked(editionId, packing.layout())) {
      store.forEachPacked(
          editionId, packing.layout(), packed -> each.accept(packing.decode(packed)));
    } else {
      repackLater(editionId);
      StoredAnswersDecoder decoder = new StoredAnswersDecoder(setup.questionnaire());
      store.forEachAnswers(editionId, json -> each.accept(decoder.decode(json)));
    }
  }

  /**
   * Finds the previous edition of each instrument, computes each such edition's report once (a
   * further streaming pass), and compares. A previous edition whose report fails costs only its
   * comparisons.
   */
  private Map<String, Comparison> comparisons(
      EditionSetup setup, Report report, ReportGroup group) {
    EditionView edition = setup.edition();
    Map<Long, Comparisons.PreviousEdition> computed = new HashMap<>();
    Map<String, Comparisons.PreviousEdition> byInstrument = new HashMap<>();
    for (Instrument instrument : setup.instruments()) {
      String id = instrument.metadata().id();
      Optional<EditionView> previous = editions.previous(edition, id);
      if (previous.isEmpty()) {
        continue;
      }
      EditionView p = previous.get();
      if (!computed.containsKey(p.id())) {
        try {
          computed.put(
              p.id(),
              new Comparisons.PreviousEdition(
                  p.id(), p.year(), p.suppressionThreshold(), compute(editions.setup(p), group)));
        } catch (InputRejectedException e) {
          // the group is missing or too small that year: nothing to compare it with
          computed.put(p.id(), null);
        } catch (RuntimeException e) {
          LOG.log(
              Level.WARNING,
              "The report of edition "
                  + p.id()
                  + ", the previous edition of "
                  + edition.id()
                  + ", failed; its figures are not compared",
              e);
          computed.put(p.id(), null);
        }
      }
      if (computed.get(p.id()) != null) {
        byInstrument.put(id, computed.get(p.id()));
      }
    }
    return Comparisons.build(
        report,
        edition.year(),
        new SmallCellRule(edition.suppressionThreshold()),
        byInstrument,
        benchmarks.before(edition.year()));
  }

  /**
   * One streaming pass over the edition's responses: their packed answers when every response has
   * them in the questionnaire's current layout, otherwise their JSON.
   */
  private Report compute(EditionSetup setup, ReportGroup group) {
    int k = setup.edition().suppressionThreshold();
    ReportEngine engine =
        new ReportEngine(setup.instruments(), setup.settings(), new SmallCellRule(k));
    if (group != null) {
      try {
        engine.restrictTo(group);
      } catch (IllegalArgumentException e) {
        throw new InputRejectedException(
            "The report was not made.", List.of(Problem.at("group", e.getMessage())));
      }
    }
    Report report = pass(setup, engine);
    if (group != null && (report.responses() < k || engine.others() < k)) {
      throw new InputRejectedException(
          "The report was not made.", List.of(group.tooSmall("report", k)));
    }
    return report;
  }

  private Report pass(EditionSetup setup, ReportEngine engine) {
    StoredAnswersDecoder decoder = new StoredAnswersDecoder(setup.questionnaire());
    PackedAnswers packing = new PackedAnswers(setup.questionnaire());
    long editionId = setup.edition().id();
    try (ScoringPipeline<Rows> scoring =
        new ScoringPipeline<>(executor, QUEUED_BATCHES, rows -> accept(rows, engine, decoder))) {
      if (store.allPacked(editionId, packing.layout())) {
        List<byte[]> batch = new ArrayList<>(BATCH);
        store.forEachPacked(
            editionId,
            packing.layout(),
            packed -> {
              batch.add(packed);
              if (batch.size() == BATCH) {
                scoring.hand(packedRows(batch, scoring.queued() > WORKER_BEHIND, packing, engine));
                batch.clear();
              }
            });
        scoring.hand(packedRows(batch, false, packing, engine));
      } else {
        repackLater(editionId);
        List<String> batch = new ArrayList<>(BATCH);
        store.forEachAnswers(
            editionId,
            json -> {
              batch.add(json);
              if (batch.size() == BATCH) {
                scoring.hand(jsonRows(batch, scoring.queued() > WORKER_BEHIND, decoder));
                batch.clear();
              }
            });
        scoring.hand(jsonRows(batch, false, decoder));
      }
      scoring.finish();
    }
    return engine.finish();
  }

  /** The worker's side: scores what the reader has not, and feeds the section builders. */
  private static void accept(Rows rows, ReportEngine engine, StoredAnswersDecoder decoder) {
    for (Object item : rows.items()) {
      switch (rows.stage()) {
        case JSON -> engine.accept(decoder.decode((String) item));
        case ANSWERS -> engine.accept((Answers) item);
        case SCORED -> engine.accept((ScoredResponse) item);
      }
    }
  }

  /**
   * Asks for the edition's answers to be packed again, in the background: this report reads the
   * JSON, the next ones will read the packed form. A failure costs only speed.
   */
  private void repackLater(long editionId) {
    if (!repacking.add(editionId)) {
      return;
    }
    try {
      executor.submit(
          () -> {
            try {
              int packed = responses.repack(editionId);
              LOG.info(
                  "Packed the answers of "
                      + packed
                      + " responses of edition "
                      + editionId
                      + " for reports");
            } catch (RuntimeException e) {
              LOG.log(
                  Level.WARNING,
                  "Packing the answers of edition "
                      + editionId
                      + " failed; its reports read the JSON",
                  e);
            } finally {
              repacking.remove(editionId);
            }
          });
    } catch (RuntimeException e) {
      repacking.remove(editionId);
      LOG.log(
          Level.WARNING,
          "Could not ask for the answers of edition " + editionId + " to be packed",
          e);
    }
  }

  /**
   * Packed answers decode in a fraction of the time scoring takes, so the reader always decodes
   * them, and scores them too while the scoring side is behind: the two threads share the work.
   */
  private static Rows packedRows(
      List<byte[]> batch, boolean scoreHere, PackedAnswers packing, ReportEngine engine) {
    List<Object> items = new ArrayList<>(batch.size());
    for (byte[] packed : batch) {
      Answers answers = packing.decode(packed);
      items.add(scoreHere ? engine.scored(answers) : answers);
    }
    return new Rows(scoreHere ? Stage.SCORED : Stage.ANSWERS, items);
  }

  /** The reader decodes stored JSON while the scoring side is behind, and otherwise hands it on. */
  private static Rows jsonRows(
      List<String> batch, boolean decodeHere, StoredAnswersDecoder decoder) {
    if (!decodeHere) {
      return new Rows(Stage.JSON, List.copyOf(batch));
    }
    List<Answers> answers = new ArrayList<>(batch.size());
    for (String json : batch) {
      answers.add(decoder.decode(json));
    }
    return new Rows(Stage.ANSWERS, answers);
  }
}
