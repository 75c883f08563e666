package org.joysurvey.instruments.telemedicine;

import java.util.ArrayList;
import java.util.List;
import org.joysurvey.instruments.telemedicine.Telemedicine.Statement;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.ReportChart;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.ReportTable;
import org.joysurvey.spi.ReportTable.Cell;
import org.joysurvey.spi.ReportTable.Format;
import org.joysurvey.spi.ScoredResponse;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.Statistic;
import org.joysurvey.spi.Sum;

/**
 * Counts, per item, who answered and who answered "yes" (uses, integrated, agree), and the three
 * answers to the EHR question.
 */
final class TelemedicineReport implements SectionBuilder {

  static final String USES_RATE = "telemedicine.uses_rate";
  static final String EHR_INTEGRATED_RATE = "telemedicine.ehr_integrated_rate";
  static final String EHR_INTEGRATED_SHARE = "telemedicine.ehr_integrated_share.";
  static final String AGREE = "telemedicine.agree.";
  static final List<String> EHR_ANSWERS = List.of("yes", "no", "unsure");
  private static final List<String> EHR_LABELS = List.of("Yes", "No", "Not sure");

  private final long[] uses = new long[2]; // answered, yes
  private final long[] ehr = new long[EHR_ANSWERS.size()];
  private final long[][] agree = new long[Telemedicine.STATEMENTS.size()][2]; // answered, agree

  /** Full codes of the agreement statements, made once: accept runs for every response. */
  private static final List<String> STATEMENT_CODES =
      Telemedicine.STATEMENTS.stream().map(s -> Telemedicine.ID + "." + s.code()).toList();

  @Override
  public void accept(ScoredResponse response) {
    Answers answers = response.answers();
    count(answers, Telemedicine.ID + "." + Telemedicine.USES, uses);
    answers
        .choice(Telemedicine.ID + "." + Telemedicine.EHR_INTEGRATED)
        .ifPresent(
            answer -> {
              int index = EHR_ANSWERS.indexOf(answer);
              if (index >= 0) {
                ehr[index]++;
              }
            });
    for (int i = 0; i < agree.length; i++) {
      count(answers, STATEMENT_CODES.get(i), agree[i]);
    }
  }

  private static void count(Answers answers, String fullCode, long[] counts) {
    answers
        .choice(fullCode)
        .ifPresent(
            answer -> {
              counts[0]++;
              if (answer.equals("yes")) {
                counts[1]++;
              }
            });
  }

  @Override
  public ReportSection build() {
    long ehrAnswered = 0;
    for (long c : ehr) {
      ehrAnswered += c;
    }
    ReportSection.Builder section =
        ReportSection.builder("Telemedicine")
            .statistic(Statistic.proportion(USES_RATE, "Uses telemedicine", uses[1], uses[0]))
            .statistic(
                Statistic.proportion(
                    EHR_INTEGRATED_RATE,
                    "Users whose telemedicine is integrated with the EHR",
                    ehr[0],
                    ehrAnswered));
    List<List<Cell>> ehrRows = new ArrayList<>();
    for (int i = 0; i < EHR_ANSWERS.size(); i++) {
      String key = EHR_INTEGRATED_SHARE + EHR_ANSWERS.get(i);
      section.statistic(
          Statistic.proportion(
              key, "Integrated with the EHR: " + EHR_LABELS.get(i), ehr[i], ehrAnswered));
      ehrRows.add(
          List.of(Cell.text(EHR_LABELS.get(i)), Cell.statistic(key, Format.COUNT_AND_PERCENT)));
    }

    // one answer each; "integrated" is the "yes" answer; only users are asked (the platform
    // stores no answer to a hidden item), so those who answered are among the users
    List<String> ehrKeys = EHR_ANSWERS.stream().map(a -> EHR_INTEGRATED_SHARE + a).toList();
    section
        .sum(Sum.shares(ehrKeys))
        .sum(Sum.of(EHR_INTEGRATED_RATE, List.of(EHR_INTEGRATED_SHARE + "yes")))
        .sum(Sum.of(USES_RATE, ehrKeys));

    List<String> labels = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<List<Cell>> agreeRows = new ArrayList<>();
    for (int i = 0; i < agree.length; i++) {
      Statement statement = Telemedicine.STATEMENTS.get(i);
      String key = AGREE + statement.code();
      section.statistic(
          Statistic.proportion(
              key, "Users agreeing: " + statement.label(), agree[i][1], agree[i][0]));
      labels.add(statement.label());
      keys.add(key);
      agreeRows.add(
          List.of(Cell.text(statement.label()), Cell.statistic(key, Format.COUNT_AND_PERCENT)));
    }

    return section
        .table(
            new ReportTable(
                "Telemedicine use",
                List.of("", "Respondents"),
                List.of(
                    List.of(
                        Cell.text("Uses telemedicine (of " + uses[0] + " who answered)"),
                        Cell.statistic(USES_RATE, Format.COUNT_AND_PERCENT)),
                    List.of(
                        Cell.text(
                            "Integrated with the EHR (of " + ehrAnswered + " users who answered)"),
                        Cell.statistic(EHR_INTEGRATED_RATE, Format.COUNT_AND_PERCENT)))))
        .table(
            new ReportTable(
                "Is telemedicine integrated with the EHR? (users, of "
                    + ehrAnswered
                    + " who answered)",
                List.of("Answer", "Users"),
                ehrRows))
        .table(
            new ReportTable(
                "Users' views of telemedicine", List.of("Statement", "Agree"), agreeRows))
        .chart(
            new ReportChart(
                "Users agreeing with each statement, % of those who answered it",
                ReportChart.Type.HORIZONTAL_BAR,
                labels,
                List.of(new ReportChart.Series("Agree", keys))))
        .note(
            "The EHR question and the six statements are asked only of respondents who use"
                + " telemedicine: for others they are hidden, and the platform never stores an"
                + " answer to a hidden item. Their percentages are therefore of the users who"
                + " answered each item, and the denominators may differ from item to item.")
        .build();
  }
}
