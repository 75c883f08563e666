package org.joysurvey.instruments.engagement;

import java.util.List;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.InstrumentMetadata;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.Option;
import org.joysurvey.spi.ReportContext;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.ScoredResponse;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.Settings;

/**
 * A stand-in for the demographics plugin, which is not on this module's class path: id {@code
 * demographics}, the three subgroup items with the spec's option codes (specialty is not a subgroup
 * dimension and is left out), and, per the spec, derived {@code demographics.<item>} = the option
 * code answered. Any code is accepted, so that tests can feed a group the real plugin does not know.
 */
final class DemographicsStandIn implements Instrument {

  static final List<Item> ITEMS = List.of(
      Item.single("age_band", "Age", options("under-25", "25-35", "36-45", "46-55", "56-65", "65+")),
      Item.single("gender", "Gender", options("male", "female", "nonbinary", "self-describe", "prefer-not")),
      Item.single("practice_mode", "Practice mode",
          options("small-independent", "medium-group", "large-group", "government", "fqhc", "academic", "other")));

  private static Option[] options(String... codes) {
    return java.util.Arrays.stream(codes).map(c -> Option.of(c, c)).toArray(Option[]::new);
  }

  @Override
  public InstrumentMetadata metadata() {
    return new InstrumentMetadata("demographics", "test", "Demographics stand-in", null, null);
  }

  @Override
  public List<Item> items() {
    return ITEMS;
  }

  @Override
  public DerivedVariables score(Answers answers, Settings settings) {
    DerivedVariables.Builder derived = DerivedVariables.builder();
    for (Item item : ITEMS) {
      answers.choice("demographics." + item.code()).ifPresent(code -> derived.put("demographics." + item.code(), code));
    }
    return derived.build();
  }

  @Override
  public SectionBuilder newReport(ReportContext context) {
    return new SectionBuilder() {
      @Override
      public void accept(ScoredResponse response) {}

      @Override
      public ReportSection build() {
        return ReportSection.builder("Demographics stand-in").build();
      }
    };
  }
}
