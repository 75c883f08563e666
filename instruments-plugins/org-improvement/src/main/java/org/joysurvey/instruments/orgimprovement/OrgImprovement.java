package org.joysurvey.instruments.orgimprovement;

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
 * Organizational improvement suggestions: what would most improve work-life balance (rank up to
 * three) and the EHR experience (rank up to five), each with a free text for "other".
 */
public final class OrgImprovement implements Instrument {

  public static final String ID = "org-improvement";

  /** Short item codes. */
  public static final String WORKLIFE = "worklife_top3";

  public static final String WORKLIFE_OTHER = "worklife_other";
  public static final String EHR = "ehr_top5";
  public static final String EHR_OTHER = "ehr_other";

  /** The option that opens the matching free-text item. */
  public static final String OTHER = "other";

  static final Item WORKLIFE_ITEM =
      Item.ranked(
          WORKLIFE,
          "Which of these would most improve your work-life balance? Rank up to three, the most"
              + " important first.",
          3,
          Option.of("schedule-control", "More control over my schedule"),
          Option.of("self-care-time", "Protected time for self-care"),
          Option.of("fewer-hours", "Fewer work hours"),
          Option.of(
              "personal-assistant", "A personal assistant for errands and non-clinical tasks"),
          Option.of(
              "healthy-activity-time",
              "Time for healthy activities, such as exercise or proper meals"),
          Option.of(OTHER, "Something else"));

  static final Item EHR_ITEM =
      Item.ranked(
          EHR,
          "Which of these would most improve your work with the electronic health record (EHR)?"
              + " Rank up to five, the most helpful first.",
          5,
          Option.of("in-person-scribes", "In-person scribes"),
          Option.of("voice-recognition", "Voice recognition (dictation) software"),
          Option.of("hie-integration", "Integration with the health information exchange (HIE)"),
          Option.of("remote-scribes", "Remote (virtual) scribes"),
          Option.of("one-on-one-training", "One-on-one EHR training"),
          Option.of(
              "additional-training", "Additional EHR training, such as classes or tip sheets"),
          Option.of(OTHER, "Something else"));

  private static final InstrumentMetadata METADATA =
      new InstrumentMetadata(
          ID,
          "1.0.0",
          "Organizational improvement suggestions",
          "What physicians would most like their organization to change: up to three work-life"
              + " measures and up to five EHR measures, ranked, each with a free text for other"
              + " ideas. Reports, per option, the share of respondents who ranked it and its mean"
              + " rank, sorted by share, and lists the other ideas.",
          "The items are the medical society's own, written for this platform after the 2020 Joy of"
              + " Medicine survey of the Sierra Sacramento Valley Medical Society; they are not a"
              + " copyrighted instrument and may be used and adapted freely.");

  private static final List<Item> ITEMS =
      List.of(
          WORKLIFE_ITEM,
          Item.text(WORKLIFE_OTHER, "What else would improve your work-life balance?")
              .shownIf(WORKLIFE, OTHER),
          EHR_ITEM,
          Item.text(EHR_OTHER, "What else would improve your work with the EHR?")
              .shownIf(EHR, OTHER));

  /**
   * The section's headline figures, as the white paper of a published report states them
   * (docs/instruments/org-improvement.md, "Key findings").
   */
  private static final List<KeyFinding> KEY_FINDINGS =
      List.of(
          new KeyFinding(
              ID + "." + WORKLIFE + ".schedule-control",
              "{value} of those who ranked changes to their work-life balance ({count} of"
                  + " {basis}) put more control over their schedule among their top"
                  + " three{change}."),
          new KeyFinding(
              ID + "." + EHR + ".in-person-scribes",
              "{value} of those who ranked changes to their work with the EHR ({count} of"
                  + " {basis}) put in-person scribes among their top five{change}."));

  @Override
  public InstrumentMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Item> items() {
    return ITEMS;
  }

  /** Rankings are reported as they are; they define no per-response variable. */
  @Override
  public DerivedVariables score(Answers answers, Settings settings) {
    return DerivedVariables.NONE;
  }

  @Override
  public SectionBuilder newReport(ReportContext context) {
    return new OrgImprovementReport();
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
