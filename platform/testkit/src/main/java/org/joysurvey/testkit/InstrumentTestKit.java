package org.joysurvey.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joysurvey.disclosure.SmallCellRule;
import org.joysurvey.disclosure.Suppression;
import org.joysurvey.edition.Edition;
import org.joysurvey.edition.EditionSettings;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.report.Report;
import org.joysurvey.report.ReportEngine;
import org.joysurvey.report.SectionReport;
import org.joysurvey.response.ResponseValidator;
import org.joysurvey.response.ValidationResult;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.ReportContext;
import org.joysurvey.spi.Settings;

/**
 * An edition of some instruments, run through the platform's own validator, report engine and
 * small-cell rule: how a plugin's tests check its items, scoring and report section without a
 * server. The answers, sections and contexts it gives back are the plugin API's own types ({@code
 * org.joysurvey.spi}) and {@link SectionResult}.
 *
 * <pre>{@code
 * InstrumentTestKit kit = InstrumentTestKit.of(new DemographicsStandIn(), new SleepHours())
 *     .withSetting("sleep-hours.short_below", "7") // as an edition sets it: <instrument-id>.<key>
 *     .withThreshold(5);                           // k of the small-cell rule (5 by default)
 * SectionResult section = kit.section("sleep-hours", List.of(
 *     InstrumentTestKit.row("sleep-hours.hours", "5", "demographics.age_band", "36-45"),
 *     InstrumentTestKit.row("sleep-hours.hours", "8")));
 * section.value("sleep-hours.short_sleep_rate");           // 0.5
 * section.isWithheld("sleep-hours.short_sleep_rate");      // true: 1 of 2 rests on fewer than k
 * kit.score(InstrumentTestKit.row("sleep-hours.hours", "5")).flag("sleep-hours.short_sleep");
 * }</pre>
 *
 * <p>Rows of text cells are read as an import reads them (full item codes; {@code ;}-joined list
 * answers; an empty cell is unanswered), and anything the platform would refuse fails the test.
 * {@link Answers} are fed to the engine as they are, as a report reads stored answers. Settings are
 * checked and resolved as for an edition: every declared setting has the edition's value or its
 * default. Plugins that other sections read (demographics, Mini-Z, MBI-2) have stand-ins in this
 * package, since a plugin module cannot depend on another.
 *
 * <p>A kit is immutable: {@code with...} gives a new one, and each section is computed afresh.
 */
public final class InstrumentTestKit {

  private final List<Instrument> instruments;
  private final Map<String, String> editionSettings;
  private final SmallCellRule rule;
  private final Questionnaire questionnaire;
  private final ResponseValidator validator;
  private final Map<String, Settings> settings = new HashMap<>();

  private InstrumentTestKit(
      List<Instrument> instruments, Map<String, String> editionSettings, SmallCellRule rule) {
    this.instruments = List.copyOf(instruments);
    if (this.instruments.isEmpty()) {
      throw new IllegalArgumentException("an edition has at least one instrument");
    }
    var problems = EditionSettings.problems(this.instruments, editionSettings);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("the platform would refuse these settings: " + problems);
    }
    this.editionSettings = Map.copyOf(editionSettings);
    this.rule = rule;
    this.questionnaire =
        new Questionnaire(this.instruments, EditionSettings.wording(this.editionSettings));
    this.validator = new ResponseValidator(questionnaire);
    for (Instrument instrument : this.instruments) {
      settings.put(
          instrument.metadata().id(), EditionSettings.resolve(instrument, this.editionSettings));
    }
  }

  /** An edition of these instruments, in this order, with default settings and k = 5. */
  public static InstrumentTestKit of(Instrument... instruments) {
    return of(List.of(instruments));
  }

  public static InstrumentTestKit of(List<Instrument> instruments) {
    return new InstrumentTestKit(
        instruments, Map.of(), new SmallCellRule(Edition.DEFAULT_SUPPRESSION_THRESHOLD));
  }

  /** One row of text cells, from pairs of column and cell: {@code row("mini-z.burnout", "3")}. */
  public static Map<String, String> row(String... columnsAndCells) {
    if (columnsAndCells.length % 2 != 0) {
      throw new IllegalArgumentException("a row is pairs of column and cell");
    }
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < columnsAndCells.length; i += 2) {
      row.put(columnsAndCells[i], columnsAndCells[i + 1]);
    }
    return row;
  }

  /** This edition with one more setting, keyed as an edition keys it: {@code mbi-2.threshold}. */
  public InstrumentTestKit withSetting(String key, String value) {
    Map<String, String> more = new HashMap<>(editionSettings);
    more.put(key, value);
    return new InstrumentTestKit(instruments, more, rule);
  }

  /** This edition with these settings as well (full keys, {@code <instrument-id>.<key>}). */
  public InstrumentTestKit withSettings(Map<String, String> settings) {
    Map<String, String> more = new HashMap<>(editionSettings);
    more.putAll(settings);
    return new InstrumentTestKit(instruments, more, rule);
  }

  /** This edition with the suppression threshold k. */
  public InstrumentTestKit withThreshold(int k) {
    return new InstrumentTestKit(instruments, editionSettings, new SmallCellRule(k));
  }

  public List<Instrument> instruments() {
    return instruments;
  }

  /** An instrument's settings as the platform resolves them for this edition. */
  public Settings settings(String instrumentId) {
    Settings resolved = settings.get(instrumentId);
    if (resolved == null) {
      throw new IllegalArgumentException("no instrument " + instrumentId + " in this edition");
    }
    return resolved;
  }

  /**
   * The answers of one row of text cells, read as an import reads them; an {@link
   * IllegalArgumentException} names everything the platform would refuse (an unknown column or
   * option, a scale point off the scale, an answer to a hidden item ...).
   */
  public Answers read(Map<String, String> cells) {
    ValidationResult result = validator.validateText(cells);
    if (!result.isValid()) {
      throw new IllegalArgumentException(
          "the platform would refuse " + cells + ": " + result.problems());
    }
    return result.answers();
  }

  /** Whether the platform shows the item of this full code, given these answers so far. */
  public boolean isShown(String item, Map<String, AnswerValue> answers) {
    return questionnaire.isShown(
        questionnaire
            .item(item)
            .orElseThrow(
                () -> new IllegalArgumentException("no item " + item + " in this edition")),
        answers);
  }

  /** One row of text cells scored by every instrument of the edition, as a report scores it. */
  public DerivedVariables score(Map<String, String> cells) {
    return score(read(cells));
  }

  /**
   * One response scored by every instrument of the edition, with its settings: the derived
   * variables a section sees. A plugin that throws, or publishes a name outside its id, fails the
   * test.
   */
  public DerivedVariables score(Answers answers) {
    ReportEngine engine = engine();
    DerivedVariables derived = engine.score(answers);
    for (SectionReport section : engine.finish().sections()) {
      if (section.isFailed()) {
        throw new AssertionError(section.instrument() + ": " + section.error());
      }
    }
    return derived;
  }

  /**
   * The context the platform gives the section of this instrument: its settings, the edition, the
   * subgroups.
   */
  public ReportContext context(String instrumentId) {
    settings(instrumentId);
    return engine()
        .context(instrumentId)
        .orElseThrow(
            () -> new AssertionError("the section of " + instrumentId + " could not start"));
  }

  /** The section of {@code instrumentId} in a report of these rows of text cells. */
  public SectionResult section(String instrumentId, List<Map<String, String>> rows) {
    List<Answers> answers = new ArrayList<>(rows.size());
    for (Map<String, String> row : rows) {
      answers.add(read(row));
    }
    return sectionOfAnswers(instrumentId, answers);
  }

  /**
   * The section of {@code instrumentId} in a report of these answers, fed to the engine
   * unvalidated, as a report reads stored answers. A section that fails fails the test, with the
   * plugin's error.
   */
  public SectionResult sectionOfAnswers(String instrumentId, List<Answers> responses) {
    settings(instrumentId);
    ReportEngine engine = engine();
    responses.forEach(engine::accept);
    Report report = engine.finish();
    SectionReport section =
        report.sections().stream()
            .filter(s -> s.instrument().equals(instrumentId))
            .findFirst()
            .orElseThrow();
    if (section.isFailed()) {
      throw new AssertionError("the section of " + instrumentId + " failed: " + section.error());
    }
    Map<String, String> withheld = new LinkedHashMap<>();
    for (Suppression suppression : section.suppressed()) {
      withheld.putIfAbsent(suppression.key(), suppression.reason());
    }
    return new SectionResult(
        instrumentId,
        section.section(),
        withheld,
        report.responses(),
        report.suppressionThreshold());
  }

  private ReportEngine engine() {
    return new ReportEngine(instruments, settings, rule);
  }
}
