package ${package};

import java.util.List;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariable;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.InstrumentMetadata;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.KeyFinding;
import org.joysurvey.spi.ReportContext;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.ScoredResponse;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.Settings;
import org.joysurvey.spi.Statistic;

/**
 * One five-point item, one derived variable (satisfied: 4 or 5) and one statistic (the share of those who
 * answered who are satisfied). Replace them with your own; docs/plugin-guide.md lists what the SPI offers.
 */
public final class ${instrumentClass} implements Instrument {

  public static final String ID = "${instrumentId}";
  /** The item's full code: the platform prefixes its short code with the id. */
  public static final String SCHEDULE = ID + ".schedule";
  /** Derived variable: answered 4 or 5; unknown when unanswered. */
  public static final String SATISFIED = ID + ".satisfied";
  /** Statistic: satisfied, of those who answered. */
  public static final String SATISFIED_RATE = ID + ".satisfied_rate";

  private static final InstrumentMetadata METADATA = new InstrumentMetadata(
      ID,
      "1.0.0",
      "Work schedule",
      "How satisfied physicians are with their work schedule, on a five-point scale.",
      "Written by our society; free to use.");

  private static final List<Item> ITEMS = List.of(
      Item.likert("schedule", "How satisfied are you with your work schedule?", 1,
          "Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied", "Satisfied", "Very satisfied"));

  /**
   * The headline figure, as the white paper of a published report states it: the platform puts in the figures
   * ({value}, e.g. 62.5%; {count}; {basis}) and the change against an earlier year ({change}: ", up 3.0 points from
   * 2018 (p = 0.41)", or nothing), and leaves the sentence out when the statistic is withheld.
   */
  private static final List<KeyFinding> KEY_FINDINGS = List.of(
      new KeyFinding(SATISFIED_RATE,
          "{value} of respondents ({count} of {basis}) were satisfied with their work schedule{change}."));

  /**
   * What score computes, for the analysts' codebook and their Stata and SPSS files: label, the meaning of 0 and 1,
   * and the rule in plain words. Declare every variable score can produce, and only those.
   */
  private static final List<DerivedVariable> DERIVED_VARIABLES = List.of(
      DerivedVariable.binary(SATISFIED, "Satisfied with the work schedule (4 or 5)",
          "Not satisfied (1 to 3)", "Satisfied (4 or 5)",
          "1 when the item 'schedule' is answered 4 or 5, 0 when 1 to 3, missing when unanswered"));

  @Override
  public InstrumentMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Item> items() {
    return ITEMS;
  }

  @Override
  public DerivedVariables score(Answers answers, Settings settings) {
    var level = answers.scale(SCHEDULE);
    if (level.isEmpty()) {
      return DerivedVariables.NONE; // unknown: left out of every denominator
    }
    return DerivedVariables.builder().put(SATISFIED, level.getAsInt() >= 4).build();
  }

  @Override
  public List<DerivedVariable> derivedVariables() {
    return DERIVED_VARIABLES;
  }

  @Override
  public List<KeyFinding> keyFindings() {
    return KEY_FINDINGS;
  }

  @Override
  public SectionBuilder newReport(ReportContext context) {
    return new Report();
  }

  /** Keeps two counters, never the responses: one instance per report, used by one thread. */
  private static final class Report implements SectionBuilder {

    private long answered;
    private long satisfied;

    @Override
    public void accept(ScoredResponse response) {
      response.derived().flag(SATISFIED).ifPresent(s -> {
        answered++;
        satisfied += s ? 1 : 0;
      });
    }

    @Override
    public ReportSection build() {
      return ReportSection.builder("Work schedule")
          .statistic(Statistic.proportion(SATISFIED_RATE, "Satisfied with their schedule", satisfied, answered))
          .build();
    }
  }
}
