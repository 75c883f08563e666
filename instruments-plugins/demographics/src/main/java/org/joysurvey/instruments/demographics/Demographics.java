package org.joysurvey.instruments.demographics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.joysurvey.spi.SubgroupDimension;

/**
 * Who answered: age band, gender, practice mode and specialty. Each answer is published as a
 * derived variable of the same name ({@code demographics.age_band} = {@code "36-45"}). Age band,
 * gender and practice mode are declared as subgroup dimensions ({@link #subgroups()}), which the
 * platform hands to the other instruments for their subgroup tables. An edition may enter the
 * distribution of the invited population for each item; the report then tests whether the sample
 * mirrors it.
 */
public final class Demographics implements Instrument {

  public static final String ID = "demographics";
  public static final String AGE_BAND = "age_band";
  public static final String GENDER = "gender";
  public static final String PRACTICE_MODE = "practice_mode";
  public static final String SPECIALTY = "specialty";

  /** Short setting key of an item's invited-population distribution: {@code population.<item>}. */
  public static final String POPULATION = "population.";

  private static final InstrumentMetadata METADATA =
      new InstrumentMetadata(
          ID,
          "1.0.0",
          "About you",
          "Four background questions: age band, gender, practice mode and specialty. Reports the"
              + " distribution of each, and, where the designer enters the distribution of the"
              + " invited population for an item, a chi-square goodness-of-fit test of whether the"
              + " sample mirrors the invited list. The answers are the subgroups (age band, gender,"
              + " practice mode) of the other instruments' reports.",
          "These are the society's own questions and use standard public categories; they may be"
              + " used and adapted freely.");

  private static final List<Item> ITEMS =
      List.of(
          Item.single(
              AGE_BAND,
              "What is your age?",
              Option.of("under-25", "Under 25"),
              Option.of("25-35", "25 to 35"),
              Option.of("36-45", "36 to 45"),
              Option.of("46-55", "46 to 55"),
              Option.of("56-65", "56 to 65"),
              Option.of("65+", "Over 65")),
          Item.single(
              GENDER,
              "What is your gender?",
              Option.of("male", "Male"),
              Option.of("female", "Female"),
              Option.of("nonbinary", "Non-binary"),
              Option.of("self-describe", "I describe myself another way"),
              Option.of("prefer-not", "Prefer not to say")),
          Item.single(
              PRACTICE_MODE,
              "Which best describes your main practice setting?",
              Option.of("small-independent", "Small independent practice (1-10 physicians)"),
              Option.of("medium-group", "Medium group practice (11-150 physicians)"),
              Option.of("large-group", "Large group or health system (more than 150 physicians)"),
              Option.of("government", "Government (e.g. county, VA, military)"),
              Option.of("fqhc", "Federally qualified health center (FQHC) or community clinic"),
              Option.of("academic", "Academic medical center"),
              Option.of("other", "Other")),
          Item.single(
              SPECIALTY,
              "What is your primary specialty?",
              Option.of("family-medicine", "Family medicine"),
              Option.of("internal-medicine", "Internal medicine"),
              Option.of("pediatrics", "Pediatrics"),
              Option.of("emergency-medicine", "Emergency medicine"),
              Option.of("anesthesiology", "Anesthesiology"),
              Option.of("surgery", "Surgery (any surgical specialty)"),
              Option.of("obstetrics-gynecology", "Obstetrics and gynecology"),
              Option.of("psychiatry", "Psychiatry"),
              Option.of("radiology", "Radiology"),
              Option.of("hospital-medicine", "Hospital medicine"),
              Option.of("other", "Other")));

  /** Short names of the items, as the report's titles use them. */
  static final Map<String, String> ITEM_NAMES =
      Map.of(
          AGE_BAND, "Age band",
          GENDER, "Gender",
          PRACTICE_MODE, "Practice mode",
          SPECIALTY, "Specialty");

  /**
   * The subgroups of the other instruments' reports: age band, gender and practice mode, not
   * specialty; with shorter labels for tables where an option's own is long.
   */
  private static final List<SubgroupDimension> SUBGROUPS =
      List.of(
          new SubgroupDimension(
              AGE_BAND,
              ITEM_NAMES.get(AGE_BAND),
              Map.of("25-35", "25-35", "36-45", "36-45", "46-55", "46-55", "56-65", "56-65")),
          new SubgroupDimension(
              GENDER, ITEM_NAMES.get(GENDER), Map.of("self-describe", "Self-described")),
          new SubgroupDimension(
              PRACTICE_MODE,
              ITEM_NAMES.get(PRACTICE_MODE),
              Map.of(
                  "small-independent", "Small independent (1-10)",
                  "medium-group", "Medium group (11-150)",
                  "large-group", "Large group (150+)",
                  "government", "Government",
                  "fqhc", "FQHC",
                  "academic", "Academic")));

  private static final List<SettingDefinition> SETTINGS = settingDefinitions();

  /** Full item codes, made once: scoring runs for every response of every report. */
  private static final List<String> FULL_CODES =
      ITEMS.stream().map(i -> ID + "." + i.code()).toList();

  /** Each item's option codes, as a set: scoring checks every answer against them. */
  private static final List<Set<String>> OPTION_CODES =
      ITEMS.stream()
          .map(i -> i.options().stream().map(Option::code).collect(Collectors.toUnmodifiableSet()))
          .toList();

  /**
   * What {@link #score} computes, for the codebook (docs/instruments/demographics.md): each answer
   * as it is, under the item's own code and with the item's options.
   */
  private static final List<DerivedVariable> DERIVED_VARIABLES =
      ITEMS.stream()
          .map(
              item ->
                  DerivedVariable.categorical(
                      ID + "." + item.code(),
                      ITEM_NAMES.get(item.code()) + " (the answer to " + item.code() + ")",
                      item.options(),
                      "the option code answered to the item '"
                          + item.code()
                          + "' (\""
                          + item.text()
                          + "\"), missing when unanswered"))
          .toList();

  private static List<SettingDefinition> settingDefinitions() {
    List<SettingDefinition> settings = new ArrayList<>();
    for (Item item : ITEMS) {
      String example =
          switch (item.code()) {
            case AGE_BAND -> "25-35:0.12, 36-45:0.32, 46-55:0.31, 56-65:0.18, 65+:0.07";
            case GENDER -> "male:0.54, female:0.46";
            case PRACTICE_MODE -> "small-independent:410, medium-group:520, large-group:4490";
            default -> "family-medicine:0.22, internal-medicine:0.2, pediatrics:0.15, other:0.43";
          };
      settings.add(
          SettingDefinition.text(
              POPULATION + item.code(),
              "Invited population: " + ITEM_NAMES.get(item.code()).toLowerCase(),
              "The distribution of "
                  + ITEM_NAMES.get(item.code()).toLowerCase()
                  + " among the physicians invited,"
                  + " as option:share pairs separated by commas, e.g. \""
                  + example
                  + "\". Shares, percentages or counts are all accepted; they are rescaled to sum"
                  + " to 100%. Options left out count as absent from the invited list: their"
                  + " respondents are left out of the test. Options: "
                  + String.join(", ", item.options().stream().map(Option::code).toList())
                  + ". Leave empty when unknown: the report then shows the sample only.",
              ""));
    }
    return List.copyOf(settings);
  }

  /**
   * The section's headline figures, as the white paper of a published report states them
   * (docs/instruments/demographics.md, "Key findings").
   */
  private static final List<KeyFinding> KEY_FINDINGS =
      List.of(
          new KeyFinding(
              ID + ".share." + PRACTICE_MODE + ".large-group",
              "{value} of respondents ({count} of {basis}) work in a large group or health"
                  + " system (more than 150 physicians){change}."));

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

  @Override
  public List<SubgroupDimension> subgroups() {
    return SUBGROUPS;
  }

  /** The derived variable of an item: {@code demographics.<item>}, the option code answered. */
  public static String variable(String item) {
    return ID + "." + item;
  }

  @Override
  public DerivedVariables score(Answers answers, Settings settings) {
    DerivedVariables.Builder derived = DerivedVariables.builder();
    for (int i = 0; i < ITEMS.size(); i++) {
      String code = FULL_CODES.get(i);
      Set<String> options = OPTION_CODES.get(i);
      // validated answers only hold the item's own options; the check keeps scoring total anyway
      answers.choice(code).filter(options::contains).ifPresent(answer -> derived.put(code, answer));
    }
    return derived.build();
  }

  @Override
  public SectionBuilder newReport(ReportContext context) {
    Map<String, Population.Parsed> populations = new LinkedHashMap<>();
    for (Item item : ITEMS) {
      String text = context.settings().text(POPULATION + item.code()).orElse("");
      populations.put(item.code(), Population.parse(text, item));
    }
    return new DemographicsReport(ITEMS, populations);
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
