package org.joysurvey.instruments.telemedicine;

import java.util.ArrayList;
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
 * Telemedicine: whether physicians use it and, for those who do, whether it is integrated with
 * their EHR and what they think of it (six agree/disagree statements).
 */
public final class Telemedicine implements Instrument {

  public static final String ID = "telemedicine";
  public static final String USES = "uses";
  public static final String EHR_INTEGRATED = "ehr_integrated";

  /** Derived: the respondent uses telemedicine (uses = yes). */
  public static final String USES_VARIABLE = ID + ".uses";

  /** An agree/disagree statement asked of users: short code, report label, question. */
  record Statement(String code, String label, String text) {}

  static final List<Statement> STATEMENTS =
      List.of(
          new Statement(
              "improves_access",
              "Improves patients' access to care",
              "Telemedicine improves my patients' access to care."),
          new Statement(
              "user_friendly",
              "Is user-friendly",
              "The telemedicine tools I use are user-friendly."),
          new Statement(
              "improves_worklife", "Improves my work life", "Telemedicine improves my work life."),
          new Statement(
              "improves_care",
              "Improves the quality of care",
              "Telemedicine improves the quality of care I provide."),
          new Statement(
              "attracts_patients",
              "Attracts new patients",
              "Offering telemedicine attracts new patients."),
          new Statement(
              "improves_efficiency",
              "Improves my efficiency",
              "Telemedicine makes my work more efficient."));

  private static final InstrumentMetadata METADATA =
      new InstrumentMetadata(
          ID,
          "1.0.0",
          "Telemedicine",
          "Whether physicians use telemedicine and, if they do, whether it is integrated with their"
              + " EHR and whether they agree with six statements about it (access, ease of use,"
              + " work life, quality of care, new patients, efficiency). Reports the share who use"
              + " it, the share of users whose telemedicine is integrated with the EHR, and the"
              + " share of users agreeing with each statement.",
          "The items are the medical society's own, written for this platform after the 2020 Joy of"
              + " Medicine survey of the Sierra Sacramento Valley Medical Society; they are not a"
              + " copyrighted instrument and may be used and adapted freely.");

  private static final List<Item> ITEMS = buildItems();

  private static List<Item> buildItems() {
    List<Item> items = new ArrayList<>();
    items.add(
        Item.yesNo(
            USES, "Do you currently see patients by telemedicine (video or telephone visits)?"));
    items.add(
        Item.single(
                EHR_INTEGRATED,
                "Is your telemedicine platform integrated with your EHR?",
                Option.of("yes", "Yes"),
                Option.of("no", "No"),
                Option.of("unsure", "Not sure"))
            .shownIf(USES, "yes"));
    for (Statement statement : STATEMENTS) {
      items.add(
          Item.yesNo(statement.code(), statement.text(), "Agree", "Disagree").shownIf(USES, "yes"));
    }
    return List.copyOf(items);
  }

  /**
   * The section's headline figures, as the white paper of a published report states them
   * (docs/instruments/telemedicine.md, "Key findings").
   */
  private static final List<KeyFinding> KEY_FINDINGS =
      List.of(
          new KeyFinding(
              TelemedicineReport.USES_RATE,
              "{value} of respondents ({count} of {basis}) see patients by telemedicine{change}."),
          new KeyFinding(
              TelemedicineReport.EHR_INTEGRATED_RATE,
              "{value} of telemedicine users said their platform is integrated with their"
                  + " EHR{change}."),
          new KeyFinding(
              TelemedicineReport.AGREE + "improves_access",
              "{value} of telemedicine users agreed that it improves their patients' access to"
                  + " care{change}."));

  /** What {@link #score} computes, for the codebook (docs/instruments/telemedicine.md). */
  private static final List<DerivedVariable> DERIVED_VARIABLES =
      List.of(
          DerivedVariable.binary(
              USES_VARIABLE,
              "Uses telemedicine",
              "Does not use telemedicine",
              "Uses telemedicine",
              "1 when the item 'uses' is answered yes, 0 when no, missing when unanswered"));

  @Override
  public InstrumentMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Item> items() {
    return ITEMS;
  }

  /** {@code telemedicine.uses}: true when uses = yes, false when no, absent when unanswered. */
  @Override
  public DerivedVariables score(Answers answers, Settings settings) {
    return DerivedVariables.builder()
        .put(USES_VARIABLE, answers.choice(ID + "." + USES).map("yes"::equals).orElse(null))
        .build();
  }

  @Override
  public SectionBuilder newReport(ReportContext context) {
    return new TelemedicineReport();
  }

  @Override
  public List<KeyFinding> keyFindings() {
    return KEY_FINDINGS;
  }

  @Override
  public List<DerivedVariable> derivedVariables() {
    return DERIVED_VARIABLES;
  }
}
