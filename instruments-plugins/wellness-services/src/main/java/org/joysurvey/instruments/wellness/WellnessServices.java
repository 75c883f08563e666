package org.joysurvey.instruments.wellness;

import java.util.List;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariable;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.InstrumentMetadata;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.KeyFinding;
import org.joysurvey.spi.Option;
import org.joysurvey.spi.ReportContext;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.SettingDefinition;
import org.joysurvey.spi.Settings;

/**
 * Wellness services used: paid by the physician (or their insurance), offered by the employer, or
 * the medical society's own program (whose name is an edition setting), or none.
 */
public final class WellnessServices implements Instrument {

  public static final String ID = "wellness-services";
  public static final String USED = "used";
  public static final String USED_ITEM = ID + ".used";

  /** Derived: used at least one of the three services (false for "none"). */
  public static final String ANY = ID + ".any";

  /**
   * The three services, in the order of the item, the report and the Venn diagram (sets A, B, C).
   */
  public static final List<String> SERVICES = List.of("self-pay", "employer", "society");

  public static final String NONE = "none";

  /** Setting: what the society calls its own program. */
  public static final String PROGRAM_LABEL = "program_label";

  public static final String DEFAULT_PROGRAM_LABEL = "the society's wellness program";

  private static final InstrumentMetadata METADATA =
      new InstrumentMetadata(
          ID,
          "1.0.0",
          "Wellness services",
          "Which wellness services physicians have used: paid themselves or through insurance,"
              + " offered by their employer, or the medical society's own program (named by an"
              + " edition setting). Reports the share who used each and any of them, a Venn diagram"
              + " of the three, and, with Mini-Z in the edition, their use among burned-out"
              + " physicians.",
          "The item is the medical society's own, written for this platform after the 2020 Joy of"
              + " Medicine survey of the Sierra Sacramento Valley Medical Society; it is not a"
              + " copyrighted instrument and may be used and adapted freely.");

  private static final List<Item> ITEMS =
      List.of(
          Item.multi(
              USED,
              "Which of these wellness services (for example counseling, coaching or peer support)"
                  + " have you used? Choose all that apply.",
              Option.of("self-pay", "Services I paid for myself or through my health insurance"),
              Option.of(
                  "employer",
                  "Services offered by my employer (medical group, health system or hospital)"),
              Option.of("society", "The medical society's own wellness program"),
              Option.exclusive(NONE, "None of these")));

  private static final List<SettingDefinition> SETTINGS =
      List.of(
          SettingDefinition.text(
              PROGRAM_LABEL,
              "Name of the society's wellness program",
              "How the report names the society's own program (option 'society'), e.g. \"Joy of"
                  + " Medicine\". The question itself says \"the medical society's own wellness"
                  + " program\"; to name the program there too, set the edition's wording of"
                  + " wellness-services.used.",
              DEFAULT_PROGRAM_LABEL));

  /**
   * The section's headline figures, as the white paper of a published report states them
   * (docs/instruments/wellness-services.md, "Key findings").
   */
  private static final List<KeyFinding> KEY_FINDINGS =
      List.of(
          new KeyFinding(
              WellnessServicesReport.ANY_RATE,
              "{value} of respondents ({count} of {basis}) had used at least one wellness"
                  + " service (self-paid, their employer's or the society's program){change}."),
          new KeyFinding(
              WellnessServicesReport.RATE + "society",
              "{value} of respondents had used the society's wellness program{change}."));

  /** What {@link #score} computes, for the codebook (docs/instruments/wellness-services.md). */
  private static final List<DerivedVariable> DERIVED_VARIABLES =
      List.of(
          DerivedVariable.binary(
              ANY,
              "Used any of the three wellness services",
              "Used none of them",
              "Used at least one",
              "1 when the item 'used' names at least one of self-pay, employer and society, 0"
                  + " when it is answered 'none', missing when unanswered"));

  @Override
  public InstrumentMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Item> items() {
    return ITEMS;
  }

  @Override
  public List<SettingDefinition> settings() {
    return SETTINGS;
  }

  /**
   * {@code wellness-services.any}: true when any of the three services was used, false for none,
   * absent if unanswered.
   */
  @Override
  public DerivedVariables score(Answers answers, Settings settings) {
    List<String> used = answers.choices(USED_ITEM);
    return DerivedVariables.builder()
        .put(ANY, used.isEmpty() ? null : used.stream().anyMatch(SERVICES::contains))
        .build();
  }

  @Override
  public SectionBuilder newReport(ReportContext context) {
    return new WellnessServicesReport(
        programLabel(context.settings()), context.editionHas("mini-z"));
  }

  /**
   * The edition's name of the society's program, or the default when it sets none (or a blank one).
   */
  static String programLabel(Settings settings) {
    return settings
        .text(PROGRAM_LABEL)
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .orElse(DEFAULT_PROGRAM_LABEL);
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
