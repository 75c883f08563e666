package org.joysurvey.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.joysurvey.disclosure.DisclosureRule;
import org.joysurvey.disclosure.SmallCellRule;
import org.joysurvey.disclosure.Suppression;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.IdentityCache;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.ReportContext;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.ScoredResponse;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.Settings;
import org.joysurvey.spi.Statistic;
import org.joysurvey.spi.SubgroupDimension;
import org.joysurvey.spi.Subgroups;

/**
 * Builds an edition's report in one pass. Create one per report, {@link #accept} every response,
 * then {@link #finish}. Scoring ({@link #scored}) may run on another thread than {@link #accept}
 * and {@link #finish}, one thread each. Memory is what the section builders keep (counts), whatever
 * the number of responses. A plugin that throws loses its own section, not the report.
 */
public final class ReportEngine {

  private static final Logger LOG = Logger.getLogger(ReportEngine.class.getName());

  private final List<Instrument> instruments;
  private final Map<String, Settings> settings;
  private final SmallCellRule rule;
  private final DisclosureRule disclosure;
  private final List<String> ids;

  /** {@code "<id>."} of each instrument, made once rather than for every response. */
  private final List<String> prefixes;

  private final DerivedVariables.Combiner combiner;

  /** Each instrument's settings, in instrument order: looked up once, not per response. */
  private final Settings[] instrumentSettings;

  private final Map<String, SectionBuilder> builders = new LinkedHashMap<>();
  private final Map<String, ReportContext> contexts = new HashMap<>();

  /** Written by whichever thread meets the failure: scoring and section building may run apart. */
  private final Map<String, String> failures = new ConcurrentHashMap<>();

  /**
   * The instrument (its index) each variable name instance was found to belong to: scoring gives
   * back the same constant names for every response, and checking each one again cost more than
   * scoring some instruments. Shared by the two scoring threads without a lock.
   */
  private final IdentityCache checkedNames;

  private long responses;

  /** The subgroup dimensions the edition's instruments declare. */
  private final Subgroups subgroups;

  /** The dimension and group the report is restricted to; {@code null} for everyone. */
  private Subgroups.Dimension groupDimension;

  private String groupCode;

  /** Responses outside the group: everyone else. */
  private long others;

  /**
   * @param instruments the edition's instruments, in order
   * @param settings each instrument's settings, by instrument id
   */
  public ReportEngine(
      List<Instrument> instruments, Map<String, Settings> settings, SmallCellRule rule) {
    this.instruments = List.copyOf(instruments);
    this.settings = Map.copyOf(settings);
    this.rule = rule;
    this.disclosure = new DisclosureRule(rule);
    this.ids = this.instruments.stream().map(i -> i.metadata().id()).toList();
    this.prefixes = ids.stream().map(id -> id + ".").toList();
    this.combiner = new DerivedVariables.Combiner(ids);
    this.instrumentSettings = this.ids.stream().map(this::settingsOf).toArray(Settings[]::new);
    this.checkedNames = new IdentityCache(256 * this.ids.size());
    Set<String> ids = Set.copyOf(this.ids);
    Subgroups subgroups =
        resolveSubgroups(
            this.instruments,
            (id, e) -> fail(id, "declares a subgroup dimension it does not have", e));
    this.subgroups = subgroups;
    for (Instrument instrument : this.instruments) {
      String id = instrument.metadata().id();
      try {
        ReportContext context = new ReportContext(settingsOf(id), ids, subgroups);
        contexts.put(id, context);
        builders.put(id, instrument.newReport(context));
      } catch (RuntimeException e) {
        fail(id, "could not start its report", e);
      }
    }
  }

  /**
   * The subgroup dimensions the edition's instruments declare, resolved against their own items, in
   * edition order. The platform passes them on and knows none by name. A name declared again by a
   * later instrument keeps the first; an instrument whose declaration cannot be resolved loses its
   * section.
   */
  private static Subgroups resolveSubgroups(
      List<Instrument> instruments, BiConsumer<String, RuntimeException> unresolved) {
    List<Subgroups.Dimension> dimensions = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Instrument instrument : instruments) {
      String id = instrument.metadata().id();
      try {
        List<Subgroups.Dimension> own = new ArrayList<>();
        for (SubgroupDimension declared : instrument.subgroups()) {
          own.add(declared.resolve(id, instrument.items()));
        }
        own.stream().filter(d -> names.add(d.name())).forEach(dimensions::add);
      } catch (RuntimeException e) {
        unresolved.accept(id, e);
      }
    }
    return dimensions.isEmpty() ? Subgroups.NONE : new Subgroups(dimensions);
  }

  /**
   * The subgroup dimensions these instruments declare, as a report of them resolves them: the
   * groups a report may be for. Starts no section; a declaration that cannot be resolved is left
   * out here and reported when a report runs.
   */
  public static Subgroups offeredSubgroups(List<Instrument> instruments) {
    return resolveSubgroups(instruments, (id, e) -> {});
  }

  /** The context the engine gave an instrument's section, if it started one. */
  public Optional<ReportContext> context(String instrumentId) {
    return Optional.ofNullable(contexts.get(instrumentId));
  }

  private Settings settingsOf(String id) {
    return settings.getOrDefault(id, Settings.NONE);
  }

  /** Scores one response with every instrument of the edition. */
  public DerivedVariables score(Answers answers) {
    List<DerivedVariables> parts = new ArrayList<>(instruments.size());
    for (int i = 0; i < instruments.size(); i++) {
      String id = ids.get(i);
      DerivedVariables own = DerivedVariables.NONE;
      if (failures.isEmpty() || !failures.containsKey(id)) {
        try {
          own = instruments.get(i).score(answers, instrumentSettings[i]);
          requireOwnVariables(i, own.values().keySet());
        } catch (RuntimeException e) {
          fail(id, "failed to score a response", e);
          own = DerivedVariables.NONE;
        }
      }
      parts.add(own);
    }
    // each instrument's variables stay its own map; looked up by their instrument's prefix
    return combiner.combine(parts);
  }

  /** One response with the derived variables of every instrument of the edition. */
  public ScoredResponse scored(Answers answers) {
    return new ScoredResponse(answers, score(answers));
  }

  public void accept(Answers answers) {
    accept(scored(answers));
  }

  /**
   * Restricts the report to the respondents of one group; call before the first response.
   *
   * @throws IllegalArgumentException when no instrument of the edition declares that group, with
   *     the groups it offers
   */
  public ReportEngine restrictTo(ReportGroup group) {
    this.groupDimension = dimensionOf(subgroups, group);
    this.groupCode = group.code();
    return this;
  }

  /**
   * The dimension of {@code subgroups} that {@code group} is a group of.
   *
   * @throws IllegalArgumentException when none declares that variable, with the variables offered,
   *     or when the dimension has no such group, with its groups
   */
  public static Subgroups.Dimension dimensionOf(Subgroups subgroups, ReportGroup group) {
    Subgroups.Dimension dimension =
        subgroups.dimensions().stream()
            .filter(d -> d.variable().equals(group.variable()))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no instrument of this edition declares the subgroup variable '"
                            + group.variable()
                            + "'; it offers: "
                            + String.join(
                                ", ",
                                subgroups.dimensions().stream()
                                    .map(Subgroups.Dimension::variable)
                                    .toList())));
    if (!dimension.codes().contains(group.code())) {
      throw new IllegalArgumentException(
          "'"
              + group.code()
              + "' is not a group of "
              + group.variable()
              + "; its groups are "
              + String.join(", ", dimension.codes()));
    }
    return dimension;
  }

  /** Responses the report left out because they are not in its group (0 without a group). */
  public long others() {
    return others;
  }

  /** Feeds a response scored by {@link #scored} to the section builders. */
  public void accept(ScoredResponse scored) {
    if (groupDimension != null
        && !groupDimension.groupOf(scored).map(groupCode::equals).orElse(false)) {
      others++;
      return;
    }
    responses++;
    for (Map.Entry<String, SectionBuilder> entry : builders.entrySet()) {
      if (!failures.isEmpty() && failures.containsKey(entry.getKey())) {
        continue;
      }
      try {
        entry.getValue().accept(scored);
      } catch (RuntimeException e) {
        fail(entry.getKey(), "failed while reading a response", e);
      }
    }
  }

  public Report finish() {
    List<SectionReport> sections = new ArrayList<>();
    for (Instrument instrument : instruments) {
      String id = instrument.metadata().id();
      String version = instrument.metadata().version();
      SectionBuilder builder = builders.get(id);
      if (!failures.containsKey(id) && builder != null) {
        try {
          ReportSection section = builder.build();
          requireOwnPrefix(
              id,
              id + ".",
              section.statistics().stream().map(Statistic::key).toList(),
              "statistic");
          List<Suppression> suppressed;
          try {
            suppressed = disclosure.withhold(section);
          } catch (IllegalArgumentException e) {
            // a sum that does not hold: what to withhold cannot be known, so nothing is shown
            fail(id, e.getMessage(), e);
            sections.add(SectionReport.failed(id, version, failures.get(id)));
            continue;
          }
          sections.add(new SectionReport(id, version, section, suppressed, null));
          continue;
        } catch (RuntimeException e) {
          fail(id, "failed to build its section", e);
        }
      }
      sections.add(SectionReport.failed(id, version, failures.get(id)));
    }
    return new Report(responses, rule.threshold(), sections);
  }

  private void requireOwnVariables(int instrument, java.util.Set<String> names) {
    for (String name : names) {
      if (checkedNames.get(name) != instrument) {
        requireOwnPrefix(
            ids.get(instrument), prefixes.get(instrument), List.of(name), "derived variable");
        checkedNames.put(name, instrument);
      }
    }
  }

  /** An instrument publishes only under its own id, so it can never overwrite another's values. */
  private static void requireOwnPrefix(
      String id, String prefix, java.util.Collection<String> names, String what) {
    for (String name : names) {
      if (!name.startsWith(prefix)) {
        throw new IllegalStateException(what + " '" + name + "' does not start with '" + id + ".'");
      }
    }
  }

  private void fail(String id, String what, RuntimeException e) {
    LOG.log(Level.WARNING, "Instrument " + id + " " + what + "; its report section is left out", e);
    failures.putIfAbsent(id, "The instrument " + what + ": " + e);
  }
}
