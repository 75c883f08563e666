package org.joysurvey.instruments.covid19;

import java.util.List;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariable;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.InstrumentMetadata;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.KeyFinding;
import org.joysurvey.spi.Option;
import org.joysurvey.spi.ReportContext;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.Settings;

/**
 * The impact of the COVID-19 pandemic on physicians: expected changes to practice, felt obligation
 * to work, worries, change in working hours and quality of life, and free-text consequences. With
 * Mini-Z or MBI-2 in the edition, the report tests whether the change in hours and in quality of
 * life is associated with burnout (Pearson chi-square test of independence).
 */
public final class Covid19Impact implements Instrument {

  public static final String ID = "covid19-impact";

  public static final String FUTURE_PRACTICE = "future_practice";
  public static final String FUTURE_CHANGES = "future_changes";
  public static final String OBLIGATED_TO_WORK = "obligated_to_work";
  public static final String WORRIES = "worries";
  public static final String HOURS_CHANGE = "hours_change";
  public static final String QUALITY_OF_LIFE = "quality_of_life";
  public static final String CONSEQUENCES = "consequences";

  /** The burnout flags the cross tables use, with the instrument that publishes each. */
  static final String MINI_Z = "mini-z";

  static final String MINI_Z_BURNOUT = "mini-z.burnout";
  static final String MBI_2 = "mbi-2";
  static final String MBI_2_BURNOUT = "mbi-2.burnout";

  private static final InstrumentMetadata METADATA =
      new InstrumentMetadata(
          ID,
          "1.0.0",
          "Impact of the COVID-19 pandemic",
          "How the pandemic affected physicians: whether it will change how they practice (and"
              + " how), whether they felt obliged to work despite great risk, what they worried"
              + " about, how their working hours and quality of life changed, and its positive and"
              + " negative consequences in their own words. With Mini-Z or MBI-2 in the same"
              + " edition, the change in hours and in quality of life is cross-tabulated with"
              + " burnout and tested with Pearson's chi-square test of independence.",
          "The items are the medical society's own, written for its physician well-being survey;"
              + " they are free to use and adapt (no third-party licence applies).");

  static final Item FUTURE_PRACTICE_ITEM =
      Item.yesNo(
          FUTURE_PRACTICE,
          "Do you expect the COVID-19 pandemic to change how you practice in the future?");

  static final Item FUTURE_CHANGES_ITEM =
      Item.multi(
              FUTURE_CHANGES,
              "Which changes do you expect? Choose all that apply.",
              Option.of("telemedicine", "More telemedicine"),
              Option.of("ppe", "More use of personal protective equipment (PPE)"),
              Option.of("fewer-in-person", "Fewer in-person visits"),
              Option.of("remote-work", "More work from home or other remote work"),
              Option.of("other", "Other"))
          .shownIf(FUTURE_PRACTICE, "yes");

  static final Item OBLIGATED_TO_WORK_ITEM =
      Item.yesNo(
          OBLIGATED_TO_WORK,
          "During the pandemic, have you felt obliged to work despite a great risk to your own"
              + " health?");

  static final Item WORRIES_ITEM =
      Item.multi(
          WORRIES,
          "During the pandemic, what have you worried about? Choose all that apply.",
          Option.of("loved-ones-sick", "Family members or friends becoming ill"),
          Option.of("self-sick", "Becoming ill myself"),
          Option.of("finances", "My finances"),
          Option.of("job-security", "My job security"),
          Option.of("childcare", "Childcare"),
          Option.of("ppe-shortage", "A shortage of personal protective equipment"),
          Option.of("other", "Other"));

  static final Item HOURS_CHANGE_ITEM =
      Item.single(
          HOURS_CHANGE,
          "Since the start of the pandemic, how have your working hours changed?",
          Option.of("decreased-a-lot", "Decreased a lot"),
          Option.of("decreased", "Decreased"),
          Option.of("same", "Stayed about the same"),
          Option.of("increased", "Increased"),
          Option.of("increased-a-lot", "Increased a lot"));

  static final Item QUALITY_OF_LIFE_ITEM =
      Item.single(
          QUALITY_OF_LIFE,
          "Since the start of the pandemic, how has your quality of life changed?",
          Option.of("worse", "Worse"),
          Option.of("same", "About the same"),
          Option.of("better", "Better"));

  static final Item CONSEQUENCES_ITEM =
      Item.text(
          CONSEQUENCES,
          "What positive or negative consequences has the pandemic had for you and your work?");

  private static final List<Item> ITEMS =
      List.of(
          FUTURE_PRACTICE_ITEM,
          FUTURE_CHANGES_ITEM,
          OBLIGATED_TO_WORK_ITEM,
          WORRIES_ITEM,
          HOURS_CHANGE_ITEM,
          QUALITY_OF_LIFE_ITEM,
          CONSEQUENCES_ITEM);

  /**
   * The section's headline figures, as the white paper of a published report states them
   * (docs/instruments/covid19-impact.md, "Key findings").
   */
  private static final List<KeyFinding> KEY_FINDINGS =
      List.of(
          new KeyFinding(
              ID + ".yes_rate." + FUTURE_PRACTICE,
              "{value} of respondents ({count} of {basis}) expect the pandemic to change how"
                  + " they practice in the future{change}."),
          new KeyFinding(
              ID + ".yes_rate." + OBLIGATED_TO_WORK,
              "{value} of respondents felt obliged to work during the pandemic despite a great"
                  + " risk to their own health{change}."),
          new KeyFinding(
              ID + "." + WORRIES + ".loved-ones-sick",
              "{value} of respondents worried about family members or friends becoming"
                  + " ill{change}."),
          new KeyFinding(
              ID + ".share." + QUALITY_OF_LIFE + ".worse",
              "{value} of respondents said their quality of life had become worse since the"
                  + " start of the pandemic{change}."));

  @Override
  public InstrumentMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Item> items() {
    return ITEMS;
  }

  /** The spec defines no derived variables for this instrument: the report reads the answers. */
  @Override
  public DerivedVariables score(Answers answers, Settings settings) {
    return DerivedVariables.NONE;
  }

  @Override
  public SectionBuilder newReport(ReportContext context) {
    return new Covid19ImpactReport(context.editionHas(MINI_Z), context.editionHas(MBI_2));
  }

  /** The full code of a short item code ({@code covid19-impact.worries}). */
  static String code(String item) {
    return ID + "." + item;
  }

  @Override
  public List<KeyFinding> keyFindings() {
    return KEY_FINDINGS;
  }

  /**
   * None: {@link #score} computes no variable (the codebook lists this instrument's items only).
   */
  @Override
  public List<DerivedVariable> derivedVariables() {
    return List.of();
  }
}
