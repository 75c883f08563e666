package org.joysurvey.instruments.orgimprovement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.Option;
import org.joysurvey.spi.ReportChart;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.ReportTable;
import org.joysurvey.spi.ReportTable.Cell;
import org.joysurvey.spi.ReportTable.Format;
import org.joysurvey.spi.ReportTextList;
import org.joysurvey.spi.ScoredResponse;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.Statistic;

/**
 * Per ranked item: how many respondents ranked anything, and per option how many ranked it and the
 * sum of the ranks they gave it; plus the bounded lists of "other" texts.
 */
final class OrgImprovementReport implements SectionBuilder {

  private final Ranking worklife =
      new Ranking(OrgImprovement.WORKLIFE_ITEM, "Work-life balance", "top 3");
  private final Ranking ehr = new Ranking(OrgImprovement.EHR_ITEM, "EHR", "top 5");
  private final ReportTextList.Collector worklifeOther =
      new ReportTextList.Collector(
          "Other ideas for work-life balance",
          OrgImprovement.ID + "." + OrgImprovement.WORKLIFE_OTHER);
  private final ReportTextList.Collector ehrOther =
      new ReportTextList.Collector(
          "Other ideas for the EHR", OrgImprovement.ID + "." + OrgImprovement.EHR_OTHER);

  @Override
  public void accept(ScoredResponse response) {
    worklife.accept(response.answers().choices(worklife.fullCode));
    ehr.accept(response.answers().choices(ehr.fullCode));
    worklifeOther.accept(response.answers());
    ehrOther.accept(response.answers());
  }

  @Override
  public ReportSection build() {
    ReportSection.Builder section = ReportSection.builder("Organizational improvement suggestions");
    worklife.addTo(section);
    ehr.addTo(section);
    return section
        .texts(worklifeOther.build())
        .texts(ehrOther.build())
        .note(
            "Shares are of the respondents who ranked at least one option of the item; an option"
                + " counts whatever rank it was given, so the shares add up to more than 100%."
                + " Options are sorted by that share (ties by option code).")
        .note(
            "Mean rank is the average position (1 = most important) among the respondents who"
                + " ranked the option: the lower, the more it matters to those who chose it.")
        .note("The \"other\" texts are shown as written, only when enough respondents wrote one.")
        .build();
  }

  /** Statistic key of the share of respondents who ranked {@code option} of {@code itemCode}. */
  static String shareKey(String itemCode, String option) {
    return OrgImprovement.ID + "." + itemCode + "." + option;
  }

  /** Statistic key of the mean rank of {@code option} of {@code itemCode}. */
  static String meanRankKey(String itemCode, String option) {
    return OrgImprovement.ID + "." + itemCode + "_mean_rank." + option;
  }

  /** The counts of one ranked item. */
  private static final class Ranking {
    private final Item item;
    private final String fullCode;
    private final String title;
    private final String depth;
    private final List<String> codes;
    private final long[] ranked;
    private final long[] rankSum;
    private long answered;

    Ranking(Item item, String title, String depth) {
      this.item = item;
      this.fullCode = OrgImprovement.ID + "." + item.code();
      this.title = title;
      this.depth = depth;
      this.codes = item.options().stream().map(Option::code).toList();
      this.ranked = new long[codes.size()];
      this.rankSum = new long[codes.size()];
    }

    void accept(List<String> ranking) {
      if (ranking.isEmpty()) {
        return;
      }
      answered++;
      for (int position = 0; position < ranking.size(); position++) {
        int index = codes.indexOf(ranking.get(position));
        if (index >= 0) {
          ranked[index]++;
          rankSum[index] += position + 1;
        }
      }
    }

    void addTo(ReportSection.Builder section) {
      // Same denominator for every option: sorting by count is sorting by share.
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < codes.size(); i++) {
        order.add(i);
      }
      order.sort(Comparator.<Integer>comparingLong(i -> -ranked[i]).thenComparing(codes::get));

      List<String> labels = new ArrayList<>();
      List<String> shareKeys = new ArrayList<>();
      List<List<Cell>> rows = new ArrayList<>();
      for (int i : order) {
        String code = codes.get(i);
        String label = item.options().get(i).label();
        String share = shareKey(item.code(), code);
        String meanRank = meanRankKey(item.code(), code);
        double mean = ranked[i] == 0 ? Double.NaN : (double) rankSum[i] / ranked[i];
        section
            .statistic(
                Statistic.proportion(
                    share, title + ": " + label + ", ranked in the " + depth, ranked[i], answered))
            .statistic(
                Statistic.value(meanRank, title + ": " + label + ", mean rank", mean, ranked[i]));
        labels.add(label);
        shareKeys.add(share);
        rows.add(
            List.of(
                Cell.text(label),
                Cell.statistic(share, Format.COUNT_AND_PERCENT),
                Cell.statistic(meanRank, Format.DECIMAL)));
      }
      section
          .chart(
              new ReportChart(
                  title + ": ranked in the " + depth + ", % of those who ranked any option",
                  ReportChart.Type.HORIZONTAL_BAR,
                  labels,
                  List.of(new ReportChart.Series("Ranked in the " + depth, shareKeys))))
          .table(
              new ReportTable(
                  title
                      + ": options ranked in the "
                      + depth
                      + " (of "
                      + answered
                      + " who ranked any)",
                  List.of("Option", "Ranked it", "Mean rank (1 = first)"),
                  rows));
    }
  }
}
