package org.joysurvey.crosstab;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionSetup;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;
import org.joysurvey.report.ReportEngine;
import org.joysurvey.report.ReportGroup;
import org.joysurvey.report.ReportService;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.Settings;
import org.joysurvey.spi.Subgroups;

/**
 * Cross-tabulations of an edition's live responses, for admins and analysts (the callers check the
 * role): one streaming pass over the responses, read as the report reads them ({@link
 * ReportService#forEachAnswers}), scoring only the instruments whose derived variables the table or
 * its group needs, and keeping counts alone. The report's disclosure rule then decides what may be
 * shown ({@link Crosstab#of}). Reading is not audited, as reading a report is not.
 */
@ApplicationScoped
public class CrosstabService {

  private static final String REFUSED = "The cross-tabulation was not made.";

  @Inject private EditionService editions;

  @Inject private ReportService reports;

  /** What the edition offers for rows and columns; empty when there is no such edition. */
  public Optional<List<CrosstabVariable>> variables(long editionId) {
    return editions.setup(editionId).map(CrosstabVariables::offered);
  }

  /**
   * The table of {@code rows} by {@code columns} over the respondents who answered both, in {@code
   * group} ({@code <variable>:<group>}, as a report's group) or, when it is {@code null} or blank,
   * everyone. Empty when there is no such edition.
   *
   * @throws InputRejectedException naming every problem: a variable missing, unknown or not
   *     categorical, the same variable twice, a group the edition does not have, or a group or
   *     everyone else counting fewer than k respondents
   */
  @Transactional
  public Optional<Crosstab> crosstab(long editionId, String rows, String columns, String group) {
    return editions.setup(editionId).map(setup -> compute(setup, rows, columns, group));
  }

  private Crosstab compute(EditionSetup setup, String rowsName, String columnsName, String group) {
    List<CrosstabVariable> offered = CrosstabVariables.offered(setup);
    List<Problem> problems = new ArrayList<>();
    CrosstabVariables.Resolved rows = CrosstabVariables.resolve(offered, setup, "rows", rowsName);
    CrosstabVariables.Resolved columns =
        CrosstabVariables.resolve(offered, setup, "columns", columnsName);
    if (rows.problem() != null) {
      problems.add(rows.problem());
    }
    if (columns.problem() != null) {
      problems.add(columns.problem());
    }
    if (rows.variable() != null && rows.variable().equals(columns.variable())) {
      problems.add(
          Problem.at(
              "columns",
              "the rows and the columns are both '"
                  + rows.variable().name()
                  + "'; cross-tabulate two different variables"));
    }
    ReportGroup reportGroup = null;
    Subgroups.Dimension dimension = null;
    if (group != null && !group.isBlank()) {
      try {
        reportGroup = ReportGroup.parse(group.strip());
        dimension =
            ReportEngine.dimensionOf(
                ReportEngine.offeredSubgroups(setup.instruments()), reportGroup);
      } catch (InputRejectedException e) {
        problems.addAll(e.problems());
      } catch (IllegalArgumentException e) {
        problems.add(Problem.at("group", e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputRejectedException(REFUSED, problems);
    }
    int k = setup.edition().suppressionThreshold();
    Instrument groupInstrument = dimension == null ? null : instrument(setup, dimension.variable());
    CrosstabCounts counts =
        new CrosstabCounts(
            reader(setup, rows.variable()),
            reader(setup, columns.variable()),
            dimension == null ? null : dimension.variable(),
            groupInstrument,
            groupInstrument == null ? null : settings(setup, groupInstrument),
            reportGroup == null ? null : reportGroup.code());
    reports.forEachAnswers(setup, counts::accept);
    if (reportGroup != null && (counts.inGroup() < k || counts.others() < k)) {
      throw new InputRejectedException(
          REFUSED, List.of(reportGroup.tooSmall("cross-tabulation", k)));
    }
    return Crosstab.of(rows.variable(), columns.variable(), reportGroup, counts.table(), k);
  }

  private static CrosstabCounts.Reader reader(EditionSetup setup, CrosstabVariable variable) {
    if (variable.isDerived()) {
      Instrument instrument = instrument(setup, variable.source());
      return CrosstabCounts.derived(variable, instrument, settings(setup, instrument));
    }
    return CrosstabCounts.item(variable, setup.questionnaire().item(variable.name()).orElseThrow());
  }

  private static Settings settings(EditionSetup setup, Instrument instrument) {
    return setup.settings().getOrDefault(instrument.metadata().id(), Settings.NONE);
  }

  /** The instrument a variable's name starts with (instrument ids hold no dot). */
  private static Instrument instrument(EditionSetup setup, String variable) {
    String id = variable.substring(0, variable.indexOf('.'));
    return setup.instruments().stream()
        .filter(i -> i.metadata().id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no instrument " + id + " in the edition"));
  }
}
