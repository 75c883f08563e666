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
import org.joysurvey.spi.ScoredResponse;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.Settings;

/**
 * A test instrument with required items.
 *
 * <pre>
 * strict.consent   yes-no  required
 * strict.role      single  doctor, nurse; required, shown if consent = yes
 * </pre>
 */
public final class StrictInstrument implements Instrument {

  public static final String ID = "strict";

  @Override
  public InstrumentMetadata metadata() {
    return new InstrumentMetadata(ID, "1.0", "Strict", null, null);
  }

  @Override
  public List<Item> items() {
    return List.of(
        Item.yesNo("consent", "Do you consent?").asRequired(),
        Item.single("role", "Role?", Option.of("doctor", "Doctor"), Option.of("nurse", "Nurse"))
            .asRequired()
            .shownIf("consent", "yes"));
  }

  @Override
  public DerivedVariables score(Answers answers, Settings settings) {
    return DerivedVariables.NONE;
  }

  @Override
  public SectionBuilder newReport(ReportContext context) {
    return new SectionBuilder() {
      @Override
      public void accept(ScoredResponse response) {}

      @Override
      public ReportSection build() {
        return ReportSection.builder("Strict").build();
      }
    };
  }
}
