package org.joysurvey.testkit;

import java.util.List;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.InstrumentMetadata;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.ReportContext;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.Settings;

/**
 * A stand-in for the Mini-Z plugin in other plugins' tests (a plugin module cannot depend on
 * another). It is faithful to the real plugin (docs/instruments/mini-z.md, {@code
 * instruments-plugins/mini-z/.../MiniZ.java}) in what other sections see: id {@code mini-z}; the
 * likert item {@code burnout}, levels 1..5 with the real labels; derived {@code mini-z.level} = the
 * level answered and {@code mini-z.burnout} = level 3 or above, both absent when unanswered. Its
 * settings (an external benchmark, which changes no scoring) and its section are left out. The
 * WAR's tests check it against the real plugin.
 */
public final class MiniZStandIn implements Instrument {

  private static final List<Item> ITEMS =
      List.of(
          Item.likert(
              "burnout",
              "Using your own definition of burnout, please choose one of the numbers below:",
              1,
              "I enjoy my work. I have no symptoms of burnout.",
              "Occasionally I am under stress, and I don't always have as much energy as I once"
                  + " did, but I don't feel burned out.",
              "I am definitely burning out and have one or more symptoms of burnout, such as"
                  + " physical and emotional exhaustion.",
              "The symptoms of burnout that I'm experiencing won't go away. I think about"
                  + " frustration at work a lot.",
              "I feel completely burned out and often wonder if I can go on. I am at the point"
                  + " where I may need some changes or may need to seek some sort of help."));

  @Override
  public InstrumentMetadata metadata() {
    return new InstrumentMetadata("mini-z", "stand-in", "Mini-Z stand-in", null, null);
  }

  @Override
  public List<Item> items() {
    return ITEMS;
  }

  @Override
  public DerivedVariables score(Answers answers, Settings settings) {
    var level = answers.scale("mini-z.burnout");
    if (level.isEmpty()) {
      return DerivedVariables.NONE;
    }
    return DerivedVariables.builder()
        .put("mini-z.level", level.getAsInt())
        .put("mini-z.burnout", level.getAsInt() >= 3)
        .build();
  }

  @Override
  public SectionBuilder newReport(ReportContext context) {
    return StandIns.emptySection("Mini-Z stand-in");
  }
}
