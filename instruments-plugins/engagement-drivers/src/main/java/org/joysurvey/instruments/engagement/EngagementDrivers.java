package org.joysurvey.instruments.engagement;

import java.util.List;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariable;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.InstrumentMetadata;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.KeyFinding;
import org.joysurvey.spi.ReportContext;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.Settings;

/**
 * Key drivers of engagement: eleven statements on a 6-point agreement scale without a neutral
 * point, grouped into the seven drivers of Shanafelt and Noseworthy (2017). An answer of 4
 * (slightly agree) or more is positive.
 */
public final class EngagementDrivers implements Instrument {

  public static final String ID = "engagement-drivers";

  /** The lowest scale point that counts as positive (slightly agree). */
  public static final int POSITIVE_FROM = 4;

  /**
   * Derived-variable and statistic prefix of the positive flags and shares: {@code
   * engagement-drivers.positive.}.
   */
  public static final String POSITIVE = ID + ".positive.";

  /** The scale, 1..6. */
  static final List<String> SCALE =
      List.of(
          "Strongly disagree",
          "Disagree",
          "Slightly disagree",
          "Slightly agree",
          "Agree",
          "Strongly agree");

  /** One driver category, in report order. */
  record Category(String code, String label) {}

  static final List<Category> CATEGORIES =
      List.of(
          new Category("culture", "Culture and values"),
          new Category("workload", "Workload and job demands"),
          new Category("efficiency", "Efficiency and resources"),
          new Category("meaning", "Meaning in work"),
          new Category("control", "Control and flexibility"),
          new Category("social", "Social support and community"),
          new Category("worklife", "Work-life integration"));

  /**
   * One statement: item code, its category, a short name for charts and the wording a respondent
   * reads.
   */
  record Driver(String code, String category, String name, String text) {}

  static final List<Driver> DRIVERS =
      List.of(
          new Driver(
              "culture_values",
              "culture",
              "Values aligned",
              "My values are aligned with those of my organization."),
          new Driver(
              "culture_leadership",
              "culture",
              "Leadership listens and acts",
              "The leaders of my organization listen to physicians' concerns and act on them."),
          new Driver(
              "workload_manageable",
              "workload",
              "Workload manageable",
              "My workload and job demands are manageable."),
          new Driver(
              "compensation_fair",
              "workload",
              "Fairly compensated",
              "I am fairly compensated for my work."),
          new Driver(
              "efficiency_resources",
              "efficiency",
              "Staff and resources",
              "I have the staff and resources I need to work efficiently."),
          new Driver(
              "efficiency_ehr",
              "efficiency",
              "EHR supports work",
              "The electronic health record (EHR) supports my work rather than hinders it."),
          new Driver(
              "meaning_work", "meaning", "Work is meaningful", "My work is meaningful to me."),
          new Driver(
              "meaning_time",
              "meaning",
              "Time for meaningful work",
              "I have time for the parts of my work I find most meaningful."),
          new Driver(
              "control_flexibility",
              "control",
              "Control over schedule",
              "I have enough control over my schedule and over the administrative decisions that"
                  + " affect my work."),
          new Driver(
              "social_support",
              "social",
              "Community with colleagues",
              "I feel a sense of community with my colleagues at work."),
          new Driver(
              "worklife_integration",
              "worklife",
              "Work-life integration supported",
              "My organization supports me in integrating my work and personal life."));

  private static final InstrumentMetadata METADATA =
      new InstrumentMetadata(
          ID,
          "1.0.0",
          "Key drivers of engagement",
          "Eleven statements on a 6-point agreement scale (1 strongly disagree .. 6 strongly agree,"
              + " no neutral point), covering the seven drivers of physician engagement of"
              + " Shanafelt and Noseworthy (2017): culture and values, workload and job demands,"
              + " efficiency and resources, meaning in work, control and flexibility, social"
              + " support, work-life integration. Reports the share of positive answers (4-6) per"
              + " statement and per driver, and per driver by age band, gender and practice mode.",
          "The statements are the society's own, written for this survey after the drivers"
              + " described by Shanafelt and Noseworthy (Mayo Clin Proc 2017;92(1):129-146); they"
              + " may be used and adapted freely.");

  private static final List<Item> ITEMS =
      DRIVERS.stream()
          .map(d -> Item.likert(d.code(), d.text(), 1, SCALE.toArray(String[]::new)))
          .toList();

  /**
   * Full item codes and variable names, made once: scoring runs for every response of every report.
   */
  static final List<String> ITEM_CODES = DRIVERS.stream().map(d -> ID + "." + d.code()).toList();

  private static final List<String> POSITIVE_VARIABLES =
      DRIVERS.stream().map(d -> POSITIVE + d.code()).toList();

  /**
   * What {@link #score} computes, for the codebook (docs/instruments/engagement-drivers.md): one
   * positive flag per statement.
   */
  private static final List<DerivedVariable> DERIVED_VARIABLES =
      DRIVERS.stream()
          .map(
              d ->
                  DerivedVariable.binary(
                      POSITIVE + d.code(),
                      "Agrees at least slightly: " + d.name(),
                      "Not positive (1-3, disagrees at least slightly)",
                      "Positive (4-6, agrees at least slightly)",
                      "1 when the statement '"
                          + d.code()
                          + "' is answered "
                          + POSITIVE_FROM
                          + " (slightly agree) or more on the 1-6 scale, 0 when 1 to 3, missing"
                          + " when unanswered"))
          .toList();

  /**
   * The section's headline figures, as the white paper of a published report states them
   * (docs/instruments/engagement-drivers.md, "Key findings").
   */
  private static final List<KeyFinding> KEY_FINDINGS =
      List.of(
          new KeyFinding(
              POSITIVE + "workload_manageable",
              "{value} of respondents ({count} of {basis}) agreed at least slightly that their"
                  + " workload and job demands are manageable{change}."),
          new KeyFinding(
              POSITIVE + "compensation_fair",
              "{value} of respondents agreed at least slightly that they are fairly compensated"
                  + " for their work{change}."),
          new KeyFinding(
              POSITIVE + "efficiency_ehr",
              "{value} of respondents agreed at least slightly that the electronic health record"
                  + " supports their work rather than hinders it{change}."),
          new KeyFinding(
              POSITIVE + "culture_leadership",
              "{value} of respondents agreed at least slightly that their organization's"
                  + " leaders listen to physicians' concerns and act on them{change}."));

  @Override
  public InstrumentMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Item> items() {
    return ITEMS;
  }

  /** {@code engagement-drivers.positive.<item>}: true when the item is answered 4 or more. */
  @Override
  public DerivedVariables score(Answers answers, Settings settings) {
    DerivedVariables.Builder derived = DerivedVariables.builder();
    for (int i = 0; i < DRIVERS.size(); i++) {
      String variable = POSITIVE_VARIABLES.get(i);
      answers
          .scale(ITEM_CODES.get(i))
          .ifPresent(
              v -> {
                if (v >= 1 && v <= SCALE.size()) {
                  derived.put(variable, v >= POSITIVE_FROM);
                }
              });
    }
    return derived.build();
  }

  @Override
  public SectionBuilder newReport(ReportContext context) {
    return new EngagementDriversReport(context.subgroups());
  }

  @Override
  public List<KeyFinding> keyFindings() {
    return KEY_FINDINGS;
  }

  @Override
  public List<DerivedVariable> derivedVariables() {
    return DERIVED_VARIABLES;
  }
}
