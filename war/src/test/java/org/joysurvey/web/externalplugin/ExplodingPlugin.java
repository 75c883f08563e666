package org.joysurvey.web.externalplugin;

import java.util.List;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.InstrumentMetadata;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.ReportContext;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.Settings;

/** A broken plugin: it fails as it is created. The application must start anyway and report it. */
public class ExplodingPlugin implements Instrument {

  public ExplodingPlugin() {
    throw new IllegalStateException("cannot read my configuration");
  }

  @Override
  public InstrumentMetadata metadata() {
    return null;
  }

  @Override
  public List<Item> items() {
    return List.of();
  }

  @Override
  public DerivedVariables score(Answers answers, Settings settings) {
    return DerivedVariables.NONE;
  }

  @Override
  public SectionBuilder newReport(ReportContext context) {
    return null;
  }
}
