package org.joysurvey.testkit;

import java.util.List;
import java.util.OptionalInt;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.InstrumentMetadata;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.ReportContext;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.SettingDefinition;
import org.joysurvey.spi.Settings;

/**
 * A stand-in for the MBI-2 plugin in other plugins' tests (a plugin module cannot depend on
 * another). It is faithful to the real plugin (docs/instruments/mbi-2.md, {@code
 * instruments-plugins/mbi-2/.../Mbi2.java}) in what other sections see: id {@code mbi-2}; the
 * likert items {@code ee} and {@code dp}, 0..6 with the MBI's frequency labels; the integer setting
 * {@code threshold} (default 4, 1..6); derived {@code mbi-2.ee_high} and {@code mbi-2.dp_high} =
 * the item at or above the threshold (absent when unanswered), and {@code mbi-2.burnout} = true
 * when either answered item is high, false only when both are answered and neither is, otherwise
 * absent. Its section is empty. The WAR's tests check it against the real plugin.
 */
public final class Mbi2StandIn implements Instrument {

  private static final String[] FREQUENCIES = {
    "Never",
    "A few times a year or less",
    "Once a month or less",
    "A few times a month",
    "Once a week",
    "A few times a week",
    "Every day"
  };

  private static final List<Item> ITEMS =
      List.of(
          Item.likert("ee", "How often do you feel burned out from your work?", 0, FREQUENCIES),
          Item.likert(
              "dp",
              "How often do you feel you have become more callous toward people since you took this"
                  + " job?",
              0,
              FREQUENCIES));

  private static final List<SettingDefinition> SETTINGS =
      List.of(
          SettingDefinition.integer(
              "threshold",
              "High-score threshold",
              "An item answered at or above this frequency counts as high.",
              4,
              1,
              6));

  @Override
  public InstrumentMetadata metadata() {
    return new InstrumentMetadata("mbi-2", "stand-in", "MBI-2 stand-in", null, null);
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
    int threshold = settings.values().containsKey("threshold") ? settings.integer("threshold") : 4;
    Boolean ee = high(answers.scale("mbi-2.ee"), threshold);
    Boolean dp = high(answers.scale("mbi-2.dp"), threshold);
    Boolean burnout =
        Boolean.TRUE.equals(ee) || Boolean.TRUE.equals(dp)
            ? Boolean.TRUE
            : ee != null && dp != null ? Boolean.FALSE : null;
    return DerivedVariables.builder()
        .put("mbi-2.ee_high", ee)
        .put("mbi-2.dp_high", dp)
        .put("mbi-2.burnout", burnout)
        .build();
  }

  private static Boolean high(OptionalInt value, int threshold) {
    return value.isPresent() ? value.getAsInt() >= threshold : null;
  }

  @Override
  public SectionBuilder newReport(ReportContext context) {
    return StandIns.emptySection("MBI-2 stand-in");
  }
}
