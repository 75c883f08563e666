package org.joysurvey.instruments.miniz;

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
 * The Mini-Z single-item burnout measure (Linzer et al.): five levels, burnout at level 3 or above.
 */
public final class MiniZ implements Instrument {

  public static final String ID = "mini-z";
  public static final String BURNOUT_ITEM = ID + ".burnout";

  /** Derived: level 3 or above. */
  public static final String BURNOUT = ID + ".burnout";

  /** Derived: the level answered, 1..5. */
  public static final String LEVEL = ID + ".level";

  /** The lowest level that counts as burnout. */
  public static final int BURNOUT_LEVEL = 3;

  static final List<String> LEVEL_LABELS =
      List.of(
          "I enjoy my work. I have no symptoms of burnout.",
          "Occasionally I am under stress, and I don't always have as much energy as I once did,"
              + " but I don't feel burned out.",
          "I am definitely burning out and have one or more symptoms of burnout, such as physical"
              + " and emotional exhaustion.",
          "The symptoms of burnout that I'm experiencing won't go away. I think about frustration"
              + " at work a lot.",
          "I feel completely burned out and often wonder if I can go on. I am at the point where I"
              + " may need some changes or may need to seek some sort of help.");

  private static final InstrumentMetadata METADATA =
      new InstrumentMetadata(
          ID,
          "1.0.0",
          "Mini-Z burnout measure",
          "A single self-rated burnout item from the Mini-Z survey: five levels from enjoying work"
              + " to complete burnout. Burnout is level 3 or above. Reports the burnout rate with"
              + " its 95% Wilson interval, the distribution of the levels and, with demographics in"
              + " the edition, burnout by age band, gender and practice mode.",
          "Mini-Z (Linzer M. et al., Hennepin Healthcare / Professional Worklife) is free for"
              + " non-commercial use; commercial use needs permission from its authors.");

  private static final List<Item> ITEMS =
      List.of(
          Item.likert(
              "burnout",
              "Using your own definition of burnout, please choose one of the numbers below:",
              1,
              LEVEL_LABELS.toArray(String[]::new)));

  /** Setting: a published burnout rate to compare with, e.g. a national one ("0.42" or "42%"). */
  public static final String BENCHMARK_RATE = "benchmark_rate";

  /** Setting: where that rate comes from. */
  public static final String BENCHMARK_SOURCE = "benchmark_source";

  private static final List<SettingDefinition> SETTINGS =
      List.of(
          SettingDefinition.text(
              BENCHMARK_RATE,
              "External benchmark: burnout rate",
              "A published burnout rate to compare this edition's with, such as a national rate: a"
                  + " share (0.42) or a percentage (42%). Leave empty for none.",
              ""),
          SettingDefinition.text(
              BENCHMARK_SOURCE,
              "External benchmark: source",
              "Where the benchmark rate comes from, e.g. \"National physician survey, 2020\".",
              ""));

  /**
   * The section's headline figures, as the white paper of a published report states them
   * (docs/instruments/mini-z.md, "Key findings").
   */
  private static final List<KeyFinding> KEY_FINDINGS =
      List.of(
          new KeyFinding(
              MiniZReport.BURNOUT_RATE,
              "{value} of respondents ({count} of {basis}) reported burnout on the Mini-Z (level"
                  + " 3 or above){change}."),
          new KeyFinding(
              MiniZReport.LEVEL_SHARE + 5,
              "{value} of respondents were at the highest Mini-Z level, completely burned"
                  + " out{change}."),
          new KeyFinding(
              MiniZReport.LEVEL_SHARE + 1,
              "{value} of respondents enjoyed their work with no symptoms of burnout (Mini-Z"
                  + " level 1){change}."));

  /** What {@link #score} computes, for the codebook (docs/instruments/mini-z.md). */
  private static final List<DerivedVariable> DERIVED_VARIABLES =
      List.of(
          DerivedVariable.binary(
              BURNOUT,
              "Burnout on the Mini-Z (level 3 or more)",
              "No burnout (level 1 or 2)",
              "Burnout (level 3 or more)",
              "1 when the burnout level is 3 or more (Mini-Z item 'burnout'), 0 when it is 1 or"
                  + " 2, missing when unanswered"),
          DerivedVariable.categorical(
              LEVEL,
              "Mini-Z burnout level (1 to 5)",
              List.of(
                  Option.of("1", "1: no symptoms of burnout"),
                  Option.of("2", "2: occasionally under stress, not burned out"),
                  Option.of("3", "3: definitely burning out"),
                  Option.of("4", "4: symptoms that won't go away"),
                  Option.of("5", "5: completely burned out")),
              "the level answered to the Mini-Z item 'burnout', 1 to 5, missing when"
                  + " unanswered"));

  @Override
  public InstrumentMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Item> items() {
    return ITEMS;
  }

  @Override
  public DerivedVariables score(Answers answers, Settings settings) {
    var level = answers.scale(BURNOUT_ITEM);
    if (level.isEmpty()) {
      return DerivedVariables.NONE;
    }
    return DerivedVariables.builder()
        .put(LEVEL, level.getAsInt())
        .put(BURNOUT, level.getAsInt() >= BURNOUT_LEVEL)
        .build();
  }

  @Override
  public List<SettingDefinition> settings() {
    return SETTINGS;
  }

  @Override
  public SectionBuilder newReport(ReportContext context) {
    return new MiniZReport(
        context.subgroups(),
        context.settings().text(BENCHMARK_RATE).orElse(""),
        context.settings().text(BENCHMARK_SOURCE).orElse(""));
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
