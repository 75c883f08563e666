package org.joysurvey.instruments.miniz;

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
 * demographics}, the spec's single items, and each answer published as a String derived variable of
 * the same name ({@code demographics.age_band} = {@code "36-45"}), as Subgroups expects.
 */
final class DemographicsStandIn implements Instrument {

  static final List<String> ITEMS = List.of("age_band", "gender", "practice_mode", "specialty");

  @Override
  public InstrumentMetadata metadata() {
    return new InstrumentMetadata("demographics", "test", "Demographics stand-in", null, null);
  }

  @Override
  public List<Item> items() {
    return List.of(
        single("age_band", "under-25", "25-35", "36-45", "46-55", "56-65", "65+"),
        single("gender", "male", "female", "nonbinary", "self-describe", "prefer-not"),
        single("practice_mode", "small-independent", "medium-group", "large-group", "government", "fqhc", "academic",
            "other"),
        single("specialty", "family-medicine", "internal-medicine", "pediatrics", "emergency-medicine", "anesthesiology",
            "surgery", "obstetrics-gynecology", "psychiatry", "radiology", "hospital-medicine", "other"));
  }

  private static Item single(String code, String... options) {
    return Item.single(code, code, List.of(options).stream().map(o -> Option.of(o, o)).toArray(Option[]::new));
  }

  @Override
  public DerivedVariables score(Answers answers, Settings settings) {
    DerivedVariables.Builder derived = DerivedVariables.builder();
    for (String item : ITEMS) {
      derived.put("demographics." + item, answers.choice("demographics." + item).orElse(null));
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
