package org.joysurvey.instruments.demographics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.Option;
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
 * Counts the answers to each item, option by option; the shares, and the goodness-of-fit tests
 * against the invited population, follow from those counts.
 */
final class DemographicsReport implements SectionBuilder {

  static final String PREFIX = Demographics.ID + ".";

  /** Below this many respondents tested, the report gives no reading of the test in words. */
  static final int MIN_READING = 5;

  /**
   * An option whose adjusted residual exceeds this in size is named as over- or under-represented.
   */
  static final double RESIDUAL = 1.96;

  private final List<Item> items;
  private final String[] fullCodes;
  private final Map<String, Population.Parsed> populations;
  private final long[][] counts;

  DemographicsReport(List<Item> items, Map<String, Population.Parsed> populations) {
    this.items = items;
    this.fullCodes = items.stream().map(item -> PREFIX + item.code()).toArray(String[]::new);
    this.populations = populations;
    this.counts = new long[items.size()][];
    for (int i = 0; i < items.size(); i++) {
      counts[i] = new long[items.get(i).options().size()];
    }
  }

  static String share(String item, String option) {
    return PREFIX + "share." + item + "." + option;
  }

  static String answered(String item) {
    return PREFIX + "answered." + item;
  }

  static String fit(String item, String what) {
    return PREFIX + "fit." + item + "." + what;
  }

  @Override
  public void accept(ScoredResponse response) {
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      var answer = response.answers().choice(fullCodes[i]);
      if (answer.isPresent()) {
        int index = indexOf(item, answer.get());
        if (index >= 0) {
          counts[i][index]++;
        }
      }
    }
  }

  private static int indexOf(Item item, String code) {
    List<Option> options = item.options();
    for (int j = 0; j < options.size(); j++) {
      if (options.get(j).code().equals(code)) {
        return j;
      }
    }
    return -1;
  }

  @Override
  public ReportSection build() {
    ReportSection.Builder section = ReportSection.builder("About the respondents");
    List<List<Cell>> fitRows = new ArrayList<>();
    List<String> fitNotes = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      long[] observed = counts[i];
      distribution(section, item, observed);
      Population.Parsed population =
          populations.getOrDefault(item.code(), new Population.NotEntered());
      if (population instanceof Population.Entered entered) {
        fitRows.add(goodnessOfFit(section, item, observed, entered.shares(), fitNotes));
      } else if (population instanceof Population.Invalid invalid) {
        fitNotes.add(
            name(item)
                + ": the invited population entered (setting "
                + PREFIX
                + Demographics.POPULATION
                + item.code()
                + ") could not be read, so the sample is not compared with it: "
                + invalid.reason()
                + ".");
      }
    }
    if (!fitRows.isEmpty()) {
      section.table(
          new ReportTable(
              "Does the sample mirror the invited list? (chi-square goodness of fit)",
              List.of("Item", "Respondents tested", "Chi-square", "df", "p", "Cohen's w"),
              fitRows));
    }
    section.note(
        "Shares are of the respondents who answered each item; every item could be skipped.");
    if (!fitRows.isEmpty()) {
      section.note(
          "Sample vs invited population: Pearson's chi-square goodness-of-fit test of the sample's"
              + " counts against the distribution entered for the invited physicians (rescaled to"
              + " 100%), over the options that distribution lists, with k - 1 degrees of freedom. A"
              + " small p says the sample's make-up differs from the invited list's; Cohen's w ="
              + " sqrt(chi-square / n) says by how much (0.1 small, 0.3 medium, 0.5 large). With"
              + " many respondents a trivial difference is significant; with few, a large one may"
              + " not be.");
    }
    fitNotes.forEach(section::note);
    return section.build();
  }

  private static String name(Item item) {
    return Demographics.ITEM_NAMES.getOrDefault(item.code(), item.code());
  }

  private static void distribution(ReportSection.Builder section, Item item, long[] observed) {
    long total = 0;
    for (long c : observed) {
      total += c;
    }
    String name = name(item);
    section.statistic(
        Statistic.count(answered(item.code()), name + ": respondents who answered", total));
    List<String> labels = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<List<Cell>> rows = new ArrayList<>();
    List<Option> options = item.options();
    for (int j = 0; j < options.size(); j++) {
      Option option = options.get(j);
      String key = share(item.code(), option.code());
      section.statistic(
          Statistic.proportion(key, name + ": " + option.label(), observed[j], total));
      labels.add(option.label());
      keys.add(key);
      rows.add(List.of(Cell.text(option.label()), Cell.statistic(key, Format.COUNT_AND_PERCENT)));
    }
    rows.add(List.of(Cell.text("Answered"), Cell.statistic(answered(item.code()), Format.COUNT)));
    // every respondent who answered chose one option
    section.sum(Sum.shares(keys)).sum(Sum.of(answered(item.code()), keys));
    section.table(
        new ReportTable(name, List.of(name, "Respondents (% of those who answered)"), rows));
    ReportChart.Type type =
        switch (item.code()) {
          case Demographics.GENDER -> ReportChart.Type.PIE;
          case Demographics.AGE_BAND -> ReportChart.Type.BAR;
          default -> ReportChart.Type.HORIZONTAL_BAR;
        };
    section.chart(
        new ReportChart(
            name + ", % of those who answered",
            type,
            labels,
            List.of(new ReportChart.Series("Respondents", keys))));
  }

  /**
   * Publishes the test of one item against its population; returns the item's row of the summary
   * table.
   */
  private static List<Cell> goodnessOfFit(
      ReportSection.Builder section,
      Item item,
      long[] observed,
      double[] shares,
      List<String> notes) {
    String code = item.code();
    String name = name(item);
    GoodnessOfFit fit = GoodnessOfFit.test(observed, shares);
    long n = fit.n();
    section
        .statistic(
            Statistic.value(
                fit(code, "chi2"),
                name + ": chi-square of the sample against the invited population",
                fit.chiSquare(),
                n))
        .statistic(
            Statistic.value(
                fit(code, "df"),
                name + ": degrees of freedom of that test",
                fit.isDefined() ? fit.degreesOfFreedom() : Double.NaN,
                n))
        .statistic(
            Statistic.value(fit(code, "p_value"), name + ": p-value of that test", fit.pValue(), n))
        .statistic(
            Statistic.value(
                fit(code, "cohens_w"), name + ": Cohen's w of that test", fit.cohensW(), n))
        .statistic(
            Statistic.count(
                fit(code, "n"),
                name
                    + ": respondents tested (who answered with an option the invited population"
                    + " lists)",
                n));

    List<Option> options = item.options();
    List<List<Cell>> rows = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<String> sampleKeys = new ArrayList<>();
    List<String> populationKeys = new ArrayList<>();
    List<String> over = new ArrayList<>();
    List<String> under = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    for (int j = 0; j < options.size(); j++) {
      Option option = options.get(j);
      if (shares[j] <= 0) {
        if (observed[j] > 0) {
          absent.add(option.label());
        }
        continue;
      }
      String sampleKey = fit(code, "sample." + option.code());
      String populationKey = fit(code, "population." + option.code());
      String expectedKey = fit(code, "expected." + option.code());
      section
          .statistic(
              Statistic.proportion(
                  sampleKey,
                  name + ": " + option.label() + ", share of the respondents tested",
                  observed[j],
                  n))
          // entered by the designer, not counted: a share with no numerator, published with the
          // test
          .statistic(
              new Statistic(
                  populationKey,
                  name + ": " + option.label() + ", share of the invited population",
                  Statistic.Kind.PROPORTION,
                  shares[j],
                  null,
                  n))
          .statistic(
              Statistic.value(
                  expectedKey,
                  name
                      + ": "
                      + option.label()
                      + ", expected count if the sample mirrored the invited population",
                  fit.isDefined() ? fit.expected()[j] : Double.NaN,
                  n));
      rows.add(
          List.of(
              Cell.text(option.label()),
              Cell.statistic(sampleKey, Format.COUNT_AND_PERCENT),
              Cell.statistic(populationKey, Format.PERCENT),
              Cell.statistic(expectedKey, Format.DECIMAL)));
      labels.add(option.label());
      sampleKeys.add(sampleKey);
      populationKeys.add(populationKey);
      if (fit.isDefined()) {
        // adjusted residual: (O - n p) / sqrt(n p (1 - p)), about standard normal under the
        // population
        double e = fit.expected()[j];
        double residual = (observed[j] - e) / Math.sqrt(e * (1 - shares[j]));
        if (residual > RESIDUAL) {
          over.add(option.label());
        } else if (residual < -RESIDUAL) {
          under.add(option.label());
        }
      }
    }
    if (!sampleKeys.isEmpty()) {
      // those tested chose one of the options the population lists; those who answered are them
      // and those who chose an option it does not list
      List<String> answeredParts = new ArrayList<>();
      answeredParts.add(fit(code, "n"));
      for (int j = 0; j < options.size(); j++) {
        if (shares[j] <= 0) {
          answeredParts.add(share(code, options.get(j).code()));
        }
      }
      section
          .sum(Sum.shares(sampleKeys))
          .sum(Sum.of(fit(code, "n"), sampleKeys))
          .sum(Sum.of(answered(code), answeredParts));
    }
    section.table(
        new ReportTable(
            name + ": sample vs invited population",
            List.of(name, "Sample (% of those tested)", "Invited population", "Expected count"),
            rows));
    section.chart(
        new ReportChart(
            name + ": sample vs invited population, %",
            ReportChart.Type.BAR,
            labels,
            List.of(
                new ReportChart.Series("Sample", sampleKeys),
                new ReportChart.Series("Invited population", populationKeys))));

    if (!absent.isEmpty()) {
      notes.add(
          name
              + ": the invited population entered lists no "
              + String.join(", ", absent)
              + "; respondents who answered so are left out of the comparison.");
    }
    notes.add(reading(name, fit, over, under));
    if (fit.hasSmallExpectedCounts()) {
      notes.add(
          name
              + ": an expected count is below 5 (smallest "
              + String.format(Locale.ROOT, "%.1f", fit.smallestExpected())
              + "), so the chi-square approximation is doubtful; merge small categories in the"
              + " population entered, or read the p-value with caution.");
    }
    return List.of(
        Cell.text(name),
        Cell.statistic(fit(code, "n"), Format.COUNT),
        Cell.statistic(fit(code, "chi2"), Format.DECIMAL),
        Cell.statistic(fit(code, "df"), Format.COUNT),
        Cell.statistic(fit(code, "p_value"), Format.P_VALUE),
        Cell.statistic(fit(code, "cohens_w"), Format.DECIMAL));
  }

  /**
   * The answer to "does the sample mirror the invited list?" in words. It quotes no figure of the
   * sample (notes are not suppressed), only the test's verdict and the options that stand out.
   */
  static String reading(String name, GoodnessOfFit fit, List<String> over, List<String> under) {
    String question =
        "Does the sample mirror the invited list on " + name.toLowerCase(Locale.ROOT) + "? ";
    if (!fit.isDefined()) {
      return question
          + "Not known: no respondent answered with an option the invited population lists.";
    }
    if (fit.n() < MIN_READING) {
      return question + "Not known: too few respondents answered to tell.";
    }
    if (fit.pValue() >= 0.05) {
      return question
          + "Broadly yes: the test finds no significant difference between the sample and the"
          + " invited population (p >= 0.05). This does not prove the sample representative, and"
          + " says nothing about characteristics the invited list does not record.";
    }
    StringBuilder text =
        new StringBuilder(question)
            .append(
                "No: the sample's make-up differs significantly from the invited population's (")
            .append(fit.pValue() < 0.001 ? "p < 0.001" : "p < 0.05")
            .append("); by Cohen's w the difference is ")
            .append(size(fit.cohensW()))
            .append('.');
    if (!over.isEmpty()) {
      text.append(" Over-represented: ").append(String.join(", ", over)).append('.');
    }
    if (!under.isEmpty()) {
      text.append(" Under-represented: ").append(String.join(", ", under)).append('.');
    }
    text.append(
        " Figures for the whole sample lean towards the over-represented groups; compare them by"
            + " subgroup, or weight them.");
    return text.toString();
  }

  /** Cohen's (1988) conventions for w. */
  static String size(double w) {
    if (w < 0.1) {
      return "negligible";
    } else if (w < 0.3) {
      return "small";
    } else if (w < 0.5) {
      return "medium";
    }
    return "large";
  }
}
