package org.joysurvey.instruments.mbi2;

import java.util.List;
import java.util.OptionalInt;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariable;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.InstrumentMetadata;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.KeyFinding;
import org.joysurvey.spi.ReportContext;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.SettingDefinition;
import org.joysurvey.spi.Settings;

/**
 * Two single items of the Maslach Burnout Inventory: emotional exhaustion (item 8) and
 * depersonalization (item 10), on the MBI's 0-6 frequency scale. A respondent is burned out when
 * either item reaches the threshold (West et al. 2009, 2012).
 */
public final class Mbi2 implements Instrument {

  public static final String ID = "mbi-2";
  public static final String EE_ITEM = ID + ".ee";
  public static final String DP_ITEM = ID + ".dp";
  public static final String EE_HIGH = ID + ".ee_high";
  public static final String DP_HIGH = ID + ".dp_high";
  public static final String BURNOUT = ID + ".burnout";
  public static final String THRESHOLD = "threshold";
  public static final int DEFAULT_THRESHOLD = 4;

  /** The MBI frequency scale in its own order and coding, 0..6. */
  static final List<String> FREQUENCIES =
      List.of(
          "Never",
          "A few times a year or less",
          "Once a month or less",
          "A few times a month",
          "Once a week",
          "A few times a week",
          "Every day");

  private static final InstrumentMetadata METADATA =
      new InstrumentMetadata(
          ID,
          "1.0.0",
          "Maslach Burnout Inventory, two items",
          "Emotional exhaustion and depersonalization, one MBI item each, on the MBI's frequency"
              + " scale (0 never .. 6 every day). Burnout = either item at or above the threshold"
              + " (default 4, once a week or more). Reports the burnout rate, each item's high rate"
              + " and distribution, and, with Mini-Z in the same edition, the agreement of the two"
              + " measures (phi).",
          "The MBI items are copyrighted by Mind Garden, Inc. (www.mindgarden.com). The wording"
              + " shipped here is a paraphrase of the items' intent; a society that uses the MBI"
              + " must hold a licence from Mind Garden and may then use the licensed wording.");

  private static final List<Item> ITEMS =
      List.of(
          Item.likert(
              "ee",
              "How often do you feel burned out from your work?",
              0,
              FREQUENCIES.toArray(String[]::new)),
          Item.likert(
              "dp",
              "How often do you feel you have become more callous toward people since you took this"
                  + " job?",
              0,
              FREQUENCIES.toArray(String[]::new)));

  private static final List<SettingDefinition> SETTINGS =
      List.of(
          SettingDefinition.integer(
              THRESHOLD,
              "High-score threshold",
              "An item answered at or above this frequency counts as high. 4 = once a week or more"
                  + " (West et al. 2009, 2012); 5 = a few times a week or more, a stricter"
                  + " published cutoff.",
              DEFAULT_THRESHOLD,
              1,
              6));

  /**
   * The section's headline figures, as the white paper of a published report states them
   * (docs/instruments/mbi-2.md, "Key findings").
   */
  private static final List<KeyFinding> KEY_FINDINGS =
      List.of(
          new KeyFinding(
              Mbi2Report.BURNOUT_RATE,
              "{value} of respondents ({count} of {basis}) reported burnout on either MBI item,"
                  + " emotional exhaustion or depersonalization{change}."),
          new KeyFinding(
              Mbi2Report.EE_HIGH_RATE,
              "{value} of respondents reported high emotional exhaustion{change}."),
          new KeyFinding(
              Mbi2Report.DP_HIGH_RATE,
              "{value} of respondents reported high depersonalization{change}."));

  /**
   * What {@link #score} computes, for the codebook (docs/instruments/mbi-2.md); the threshold is
   * the edition's setting, so the rules name it.
   */
  private static final List<DerivedVariable> DERIVED_VARIABLES =
      List.of(
          DerivedVariable.binary(
              EE_HIGH,
              "High emotional exhaustion (MBI item 'ee' at or above the threshold)",
              "Below the threshold",
              "At or above the threshold",
              "1 when the MBI item 'ee' (emotional exhaustion, 0 never to 6 every day) is at or"
                  + " above the edition's threshold (setting 'threshold', default 4: once a week"
                  + " or more), 0 when below, missing when unanswered"),
          DerivedVariable.binary(
              DP_HIGH,
              "High depersonalization (MBI item 'dp' at or above the threshold)",
              "Below the threshold",
              "At or above the threshold",
              "1 when the MBI item 'dp' (depersonalization, 0 never to 6 every day) is at or"
                  + " above the edition's threshold (setting 'threshold', default 4: once a week"
                  + " or more), 0 when below, missing when unanswered"),
          DerivedVariable.binary(
              BURNOUT,
              "Burnout on the MBI (either item at or above the threshold)",
              "No burnout",
              "Burnout",
              "1 when ee_high or dp_high is 1; 0 when both are 0; missing when one item is"
                  + " unanswered and the other is not high"));

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
  public DerivedVariables score(Answers answers, Settings settings) {
    int threshold =
        settings.values().containsKey(THRESHOLD) ? settings.integer(THRESHOLD) : DEFAULT_THRESHOLD;
    Boolean eeHigh = high(answers.scale(EE_ITEM), threshold);
    Boolean dpHigh = high(answers.scale(DP_ITEM), threshold);
    Boolean burnout;
    if (Boolean.TRUE.equals(eeHigh) || Boolean.TRUE.equals(dpHigh)) {
      burnout = true;
    } else if (eeHigh != null && dpHigh != null) {
      burnout = false;
    } else {
      burnout = null; // one item missing and the other not high: unknown
    }
    return DerivedVariables.builder()
        .put(EE_HIGH, eeHigh)
        .put(DP_HIGH, dpHigh)
        .put(BURNOUT, burnout)
        .build();
  }

  private static Boolean high(OptionalInt value, int threshold) {
    return value.isPresent() ? value.getAsInt() >= threshold : null;
  }

  @Override
  public SectionBuilder newReport(ReportContext context) {
    int threshold =
        context.settings().values().containsKey(THRESHOLD)
            ? context.settings().integer(THRESHOLD)
            : DEFAULT_THRESHOLD;
    return new Mbi2Report(threshold, context.editionHas("mini-z"));
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
