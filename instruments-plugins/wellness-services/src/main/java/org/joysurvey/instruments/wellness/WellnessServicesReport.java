package org.joysurvey.instruments.wellness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * Counts the respondents in each of the eight combinations of the three services (bit i set =
 * service i used; 0 = none), overall and, with Mini-Z, for the burned-out and the others.
 */
final class WellnessServicesReport implements SectionBuilder {

  static final String PREFIX = WellnessServices.ID + ".";
  static final String ANY_RATE = PREFIX + "any_rate";
  static final String RATE = PREFIX + "rate.";
  static final String VENN = PREFIX + "venn.";
  static final String AMONG_BURNOUT = PREFIX + "among_burnout.";
  static final String AMONG_NOT_BURNOUT = PREFIX + "among_not_burnout.";
  static final String MINI_Z_BURNOUT = "mini-z.burnout";

  /**
   * The Venn regions as bit masks, in ReportChart.Type.VENN3's order: A, B, C, A+B, A+C, B+C,
   * A+B+C.
   */
  static final int[] VENN_ORDER = {1, 2, 4, 3, 5, 6, 7};

  private final String programLabel;
  private final boolean withMiniZ;
  private final long[] all = new long[8];
  private final long[] burnedOut = new long[8];
  private final long[] notBurnedOut = new long[8];

  WellnessServicesReport(String programLabel, boolean withMiniZ) {
    this.programLabel = programLabel;
    this.withMiniZ = withMiniZ;
  }

  @Override
  public void accept(ScoredResponse response) {
    List<String> used = response.answers().choices(WellnessServices.USED_ITEM);
    if (used.isEmpty()) {
      return;
    }
    int mask = mask(used);
    all[mask]++;
    if (withMiniZ) {
      Optional<Boolean> burnout = response.derived().flag(MINI_Z_BURNOUT);
      if (burnout.isPresent()) {
        (burnout.get() ? burnedOut : notBurnedOut)[mask]++;
      }
    }
  }

  /** Bit i set = service i used; 0 = none of the three. */
  private static int mask(List<String> used) {
    int mask = 0;
    for (int i = 0; i < WellnessServices.SERVICES.size(); i++) {
      if (used.contains(WellnessServices.SERVICES.get(i))) {
        mask |= 1 << i;
      }
    }
    return mask;
  }

  /**
   * The Venn key of a region: its services' codes, sorted and joined with "+" ({@code
   * employer+self-pay}).
   */
  static String vennKey(int mask) {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < WellnessServices.SERVICES.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        codes.add(WellnessServices.SERVICES.get(i));
      }
    }
    return VENN + String.join("+", codes.stream().sorted().toList());
  }

  /** The report's names of the three services; the society's is the edition's program label. */
  List<String> serviceLabels() {
    String society =
        programLabel.equals(WellnessServices.DEFAULT_PROGRAM_LABEL)
            ? capitalized(programLabel)
            : capitalized(programLabel) + " (the society's program)";
    return List.of(
        "Self-pay or insurance", "Employer (medical group, health system, hospital)", society);
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  @Override
  public ReportSection build() {
    List<String> labels = serviceLabels();
    ReportSection.Builder section = ReportSection.builder("Wellness services");
    long answered = total(all);
    List<List<Cell>> rateRows = new ArrayList<>();
    for (Share share : shares(all, labels)) {
      String key = share.code.equals("any") ? ANY_RATE : RATE + share.code;
      section.statistic(Statistic.proportion(key, "Used: " + share.label, share.count, answered));
      rateRows.add(List.of(Cell.text(share.label), Cell.statistic(key, Format.COUNT_AND_PERCENT)));
    }
    section.table(
        new ReportTable(
            "Wellness services used (of " + answered + " who answered)",
            List.of("Service", "Respondents"),
            rateRows));

    List<String> vennKeys = new ArrayList<>();
    List<List<Cell>> vennRows = new ArrayList<>();
    for (int mask : VENN_ORDER) {
      String key = vennKey(mask);
      String region = regionLabel(mask, labels);
      section.statistic(Statistic.count(key, region, all[mask]));
      vennKeys.add(key);
      vennRows.add(List.of(Cell.text(region), Cell.statistic(key, Format.COUNT)));
    }
    section
        .chart(
            new ReportChart(
                "Wellness services used, respondents per combination",
                ReportChart.Type.VENN3,
                labels,
                List.of(new ReportChart.Series("Respondents", vennKeys))))
        .table(
            new ReportTable(
                "Combinations of services used", List.of("Used", "Respondents"), vennRows));

    // the regions do not overlap: a service's users are the regions inside its circle, any
    // service's are all seven, and the rest of those who answered chose none
    for (int i = 0; i < WellnessServices.SERVICES.size(); i++) {
      List<String> inside = new ArrayList<>();
      for (int mask : VENN_ORDER) {
        if ((mask & (1 << i)) != 0) {
          inside.add(vennKey(mask));
        }
      }
      section.sum(Sum.of(RATE + WellnessServices.SERVICES.get(i), inside));
    }
    section
        .sum(Sum.of(ANY_RATE, vennKeys))
        .sum(Sum.within(ANY_RATE, vennKeys))
        .sum(Sum.shares(List.of(ANY_RATE, RATE + WellnessServices.NONE)));

    if (withMiniZ) {
      amongBurnout(section, labels);
    } else {
      section.note("Use among burned-out physicians needs the Mini-Z instrument in the edition.");
    }
    return section
        .note(
            "Percentages are of the respondents who answered the question. \"Any\" is any of the"
                + " three services; \"none\" cannot be combined with a service.")
        .note(
            "The Venn regions do not overlap: \""
                + labels.get(1)
                + " only\" counts respondents who used the employer's services and neither of the"
                + " others. Respondents who answered \"none\" are outside the three circles.")
        .note(
            "The society's program is named \""
                + programLabel
                + "\" in this edition (setting "
                + WellnessServices.ID
                + "."
                + WellnessServices.PROGRAM_LABEL
                + ").")
        .build();
  }

  private void amongBurnout(ReportSection.Builder section, List<String> labels) {
    long burnedAnswered = total(burnedOut);
    long otherAnswered = total(notBurnedOut);
    List<Share> burned = shares(burnedOut, labels);
    List<Share> others = shares(notBurnedOut, labels);
    List<List<Cell>> rows = new ArrayList<>();
    List<String> rowLabels = new ArrayList<>();
    List<String> burnedKeys = new ArrayList<>();
    List<String> otherKeys = new ArrayList<>();
    for (int i = 0; i < burned.size(); i++) {
      Share b = burned.get(i);
      Share o = others.get(i);
      String burnedKey = AMONG_BURNOUT + b.code;
      String otherKey = AMONG_NOT_BURNOUT + b.code;
      section
          .statistic(
              Statistic.proportion(
                  burnedKey,
                  "Used by the burned-out (Mini-Z): " + b.label,
                  b.count,
                  burnedAnswered))
          .statistic(
              Statistic.proportion(
                  otherKey,
                  "Used by the not burned-out (Mini-Z): " + b.label,
                  o.count,
                  otherAnswered));
      rows.add(
          List.of(
              Cell.text(b.label),
              Cell.statistic(burnedKey, Format.COUNT_AND_PERCENT),
              Cell.statistic(otherKey, Format.COUNT_AND_PERCENT)));
      rowLabels.add(b.label);
      burnedKeys.add(burnedKey);
      otherKeys.add(otherKey);
    }
    // "any" or "none" within each group; the burned-out and the others (whose Mini-Z is known)
    // are two groups of those who answered
    section
        .sum(Sum.shares(List.of(AMONG_BURNOUT + "any", AMONG_BURNOUT + WellnessServices.NONE)))
        .sum(
            Sum.shares(
                List.of(AMONG_NOT_BURNOUT + "any", AMONG_NOT_BURNOUT + WellnessServices.NONE)));
    for (Share share : burned) {
      String overall = share.code.equals("any") ? ANY_RATE : RATE + share.code;
      section.sums(
          Sum.groups(overall, List.of(AMONG_BURNOUT + share.code, AMONG_NOT_BURNOUT + share.code)));
    }
    section
        .table(
            new ReportTable(
                "Wellness services used, by Mini-Z burnout",
                List.of(
                    "Service",
                    "Burned out (of " + burnedAnswered + ")",
                    "Not burned out (of " + otherAnswered + ")"),
                rows))
        .chart(
            new ReportChart(
                "Wellness services used, by Mini-Z burnout, % of those who answered",
                ReportChart.Type.HORIZONTAL_BAR,
                rowLabels,
                List.of(
                    new ReportChart.Series("Burned out", burnedKeys),
                    new ReportChart.Series("Not burned out", otherKeys))))
        .note(
            "Burned out = Mini-Z level 3 or above. The comparison is of respondents who answered"
                + " both questions.");
  }

  /** One row of a rates table: the three services, any of them, none. */
  private record Share(String code, String label, long count) {}

  private static List<Share> shares(long[] counts, List<String> labels) {
    List<Share> shares = new ArrayList<>();
    for (int i = 0; i < WellnessServices.SERVICES.size(); i++) {
      long used = 0;
      for (int mask = 0; mask < 8; mask++) {
        if ((mask & (1 << i)) != 0) {
          used += counts[mask];
        }
      }
      shares.add(new Share(WellnessServices.SERVICES.get(i), labels.get(i), used));
    }
    shares.add(new Share("any", "Any of the three", total(counts) - counts[0]));
    shares.add(new Share(WellnessServices.NONE, "None", counts[0]));
    return shares;
  }

  private static long total(long[] counts) {
    long n = 0;
    for (long c : counts) {
      n += c;
    }
    return n;
  }

  private static String regionLabel(int mask, List<String> labels) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        names.add(labels.get(i));
      }
    }
    return names.size() == 1 ? names.get(0) + " only" : String.join(" + ", names);
  }
}
