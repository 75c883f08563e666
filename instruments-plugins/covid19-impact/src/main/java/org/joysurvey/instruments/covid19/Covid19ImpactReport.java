package org.joysurvey.instruments.covid19;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joysurvey.spi.Answers;
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
import org.joysurvey.spi.Sum;
import org.joysurvey.statistics.ChiSquareResult;
import org.joysurvey.statistics.ContingencyTable;

/**
 * Counts the answers of each item, and for each pair (hours change or quality of life, Mini-Z or
 * MBI-2 burnout) whose burnout instrument is in the edition, the item-by-burnout table (rows: the
 * item's options in ordinal order; columns: 0 = burned out, 1 = not). Only counts are kept.
 */
final class Covid19ImpactReport implements SectionBuilder {

  static final String PREFIX = Covid19Impact.ID + ".";

  private final YesNoCount futurePractice =
      new YesNoCount(
          Covid19Impact.FUTURE_PRACTICE_ITEM, "Expect the pandemic to change how they practice");
  private final YesNoCount obligatedToWork =
      new YesNoCount(
          Covid19Impact.OBLIGATED_TO_WORK_ITEM,
          "Felt obliged to work despite a great risk to their health");
  private final OptionCount futureChanges = new OptionCount(Covid19Impact.FUTURE_CHANGES_ITEM);
  private final OptionCount worries = new OptionCount(Covid19Impact.WORRIES_ITEM);
  private final OptionCount hoursChange = new OptionCount(Covid19Impact.HOURS_CHANGE_ITEM);
  private final OptionCount qualityOfLife = new OptionCount(Covid19Impact.QUALITY_OF_LIFE_ITEM);
  private final List<CrossTable> crossTables = new ArrayList<>();
  private final ReportTextList.Collector consequences =
      new ReportTextList.Collector(
          "Positive and negative consequences of the pandemic, in respondents' words",
          Covid19Impact.code(Covid19Impact.CONSEQUENCES));
  private final boolean withMiniZ;
  private final boolean withMbi2;

  Covid19ImpactReport(boolean withMiniZ, boolean withMbi2) {
    this.withMiniZ = withMiniZ;
    this.withMbi2 = withMbi2;
    for (Item item : List.of(Covid19Impact.HOURS_CHANGE_ITEM, Covid19Impact.QUALITY_OF_LIFE_ITEM)) {
      if (withMiniZ) {
        crossTables.add(new CrossTable(item, Covid19Impact.MINI_Z_BURNOUT, "Mini-Z burnout"));
      }
      if (withMbi2) {
        crossTables.add(
            new CrossTable(item, Covid19Impact.MBI_2_BURNOUT, "MBI burnout (two items)"));
      }
    }
  }

  @Override
  public void accept(ScoredResponse response) {
    Answers answers = response.answers();
    futurePractice.accept(answers);
    obligatedToWork.accept(answers);
    futureChanges.accept(answers);
    worries.accept(answers);
    hoursChange.accept(answers);
    qualityOfLife.accept(answers);
    consequences.accept(answers);
    for (CrossTable table : crossTables) {
      table.accept(response);
    }
  }

  @Override
  public ReportSection build() {
    ReportSection.Builder section = ReportSection.builder("Impact of the COVID-19 pandemic");
    yesRates(section);
    multi(
        section,
        futureChanges,
        "future_changes.",
        "Expected changes to practice",
        "Expected changes to practice (of those who expect a change and answered)");
    multi(
        section, worries, "worries.", "Worries during the pandemic", "Worries during the pandemic");
    single(section, hoursChange, "Change in working hours");
    single(section, qualityOfLife, "Change in quality of life");
    if (!crossTables.isEmpty()) {
      crossTables(section);
    } else {
      section.note(
          "The association of hours and quality of life with burnout is reported when Mini-Z or"
              + " MBI-2 is part of the edition.");
    }
    return section
        .texts(consequences.build())
        .note(
            "Percentages are of those who answered each item. Expected changes to practice were"
                + " asked only of those who expect the pandemic to change how they practice.")
        .build();
  }

  private void yesRates(ReportSection.Builder section) {
    List<List<Cell>> rows = new ArrayList<>();
    for (YesNoCount count : List.of(futurePractice, obligatedToWork)) {
      String key = PREFIX + "yes_rate." + count.item.code();
      section.statistic(Statistic.proportion(key, count.label, count.yes, count.answered));
      rows.add(
          List.of(
              Cell.text(count.label + " (of " + count.answered + " who answered)"),
              Cell.statistic(key, Format.COUNT_AND_PERCENT)));
    }
    section.table(
        new ReportTable(
            "Practice and obligation to work", List.of("Respondents who ...", "Yes"), rows));
  }

  /** Multi items: the share of those who answered the item that chose each option. */
  private static void multi(
      ReportSection.Builder section,
      OptionCount count,
      String keyPart,
      String title,
      String chartTitle) {
    List<String> labels = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<List<Cell>> rows = new ArrayList<>();
    for (int i = 0; i < count.options.size(); i++) {
      Option option = count.options.get(i);
      String key = PREFIX + keyPart + option.code();
      section.statistic(
          Statistic.proportion(
              key, title + ": " + option.label(), count.chosen[i], count.answered));
      labels.add(option.label());
      keys.add(key);
      rows.add(List.of(Cell.text(option.label()), Cell.statistic(key, Format.COUNT_AND_PERCENT)));
    }
    section.table(
        new ReportTable(
            title + " (of " + count.answered + " who answered; several answers possible)",
            List.of("Answer", "Respondents"),
            rows));
    section.chart(
        new ReportChart(
            chartTitle + ", % of those who answered",
            ReportChart.Type.BAR,
            labels,
            List.of(new ReportChart.Series("Respondents", keys))));
  }

  /**
   * Single items: the share of those who answered the item that chose each option (one each, so the
   * shares add up to those who answered).
   */
  private static void single(ReportSection.Builder section, OptionCount count, String title) {
    List<List<Cell>> rows = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < count.options.size(); i++) {
      Option option = count.options.get(i);
      String key = PREFIX + "share." + count.item.code() + "." + option.code();
      section.statistic(
          Statistic.proportion(
              key, title + ": " + option.label(), count.chosen[i], count.answered));
      rows.add(List.of(Cell.text(option.label()), Cell.statistic(key, Format.COUNT_AND_PERCENT)));
      keys.add(key);
    }
    section.sum(Sum.shares(keys));
    section.table(
        new ReportTable(
            title + " (of " + count.answered + " who answered)",
            List.of("Answer", "Respondents"),
            rows));
  }

  private void crossTables(ReportSection.Builder section) {
    List<List<Cell>> testRows = new ArrayList<>();
    for (CrossTable table : crossTables) {
      table.build(section, testRows);
    }
    section.table(
        new ReportTable(
            "Association with burnout: Pearson chi-square tests of independence",
            List.of(
                "Item", "Burnout measure", "Respondents", "Chi-square", "df", "p", "Cramér's V"),
            testRows));
    section.note(
        "Chi-square: Pearson's test of independence without continuity correction, over the"
            + " categories that occur, among respondents who answered the item and whose burnout is"
            + " known. Cramér's V = sqrt(chi-square / (n (min(rows, columns) - 1))). Percentages in"
            + " the burnout tables are of each row."
            + (withMiniZ ? " Mini-Z burnout = level 3 or above." : "")
            + (withMbi2
                ? " MBI burnout = either MBI item at or above the edition's threshold."
                : ""));
  }

  /** The yes count and the respondents who answered one yes-no item. */
  private static final class YesNoCount {
    private final Item item;
    private final String label;
    private final String code;
    private long yes;
    private long answered;

    YesNoCount(Item item, String label) {
      this.item = item;
      this.label = label;
      this.code = Covid19Impact.code(item.code());
    }

    void accept(Answers answers) {
      Optional<String> answer = answers.choice(code);
      if (answer.isPresent() && (answer.get().equals("yes") || answer.get().equals("no"))) {
        answered++;
        if (answer.get().equals("yes")) {
          yes++;
        }
      }
    }
  }

  /** How many respondents chose each option of a single or multi item, and how many answered it. */
  private static final class OptionCount {
    private final Item item;
    private final String code;
    private final List<Option> options;
    private final long[] chosen;
    private long answered;

    OptionCount(Item item) {
      this.item = item;
      this.code = Covid19Impact.code(item.code());
      this.options = item.options();
      this.chosen = new long[options.size()];
    }

    void accept(Answers answers) {
      List<String> codes =
          answers.isAnswered(code)
              ? (answers.choice(code).map(List::of).orElseGet(() -> answers.choices(code)))
              : List.of();
      boolean any = false;
      boolean[] counted = new boolean[chosen.length]; // an option given twice counts once
      for (String c : codes) {
        int index = indexOf(options, c);
        if (index >= 0 && !counted[index]) {
          counted[index] = true;
          chosen[index]++;
          any = true;
        }
      }
      if (any) {
        answered++;
      }
    }
  }

  static int indexOf(List<Option> options, String code) {
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  /** One ordinal item by one burnout flag. */
  private static final class CrossTable {
    private final Item item;
    private final String code;
    private final String burnoutVariable;
    private final String burnoutLabel;
    private final ContingencyTable counts;

    CrossTable(Item item, String burnoutVariable, String burnoutLabel) {
      this.item = item;
      this.code = Covid19Impact.code(item.code());
      this.burnoutVariable = burnoutVariable;
      this.burnoutLabel = burnoutLabel;
      this.counts = new ContingencyTable(item.options().size(), 2);
    }

    /** covid19-impact.hours_change_x_mini-z.burnout */
    String key() {
      return PREFIX + item.code() + "_x_" + burnoutVariable;
    }

    void accept(ScoredResponse response) {
      Optional<Boolean> burnout = response.derived().flag(burnoutVariable);
      Optional<String> answer = response.answers().choice(code);
      if (burnout.isEmpty() || answer.isEmpty()) {
        return;
      }
      int row = indexOf(item.options(), answer.get());
      if (row >= 0) {
        counts.add(row, burnout.get() ? 0 : 1);
      }
    }

    void build(ReportSection.Builder section, List<List<Cell>> testRows) {
      String base = key();
      String itemTitle =
          item.code().equals(Covid19Impact.HOURS_CHANGE)
              ? "Change in working hours"
              : "Change in quality of life";
      long n = counts.total();
      List<List<Cell>> rows = new ArrayList<>();
      long allYes = 0;
      List<String> rowKeys = new ArrayList<>();
      for (int r = 0; r < item.options().size(); r++) {
        Option option = item.options().get(r);
        long yes = counts.count(r, 0);
        long no = counts.count(r, 1);
        allYes += yes;
        rows.add(row(section, base + "." + option.code(), option.label(), yes, no));
        rowKeys.add(base + "." + option.code());
      }
      rows.add(row(section, base + ".all", "All", allYes, n - allYes));
      sums(section, base, rowKeys);

      ChiSquareResult test = counts.chiSquareTest();
      boolean defined = test.isDefined();
      String title = itemTitle + " by " + burnoutLabel;
      section
          .statistic(Statistic.count(base + ".n", title + ": respondents in the table", n))
          .statistic(Statistic.value(base + ".chi2", title + ": chi-square", test.chiSquare(), n))
          .statistic(
              Statistic.value(
                  base + ".df",
                  title + ": degrees of freedom",
                  defined ? test.degreesOfFreedom() : Double.NaN,
                  n))
          .statistic(Statistic.value(base + ".p_value", title + ": p-value", test.pValue(), n))
          .statistic(
              Statistic.value(base + ".cramers_v", title + ": Cramér's V", test.cramersV(), n))
          .table(
              new ReportTable(
                  title + " (" + n + " respondents; row percentages)",
                  List.of(itemTitle, "Burned out", "Not burned out", "Respondents"),
                  rows));
      testRows.add(
          List.of(
              Cell.text(itemTitle),
              Cell.text(burnoutLabel),
              Cell.statistic(base + ".n", Format.COUNT),
              Cell.statistic(base + ".chi2", Format.DECIMAL),
              Cell.statistic(base + ".df", Format.COUNT),
              Cell.statistic(base + ".p_value", Format.P_VALUE),
              Cell.statistic(base + ".cramers_v", Format.DECIMAL)));
      if (!defined) {
        section.note(
            title
                + ": no chi-square test, since the respondents do not fall into at least two"
                + " categories of the item and both burnout groups.");
      } else if (test.hasSmallExpectedCounts()) {
        section.note(
            title
                + ": at least one expected count is below 5, so the chi-square approximation may be"
                + " inaccurate; read the p-value with caution (merging neighbouring categories, or"
                + " an exact test, would be safer).");
      }
    }

    /**
     * The table's sums: in each row (the options' and "All"), burned out and not burned out make up
     * the row's respondents; the options' rows make up "All", cell by cell (row percentages:
     * numerators and bases), and the table's respondents; each option's row is among those who
     * chose it.
     */
    private void sums(ReportSection.Builder section, String base, List<String> rowKeys) {
      String all = base + ".all";
      List<String> everyRow = new ArrayList<>(rowKeys);
      everyRow.add(all);
      for (String row : everyRow) {
        List<String> cells = List.of(row + ".burned_out", row + ".not_burned_out");
        section.sum(Sum.shares(cells)).sum(Sum.of(row + ".respondents", cells));
      }
      for (String column : List.of(".burned_out", ".not_burned_out")) {
        section.sums(Sum.groups(all + column, rowKeys.stream().map(r -> r + column).toList()));
      }
      List<String> rowTotals = rowKeys.stream().map(r -> r + ".respondents").toList();
      section
          .sum(Sum.of(all + ".respondents", rowTotals))
          .sum(Sum.of(base + ".n", rowTotals))
          .sum(Sum.of(base + ".n", List.of(all + ".burned_out", all + ".not_burned_out")));
      for (int r = 0; r < rowKeys.size(); r++) {
        String option = item.options().get(r).code();
        section.sum(
            Sum.of(
                PREFIX + "share." + item.code() + "." + option,
                List.of(rowKeys.get(r) + ".respondents")));
      }
    }

    /**
     * One row: burned out and not burned out as counts with row percentages, and the row's total.
     */
    private static List<Cell> row(
        ReportSection.Builder section, String key, String label, long yes, long no) {
      long total = yes + no;
      section
          .statistic(Statistic.proportion(key + ".burned_out", label + ": burned out", yes, total))
          .statistic(
              Statistic.proportion(key + ".not_burned_out", label + ": not burned out", no, total))
          .statistic(Statistic.count(key + ".respondents", label + ": respondents", total));
      return List.of(
          Cell.text(label),
          Cell.statistic(key + ".burned_out", Format.COUNT_AND_PERCENT),
          Cell.statistic(key + ".not_burned_out", Format.COUNT_AND_PERCENT),
          Cell.statistic(key + ".respondents", Format.COUNT));
    }
  }
}
