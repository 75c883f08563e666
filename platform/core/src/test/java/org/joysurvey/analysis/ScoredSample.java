package org.joysurvey.analysis;

import java.util.List;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.InstrumentMetadata;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.ReportContext;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.Settings;
import org.joysurvey.testing.SampleInstrument;

/**
 * The sample instrument's items, scored: {@code sample.agrees} (a flag), {@code sample.mood} (the
 * scale point, an integer), {@code sample.colour} (the answer to the single item, as demographics
 * publishes its answers) and {@code sample.age_decades} (a decimal); each absent when its item is
 * unanswered.
 */
final class ScoredSample implements Instrument {

  private final SampleInstrument sample = new SampleInstrument();

  @Override
  public InstrumentMetadata metadata() {
    return new InstrumentMetadata("sample", "2.1", "Sample, scored", "Every item type", "none");
  }

  @Override
  public List<Item> items() {
    return sample.items();
  }

  @Override
  public DerivedVariables score(Answers answers, Settings settings) {
    return DerivedVariables.builder()
        .put("sample.agrees", answers.choice("sample.agree").map("yes"::equals).orElse(null))
        .put(
            "sample.mood",
            answers.scale("sample.mood").isPresent()
                ? answers.scale("sample.mood").getAsInt()
                : null)
        .put("sample.colour", answers.choice("sample.colour").orElse(null))
        .put(
            "sample.age_decades",
            answers.values().get("sample.age") instanceof AnswerValue.Number n
                ? n.value().doubleValue() / 10
                : null)
        .put("other.ignored", 1)
        .build();
  }

  @Override
  public SectionBuilder newReport(ReportContext context) {
    return sample.newReport(context);
  }
}
