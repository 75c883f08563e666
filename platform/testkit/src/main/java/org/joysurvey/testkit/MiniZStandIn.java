package org.joysurvey.testkit;

import java.util.List;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.InstrumentMetadata;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.ReportContext;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.ScoredResponse;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.Settings;

/**
 * A stand-in for the Mini-Z plugin in other plugins' tests (which must not depend on another plugin
 * module): id {@code mini-z}, item {@code burnout} (likert 1..5) and, per the spec, derived {@code
 * mini-z.burnout} = level >= 3. It lets a section see Mini-Z in the edition, as in production.
 */
public final class MiniZStandIn implements Instrument {

  @Override
  public InstrumentMetadata metadata() {
    return new InstrumentMetadata("mini-z", "test", "Mini-Z stand-in", null, null);
  }

  @Override
  public List<Item> items() {
    return List.of(Item.likert("burnout", "Burnout", 1, "1", "2", "3", "4", "5"));
  }

  @Override
  public DerivedVariables score(Answers answers, Settings settings) {
    var level = answers.scale("mini-z.burnout");
    return level.isPresent()
        ? DerivedVariables.builder().put("mini-z.burnout", level.getAsInt() >= 3).build()
        : DerivedVariables.NONE;
  }

  @Override
  public SectionBuilder newReport(ReportContext context) {
    return new SectionBuilder() {
      @Override
      public void accept(ScoredResponse response) {}

      @Override
      public ReportSection build() {
        return ReportSection.builder("Mini-Z stand-in").build();
      }
    };
  }
}
