package org.joysurvey.testkit;

import java.util.List;
import java.util.Map;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.InstrumentMetadata;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.Option;
import org.joysurvey.spi.ReportContext;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.Settings;
import org.joysurvey.spi.SubgroupDimension;

/**
 * A stand-in for the demographics plugin in other plugins' tests (a plugin module cannot depend on
 * another). It is faithful to the real plugin (docs/instruments/demographics.md, {@code
 * instruments-plugins/demographics/.../Demographics.java}) in what other sections see: id {@code
 * demographics}; the single items {@code age_band}, {@code gender}, {@code practice_mode} and
 * {@code specialty} with the real option codes and labels; derived {@code demographics.<item>} =
 * the option code answered, only when it is one of the item's options; and the same subgroup
 * dimensions (age band, gender, practice mode, with the real short labels), which the platform
 * passes to every section. It has no settings and its section is empty. The WAR's tests check it
 * against the real plugin.
 */
public final class DemographicsStandIn implements Instrument {

  private static final List<Item> ITEMS =
      List.of(
          Item.single(
              "age_band",
              "What is your age?",
              Option.of("under-25", "Under 25"),
              Option.of("25-35", "25 to 35"),
              Option.of("36-45", "36 to 45"),
              Option.of("46-55", "46 to 55"),
              Option.of("56-65", "56 to 65"),
              Option.of("65+", "Over 65")),
          Item.single(
              "gender",
              "What is your gender?",
              Option.of("male", "Male"),
              Option.of("female", "Female"),
              Option.of("nonbinary", "Non-binary"),
              Option.of("self-describe", "I describe myself another way"),
              Option.of("prefer-not", "Prefer not to say")),
          Item.single(
              "practice_mode",
              "Which best describes your main practice setting?",
              Option.of("small-independent", "Small independent practice (1-10 physicians)"),
              Option.of("medium-group", "Medium group practice (11-150 physicians)"),
              Option.of("large-group", "Large group or health system (more than 150 physicians)"),
              Option.of("government", "Government (e.g. county, VA, military)"),
              Option.of("fqhc", "Federally qualified health center (FQHC) or community clinic"),
              Option.of("academic", "Academic medical center"),
              Option.of("other", "Other")),
          Item.single(
              "specialty",
              "What is your primary specialty?",
              Option.of("family-medicine", "Family medicine"),
              Option.of("internal-medicine", "Internal medicine"),
              Option.of("pediatrics", "Pediatrics"),
              Option.of("emergency-medicine", "Emergency medicine"),
              Option.of("anesthesiology", "Anesthesiology"),
              Option.of("surgery", "Surgery (any surgical specialty)"),
              Option.of("obstetrics-gynecology", "Obstetrics and gynecology"),
              Option.of("psychiatry", "Psychiatry"),
              Option.of("radiology", "Radiology"),
              Option.of("hospital-medicine", "Hospital medicine"),
              Option.of("other", "Other")));

  private static final List<SubgroupDimension> SUBGROUPS =
      List.of(
          new SubgroupDimension(
              "age_band",
              "Age band",
              Map.of("25-35", "25-35", "36-45", "36-45", "46-55", "46-55", "56-65", "56-65")),
          new SubgroupDimension("gender", "Gender", Map.of("self-describe", "Self-described")),
          new SubgroupDimension(
              "practice_mode",
              "Practice mode",
              Map.of(
                  "small-independent", "Small independent (1-10)",
                  "medium-group", "Medium group (11-150)",
                  "large-group", "Large group (150+)",
                  "government", "Government",
                  "fqhc", "FQHC",
                  "academic", "Academic")));

  private final boolean anyCode;

  public DemographicsStandIn() {
    this(false);
  }

  private DemographicsStandIn(boolean anyCode) {
    this.anyCode = anyCode;
  }

  /**
   * The one deliberate departure from the real plugin: this stand-in publishes whatever code was
   * answered, so that a test fed unvalidated answers can show what a section does with a group its
   * dimension does not list. Validated rows cannot hold such a code.
   */
  public static DemographicsStandIn publishingAnyCode() {
    return new DemographicsStandIn(true);
  }

  @Override
  public InstrumentMetadata metadata() {
    return new InstrumentMetadata("demographics", "stand-in", "Demographics stand-in", null, null);
  }

  @Override
  public List<Item> items() {
    return ITEMS;
  }

  @Override
  public List<SubgroupDimension> subgroups() {
    return SUBGROUPS;
  }

  @Override
  public DerivedVariables score(Answers answers, Settings settings) {
    DerivedVariables.Builder derived = DerivedVariables.builder();
    for (Item item : ITEMS) {
      String code = "demographics." + item.code();
      answers
          .choice(code)
          .filter(answer -> anyCode || item.option(answer).isPresent())
          .ifPresent(answer -> derived.put(code, answer));
    }
    return derived.build();
  }

  @Override
  public SectionBuilder newReport(ReportContext context) {
    return StandIns.emptySection("Demographics stand-in");
  }
}
