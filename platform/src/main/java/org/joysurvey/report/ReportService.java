package org.joysurvey.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionSetup;
import org.joysurvey.interchange.JsonAnswers;
import org.joysurvey.response.ResponseStore;

/** Computes an edition's report in one streaming pass over its stored responses. */
@ApplicationScoped
public class ReportService {

  @Inject private EditionService editions;

  @Inject private ResponseStore store;

  /** The report, or empty when there is no such edition. Read-only; the transaction lets PostgreSQL stream. */
  @Transactional
  public Optional<EditionReport> report(long editionId) {
    return editions.setup(editionId).map(this::report);
  }

  private EditionReport report(EditionSetup setup) {
    ReportEngine engine = new ReportEngine(setup.instruments(), setup.settings(),
        new SmallCellRule(setup.edition().suppressionThreshold()));
    store.forEach(setup.edition().id(), false,
        (json, day) -> engine.accept(JsonAnswers.fromStoredJson(setup.questionnaire(), json)));
    return new EditionReport(setup.edition(), setup.missing(), engine.finish());
  }
}
