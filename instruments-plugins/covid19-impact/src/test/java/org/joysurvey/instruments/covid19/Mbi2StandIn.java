package org.joysurvey.instruments.covid19;

import java.util.List;
import java.util.OptionalInt;
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
 * A stand-in for the MBI-2 plugin, which is not on this module's class path: id {@code mbi-2}, items
 * {@code ee} and {@code dp} (likert 0..6) and, per the spec with the default threshold 4, derived
 * {@code mbi-2.burnout} = true when either answered item is >= 4, false only when both are answered
 * and neither is, otherwise unknown (absent).
 */
final class Mbi2StandIn implements Instrument {

  static final int THRESHOLD = 4;

  @Override
  public InstrumentMetadata metadata() {
    return new InstrumentMetadata("mbi-2", "test", "MBI-2 stand-in", null, null);
  }

  @Override
  public List<Item> items() {
    String[] points = {"0", "1", "2", "3", "4", "5", "6"};
    return List.of(Item.likert("ee", "EE", 0, points), Item.likert("dp", "DP", 0, points));
  }

  @Override
  public DerivedVariables score(Answers answers, Settings settings) {
    Boolean ee = high(answers.scale("mbi-2.ee"));
    Boolean dp = high(answers.scale("mbi-2.dp"));
    Boolean burnout = Boolean.TRUE.equals(ee) || Boolean.TRUE.equals(dp) ? Boolean.TRUE
        : ee != null && dp != null ? Boolean.FALSE : null;
    return DerivedVariables.builder().put("mbi-2.burnout", burnout).build();
  }

  private static Boolean high(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() >= THRESHOLD : null;
  }

  @Override
  public SectionBuilder newReport(ReportContext context) {
    return new SectionBuilder() {
      @Override
      public void accept(ScoredResponse response) {}

      @Override
      public ReportSection build() {
        return ReportSection.builder("MBI-2 stand-in").build();
      }
    };
  }
}
