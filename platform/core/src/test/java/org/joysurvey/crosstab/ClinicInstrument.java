package org.joysurvey.crosstab;

import java.math.BigDecimal;
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
import org.joysurvey.spi.SubgroupDimension;

/**
 * A test instrument with an item of every kind a cross-tabulation takes or refuses, and derived
 * variables of every kind scoring gives.
 *
 * <pre>
 * clinic.burnout  likert  1..5          derived clinic.burnout: level 3 or above (yes/no)
 * clinic.mode     single  solo, group, hospital   (a subgroup dimension: derived clinic.mode)
 * clinic.night    yes-no                derived clinic.night: repeats the item
 * clinic.tasks    multi
 * clinic.hours    number                derived clinic.level: the burnout level (an integer)
 * clinic.note     text
 * </pre>
 */
final class ClinicInstrument implements Instrument {

  static final String ID = "clinic";

  @Override
  public InstrumentMetadata metadata() {
    return new InstrumentMetadata(ID, "1.0", "Clinic", "For cross-tabulation tests", "none");
  }

  @Override
  public List<Item> items() {
    return List.of(
        Item.likert("burnout", "How burned out are you?", 1, "None", "Some", "Yes", "Much", "All"),
        Item.single(
            "mode",
            "Where do you practise?",
            Option.of("solo", "Solo practice"),
            Option.of("group", "Group practice"),
            Option.of("hospital", "Hospital")),
        Item.yesNo("night", "Do you work nights?"),
        Item.multi("tasks", "Which tasks?", Option.of("a", "A"), Option.of("b", "B")),
        Item.number("hours", "Hours a week", BigDecimal.ZERO, new BigDecimal("100")),
        Item.text("note", "Anything else?"));
  }

  @Override
  public List<SubgroupDimension> subgroups() {
    return List.of(SubgroupDimension.of("mode", "Practice mode"));
  }

  @Override
  public DerivedVariables score(Answers answers, Settings settings) {
    DerivedVariables.Builder derived = DerivedVariables.builder();
    answers
        .scale(ID + ".burnout")
        .ifPresent(
            level -> {
              derived.put(ID + ".burnout", level >= 3);
              derived.put(ID + ".level", level);
            });
    answers.choice(ID + ".mode").ifPresent(mode -> derived.put(ID + ".mode", mode));
    answers
        .choice(ID + ".night")
        .ifPresent(night -> derived.put(ID + ".night", "yes".equals(night)));
    return derived.build();
  }

  @Override
  public SectionBuilder newReport(ReportContext context) {
    return new SectionBuilder() {
      @Override
      public void accept(ScoredResponse response) {}

      @Override
      public ReportSection build() {
        return ReportSection.builder("Clinic").build();
      }
    };
  }
}
