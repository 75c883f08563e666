package org.joysurvey.testing;

import java.util.List;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.InstrumentMetadata;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.Option;
import org.joysurvey.spi.ReportContext;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.SectionBuilder;

/**
 * Items whose answers look like spreadsheet formulas or are out of the ordinary, for the input
 * tests.
 *
 * <pre>
 * edge.delta   number   no minimum or maximum (answers such as -3 or 1e999999999)
 * edge.shift   likert   -2..2
 * edge.note    text     (at most 2000 characters)
 * edge.kind    single   plus, minus
 * </pre>
 */
public final class EdgeInstrument implements Instrument {

  @Override
  public InstrumentMetadata metadata() {
    return new InstrumentMetadata("edge", "1.0", "Edge", "Unusual answers", "none");
  }

  @Override
  public List<Item> items() {
    return List.of(
        Item.number("delta", "Change?", null, null),
        Item.likert("shift", "Shift", -2, "-2", "-1", "0", "1", "2"),
        Item.text("note", "Note?"),
        Item.single("kind", "Kind?", Option.of("plus", "Plus"), Option.of("minus", "Minus")));
  }

  @Override
  public DerivedVariables score(Answers answers, org.joysurvey.spi.Settings settings) {
    return DerivedVariables.NONE;
  }

  @Override
  public SectionBuilder newReport(ReportContext context) {
    return new SectionBuilder() {
      @Override
      public void accept(org.joysurvey.spi.ScoredResponse response) {}

      @Override
      public ReportSection build() {
        return ReportSection.builder("Edge").build();
      }
    };
  }
}
