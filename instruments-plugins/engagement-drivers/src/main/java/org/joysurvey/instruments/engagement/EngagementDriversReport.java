package org.joysurvey.instruments.engagement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.joysurvey.instruments.engagement.EngagementDrivers.Category;
import org.joysurvey.instruments.engagement.EngagementDrivers.Driver;
import org.joysurvey.spi.ReportChart;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.ReportTable;
import org.joysurvey.spi.ReportTable.Cell;
import org.joysurvey.spi.ReportTable.Format;
import org.joysurvey.spi.ScoredResponse;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.Statistic;
import org.joysurvey.spi.Subgroups;
import org.joysurvey.spi.Sum;
import org.joysurvey.statistics.GroupedCounts;

/**
 * Counts each statement's answers per scale point and, for each subgroup dimension of the edition
 * (the demographics instrument's, when it is there), the positive answers per driver category and
 * group. Everything else follows from those counts.
 */
final class EngagementDriversReport implements SectionBuilder {

  static final String PREFIX = EngagementDrivers.ID + ".";

  /**
   * The edition's subgroup dimensions (groups in option order, with their labels); empty when it
   * has none.
   */
  private final List<Subgroups.Dimension> dimensions;

  private final boolean withSubgroups;

  /**
   * counts[item][v] = respondents who answered item (in DRIVERS order) with scale point v (1..6).
   */
  private final long[][] counts =
      new long[EngagementDrivers.DRIVERS.size()][EngagementDrivers.SCALE.size() + 1];

  /**
   * respondents[dimension], in the dimensions' order: respondents who answered at least one
   * statement, per group.
   */
  private final GroupedCounts[] respondents;

  /**
   * answers[dimension][category], in the dimensions' and CATEGORIES order: answers (and positive
   * ones) per group.
   */
  private final GroupedCounts[][] answers;

  /** The position in CATEGORIES of each driver's category, in DRIVERS order. */
  private static final int[] CATEGORY_OF_DRIVER =
      EngagementDrivers.DRIVERS.stream()
          .mapToInt(
              d ->
                  EngagementDrivers.CATEGORIES.stream()
                      .map(Category::code)
                      .toList()
                      .indexOf(d.category()))
          .toArray();

  EngagementDriversReport(Subgroups subgroups) {
    this.dimensions = subgroups.dimensions();
    this.withSubgroups = !dimensions.isEmpty();
    this.respondents = new GroupedCounts[dimensions.size()];
    this.answers = new GroupedCounts[dimensions.size()][EngagementDrivers.CATEGORIES.size()];
    for (int d = 0; d < dimensions.size(); d++) {
      respondents[d] = new GroupedCounts();
      for (int c = 0; c < EngagementDrivers.CATEGORIES.size(); c++) {
        answers[d][c] = new GroupedCounts();
      }
    }
  }

  static String itemPositive(String item) {
    return EngagementDrivers.POSITIVE + item;
  }

  static String categoryPositive(String category) {
    return EngagementDrivers.POSITIVE + category;
  }

  static String share(String item, int point) {
    return PREFIX + "share." + item + "." + point;
  }

  static String byPositive(String dimension, String group, String category) {
    return PREFIX + "by." + dimension + "." + group + ".positive." + category;
  }

  static String byRespondents(String dimension, String group) {
    return PREFIX + "by." + dimension + "." + group + ".respondents";
  }

  @Override
  public void accept(ScoredResponse response) {
    List<Driver> drivers = EngagementDrivers.DRIVERS;
    int[] answered = new int[drivers.size()];
    boolean any = false;
    for (int i = 0; i < drivers.size(); i++) {
      var value = response.answers().scale(EngagementDrivers.ITEM_CODES.get(i));
      answered[i] =
          value.isPresent()
                  && value.getAsInt() >= 1
                  && value.getAsInt() <= EngagementDrivers.SCALE.size()
              ? value.getAsInt()
              : 0;
      if (answered[i] > 0) {
        counts[i][answered[i]]++;
        any = true;
      }
    }
    if (!withSubgroups || !any) {
      return;
    }
    // this response's answers and positive answers per category, added to each subgroup at once
    int[] categoryAnswers = new int[EngagementDrivers.CATEGORIES.size()];
    int[] categoryPositive = new int[EngagementDrivers.CATEGORIES.size()];
    for (int i = 0; i < drivers.size(); i++) {
      if (answered[i] > 0) {
        categoryAnswers[CATEGORY_OF_DRIVER[i]]++;
        if (answered[i] >= EngagementDrivers.POSITIVE_FROM) {
          categoryPositive[CATEGORY_OF_DRIVER[i]]++;
        }
      }
    }
    for (int d = 0; d < dimensions.size(); d++) {
      var group = dimensions.get(d).groupOf(response);
      if (group.isEmpty()) {
        continue;
      }
      respondents[d].add(group.get(), true);
      for (int c = 0; c < categoryAnswers.length; c++) {
        if (categoryAnswers[c] > 0) {
          answers[d][c].add(group.get(), categoryAnswers[c], categoryPositive[c]);
        }
      }
    }
  }

  @Override
  public ReportSection build() {
    ReportSection.Builder section = ReportSection.builder("Key drivers of engagement");
    List<Driver> drivers = EngagementDrivers.DRIVERS;
    Map<String, long[]> byCategory =
        new LinkedHashMap<>(); // category -> {positive answers, answers}
    EngagementDrivers.CATEGORIES.forEach(c -> byCategory.put(c.code(), new long[2]));

    List<List<Cell>> itemRows = new ArrayList<>();
    List<String> itemLabels = new ArrayList<>();
    List<String> itemKeys = new ArrayList<>();
    List<ReportTable> itemTables = new ArrayList<>();
    for (int i = 0; i < drivers.size(); i++) {
      Driver driver = drivers.get(i);
      long answered = 0;
      long positive = 0;
      for (int v = 1; v <= EngagementDrivers.SCALE.size(); v++) {
        answered += counts[i][v];
        if (v >= EngagementDrivers.POSITIVE_FROM) {
          positive += counts[i][v];
        }
      }
      long[] category = byCategory.get(driver.category());
      category[0] += positive;
      category[1] += answered;
      String key = itemPositive(driver.code());
      section.statistic(
          Statistic.proportion(
              key, driver.text() + " (% positive: agree 4-6)", positive, answered));
      List<List<Cell>> rows = new ArrayList<>();
      for (int v = 1; v <= EngagementDrivers.SCALE.size(); v++) {
        String shareKey = share(driver.code(), v);
        section.statistic(
            Statistic.proportion(
                shareKey,
                driver.text() + ": " + EngagementDrivers.SCALE.get(v - 1),
                counts[i][v],
                answered));
        rows.add(
            List.of(
                Cell.text(v + " " + EngagementDrivers.SCALE.get(v - 1)),
                Cell.statistic(shareKey, Format.COUNT_AND_PERCENT)));
      }
      rows.add(List.of(Cell.text("Positive (4-6)"), Cell.statistic(key, Format.COUNT_AND_PERCENT)));
      // every respondent who answered chose one point; the positive line is points 4 to 6
      List<String> points = new ArrayList<>();
      List<String> positivePoints = new ArrayList<>();
      for (int v = 1; v <= EngagementDrivers.SCALE.size(); v++) {
        points.add(share(driver.code(), v));
        if (v >= EngagementDrivers.POSITIVE_FROM) {
          positivePoints.add(share(driver.code(), v));
        }
      }
      section.sum(Sum.shares(points)).sum(Sum.of(key, positivePoints));
      itemTables.add(
          new ReportTable(
              driver.text(), List.of("Answer", "Respondents (% of those who answered)"), rows));
      itemRows.add(
          List.of(
              Cell.text(driver.text()),
              Cell.text(categoryLabel(driver.category())),
              Cell.statistic(key, Format.COUNT_AND_PERCENT)));
      itemLabels.add(driver.name());
      itemKeys.add(key);
    }

    List<List<Cell>> categoryRows = new ArrayList<>();
    List<String> categoryLabels = new ArrayList<>();
    List<String> categoryKeys = new ArrayList<>();
    for (Category category : EngagementDrivers.CATEGORIES) {
      long[] c = byCategory.get(category.code());
      String key = categoryPositive(category.code());
      section.statistic(
          Statistic.proportion(
              key,
              category.label()
                  + ": positive answers / all answers to its statements (the denominator counts"
                  + " answers, not respondents)",
              c[0],
              c[1]));
      categoryRows.add(
          List.of(
              Cell.text(category.label()),
              Cell.text(String.join(", ", itemsOf(category.code()))),
              Cell.statistic(key, Format.COUNT_AND_PERCENT)));
      categoryLabels.add(category.label());
      categoryKeys.add(key);
      // a driver pools its statements' answers: positive answers and answers both add up
      section.sums(
          Sum.groups(key, itemsOf(category.code()).stream().map(d -> itemPositive(d)).toList()));
    }

    section
        .table(
            new ReportTable(
                "Positive answers by driver",
                List.of("Driver", "Statements", "Positive answers (% of answers)"),
                categoryRows))
        .chart(
            new ReportChart(
                "Drivers of engagement, % positive answers",
                ReportChart.Type.BAR,
                categoryLabels,
                List.of(new ReportChart.Series("% positive", categoryKeys))))
        .table(
            new ReportTable(
                "Positive answers by statement",
                List.of("Statement", "Driver", "Positive (% of those who answered)"),
                itemRows))
        .chart(
            new ReportChart(
                "Statements, % positive",
                ReportChart.Type.HORIZONTAL_BAR,
                itemLabels,
                List.of(new ReportChart.Series("% positive", itemKeys))));
    itemTables.forEach(section::table);

    for (int d = 0; d < dimensions.size(); d++) {
      subgroups(section, d);
    }

    section.note(
        "Positive = slightly agree, agree or strongly agree (4-6 on a 6-point scale with no neutral"
            + " point). A statement's percentage is of the respondents who answered it.");
    section.note(
        "A driver's percentage pools the answers to its statements: positive answers / all answers"
            + " to those statements, so a respondent counts once per statement answered (its"
            + " denominator counts answers, not respondents). Drivers after Shanafelt and"
            + " Noseworthy, Mayo Clin Proc 2017;92(1):129-146.");
    if (!withSubgroups) {
      section.note(
          "Figures by age band, gender and practice mode need the demographics instrument in the"
              + " edition.");
    }
    return section.build();
  }

  private static String categoryLabel(String code) {
    return EngagementDrivers.CATEGORIES.stream()
        .filter(c -> c.code().equals(code))
        .findFirst()
        .orElseThrow()
        .label();
  }

  private static List<String> itemsOf(String category) {
    return EngagementDrivers.DRIVERS.stream()
        .filter(d -> d.category().equals(category))
        .map(Driver::code)
        .toList();
  }

  /** The groups seen on a dimension: the known ones in option order, then any others sorted. */
  private List<String> groupsSeen(int d) {
    List<String> known = dimensions.get(d).codes();
    Set<String> seen = respondents[d].groups();
    List<String> groups = new ArrayList<>();
    for (String code : known) {
      if (seen.contains(code)) {
        groups.add(code);
      }
    }
    for (String code : new TreeSet<>(seen)) {
      if (!known.contains(code)) {
        groups.add(code);
      }
    }
    return groups;
  }

  /** One dimension's table; {@code d} is its position among the dimensions. */
  private void subgroups(ReportSection.Builder section, int d) {
    Subgroups.Dimension dimension = dimensions.get(d);
    String name = dimension.title().toLowerCase(Locale.ROOT);
    List<String> groups = groupsSeen(d);
    if (groups.isEmpty()) {
      section.note(
          "No respondent who answered a statement gave their "
              + name
              + ", so there is no table by "
              + name
              + ".");
      return;
    }
    List<String> columns = new ArrayList<>();
    columns.add(Character.toUpperCase(name.charAt(0)) + name.substring(1));
    columns.add("Respondents");
    EngagementDrivers.CATEGORIES.forEach(c -> columns.add(c.label()));
    List<List<Cell>> rows = new ArrayList<>();
    GroupedCounts people = respondents[d];
    for (String group : groups) {
      String label = dimension.label(group);
      String respondentsKey = byRespondents(dimension.name(), group);
      section.statistic(
          Statistic.count(
              respondentsKey,
              "Respondents who answered a statement, " + name + " " + label,
              people.respondents(group)));
      List<Cell> row = new ArrayList<>();
      row.add(Cell.text(label));
      row.add(Cell.statistic(respondentsKey, Format.COUNT));
      GroupedCounts[] byCategory = answers[d];
      for (int c = 0; c < byCategory.length; c++) {
        Category category = EngagementDrivers.CATEGORIES.get(c);
        GroupedCounts counts = byCategory[c];
        String key = byPositive(dimension.name(), group, category.code());
        section.statistic(
            Statistic.proportion(
                key,
                category.label()
                    + ", "
                    + name
                    + " "
                    + label
                    + ": positive answers / all answers (the denominator counts answers, not"
                    + " respondents)",
                counts.cases(group),
                counts.respondents(group)));
        row.add(Cell.statistic(key, Format.PERCENT));
      }
      rows.add(row);
    }
    // a respondent is in one group of the dimension, or in none (the overall figure only)
    for (Category category : EngagementDrivers.CATEGORIES) {
      section.sums(
          Sum.groups(
              categoryPositive(category.code()),
              groups.stream().map(g -> byPositive(dimension.name(), g, category.code())).toList()));
    }
    section.table(
        new ReportTable(
            "Positive answers by driver and " + name + " (% of answers)", columns, rows));
  }
}
