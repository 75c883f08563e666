package org.joysurvey.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionStatus;
import org.joysurvey.edition.EditionView;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.publication.PublicReport;
import org.joysurvey.publication.Publication;
import org.joysurvey.publication.PublicationService;
import org.joysurvey.publication.PublishedReport;
import org.joysurvey.report.Comparison;
import org.joysurvey.report.EditionReport;
import org.joysurvey.report.ReportGroup;
import org.joysurvey.report.ReportService;
import org.joysurvey.report.SectionReport;
import org.joysurvey.security.Roles;
import org.joysurvey.spi.ReportChart;
import org.joysurvey.spi.ReportTable;
import org.joysurvey.spi.ReportTextList;
import org.joysurvey.spi.Statistic;
import org.joysurvey.spi.Subgroups;

/**
 * The report page of an edition. A visitor sees the latest publication (or, with {@code version},
 * an earlier one), as it was stored when it was published, and "not published yet" while there is
 * none; admins and analysts see the live report, labelled as not public, with links to the
 * publications. Either way every figure resting on too few respondents is replaced by "suppressed"
 * with the reason, in the tables, the statistics list and the charts (a publication does not even
 * hold the number). Proportions compared with an earlier year show that year's figure and the
 * change in the key figures, and bar charts show the earlier year beside this one; earlier figures
 * are suppressed by the same rule, and a change whenever either figure is.
 */
@Named
@RequestScoped
public class ReportView {

  /**
   * A statistic as a line of the page; {@code previous}, {@code change} and {@code comparedWith}
   * are empty when it is not compared with an earlier year.
   */
  public record StatisticLine(
      String key,
      String label,
      String value,
      Long denominator,
      String suppressedBecause,
      String previous,
      String change,
      String comparedWith) {}

  /** A table with its cells formatted. */
  public record TableView(String title, List<String> columns, List<List<String>> rows) {}

  /**
   * A chart: a Chart.js configuration, or for a Venn diagram the figures of its SVG; {@code years}
   * ("2020 vs 2018") when it shows earlier years beside this one, otherwise {@code null}.
   */
  public record ChartView(String title, String json, VennView venn, String years) {}

  /**
   * A three-set Venn diagram drawn as SVG: set names A, B, C and the seven region figures in the
   * order A only, B only, C only, A+B, A+C, B+C, A+B+C ("suppressed" where a cell is too small).
   */
  public record VennView(List<String> sets, List<String> regions) {}

  /** A free-text list; {@code suppressedBecause} set means the texts are withheld. */
  public record TextsView(
      String title, long answered, List<String> texts, String suppressedBecause) {}

  /**
   * One instrument's section, formatted; {@code compared} when some figure has an earlier year's.
   */
  public record SectionView(
      String instrument,
      String title,
      String error,
      List<StatisticLine> statistics,
      List<TableView> tables,
      List<ChartView> charts,
      List<TextsView> texts,
      List<String> notes,
      boolean compared) {}

  @Inject private ReportService reports;

  @Inject private PublicationService publications;

  @Inject private EditionService editions;

  /** One choice of the group menu: {@code demographics.practice_mode:large-group}, its label. */
  public record GroupOption(String value, String label) {}

  private Long edition;
  private Integer version;
  private String group;
  private ReportGroup reportGroup;
  private String groupProblem;
  private List<GroupOption> groupOptions = List.of();
  private List<Publication> groupPublications = List.of();
  private EditionReport report;
  private PublishedReport published;
  private Publication latest;
  private EditionView notPublished;
  private boolean missingVersion;
  private List<SectionView> sections = List.of();

  public void load() {
    if (edition == null) {
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    boolean privileged = external.isUserInRole(Roles.ADMIN) || external.isUserInRole(Roles.ANALYST);
    if (group != null && !group.isBlank()) {
      try {
        reportGroup = ReportGroup.parse(group);
      } catch (InputRejectedException e) {
        groupProblem = e.problems().get(0).message();
        return;
      }
    }
    List<Publication> all = publications.list(edition);
    groupPublications = latestOfEachGroup(all);
    groupOptions = groupOptions(reports.subgroups(edition));
    if (version != null) {
      published = publications.version(edition, reportGroup, version).orElse(null);
      missingVersion = published == null;
    } else if (privileged) {
      Optional<EditionReport> found;
      try {
        found = reports.report(edition, reportGroup);
      } catch (InputRejectedException e) {
        groupProblem = e.problems().get(0).message();
        return;
      }
      // a draft has no report: its page reads as if it did not exist
      if (found.isPresent() && found.get().edition().status() != EditionStatus.DRAFT) {
        report = found.get();
      }
    } else {
      published = publications.latest(edition, reportGroup).orElse(null);
      if (published == null) {
        notPublished =
            editions.find(edition).filter(e -> e.status() != EditionStatus.DRAFT).orElse(null);
      }
    }
    if (privileged) {
      List<Publication> same =
          all.stream().filter(p -> java.util.Objects.equals(p.group(), reportGroup)).toList();
      latest = same.isEmpty() ? null : same.get(same.size() - 1);
    }
    if (published != null) {
      report = published.report().report();
    }
    if (report == null) {
      return;
    }
    List<SectionView> views = new ArrayList<>();
    for (SectionReport s : report.report().sections()) {
      views.add(
          s.isFailed()
              ? new SectionView(
                  s.instrument(),
                  s.instrument(),
                  s.error(),
                  List.of(),
                  List.of(),
                  List.of(),
                  List.of(),
                  List.of(),
                  false)
              : section(s, report, published == null ? null : published.report()));
    }
    sections = views;
  }

  /**
   * One section; {@code publicView} is the publication's, whose withheld figures are not in the
   * section: they are listed after the others, as "suppressed", under their labels.
   */
  private static SectionView section(
      SectionReport s, EditionReport report, PublicReport publicView) {
    Map<String, Statistic> byKey = s.statisticsByKey();
    List<StatisticLine> lines = new ArrayList<>();
    boolean compared = false;
    for (Statistic st : s.section().statistics()) {
      var suppression = s.suppression(st.key());
      Optional<Comparison> comparison = report.comparison(st.key());
      compared |= comparison.isPresent();
      lines.add(
          new StatisticLine(
              st.key(),
              st.label(),
              StatisticFormat.format(st, StatisticFormat.natural(st), suppression),
              // a withheld figure's denominator is not published either
              publicView != null && suppression.isPresent() ? null : st.basis(),
              suppression.map(x -> x.reason()).orElse(null),
              comparison.map(StatisticFormat::previous).orElse(""),
              comparison.map(c -> StatisticFormat.change(c, suppression)).orElse(""),
              comparison.map(StatisticFormat::source).orElse("")));
    }
    if (publicView != null) {
      for (var sup : s.suppressed()) {
        String label = publicView.withheldStatistics().get(sup.key());
        if (label != null && !byKey.containsKey(sup.key())) {
          lines.add(
              new StatisticLine(
                  sup.key(), label, StatisticFormat.SUPPRESSED, null, sup.reason(), "", "", ""));
        }
      }
    }
    List<TableView> tables = new ArrayList<>();
    for (ReportTable t : s.section().tables()) {
      List<List<String>> rows = new ArrayList<>();
      for (List<ReportTable.Cell> row : t.rows()) {
        List<String> cells = new ArrayList<>();
        for (ReportTable.Cell cell : row) {
          if (cell instanceof ReportTable.Text text) {
            cells.add(text.text());
          } else if (cell instanceof ReportTable.StatisticRef ref) {
            Statistic st = byKey.get(ref.key());
            cells.add(
                st == null
                    ? withheld(s, ref.key())
                    : StatisticFormat.format(st, ref.format(), s.suppression(ref.key())));
          }
        }
        rows.add(cells);
      }
      tables.add(new TableView(t.title(), t.columns(), rows));
    }
    List<ChartView> charts = new ArrayList<>();
    for (ReportChart c : s.section().charts()) {
      if (c.type() == ReportChart.Type.VENN3) {
        charts.add(new ChartView(c.title(), null, venn(c, s, byKey), null));
      } else {
        List<Integer> years =
            c.type() == ReportChart.Type.PIE ? List.of() : comparedYears(c, report);
        charts.add(
            new ChartView(
                c.title(),
                chartJson(c, s, byKey, report, years),
                null,
                years.isEmpty()
                    ? null
                    : report.edition().year()
                        + " vs "
                        + years.stream().map(String::valueOf).collect(Collectors.joining(", "))));
      }
    }
    List<TextsView> texts = new ArrayList<>();
    if (publicView != null) {
      // a withheld list is not in the publication: its title and the reason are
      for (var sup : s.suppressed()) {
        String title = publicView.withheldTexts().get(sup.key());
        if (title != null) {
          texts.add(new TextsView(title, 0, List.of(), sup.reason()));
        }
      }
    }
    for (ReportTextList list : s.section().texts()) {
      var suppression = s.suppression(list.item());
      texts.add(
          new TextsView(
              list.title(),
              list.answered(),
              suppression.isPresent() ? List.of() : list.texts(),
              suppression.map(x -> x.reason()).orElse(null)));
    }
    return new SectionView(
        s.instrument(),
        s.section().title(),
        null,
        lines,
        tables,
        charts,
        texts,
        s.section().notes(),
        compared);
  }

  private static VennView venn(ReportChart chart, SectionReport s, Map<String, Statistic> byKey) {
    List<String> regions = new ArrayList<>();
    for (String key : chart.series().get(0).statisticKeys()) {
      Statistic st = byKey.get(key);
      regions.add(
          st == null
              ? withheld(s, key)
              : StatisticFormat.format(st, ReportTable.Format.COUNT, s.suppression(key)));
    }
    return new VennView(chart.labels(), regions);
  }

  /**
   * A cell of a statistic the section does not have: "suppressed" when it was withheld (a
   * publication leaves withheld figures out), otherwise empty.
   */
  private static String withheld(SectionReport s, String key) {
    return s.suppression(key).isPresent() ? StatisticFormat.SUPPRESSED : "";
  }

  /** The earlier years that some point of the chart is compared with, most recent first. */
  private static List<Integer> comparedYears(ReportChart chart, EditionReport report) {
    return chart.series().stream()
        .flatMap(series -> series.statisticKeys().stream())
        .map(report::comparison)
        .flatMap(Optional::stream)
        .map(Comparison::year)
        .distinct()
        .sorted(Comparator.reverseOrder())
        .toList();
  }

  /**
   * Chart.js configuration for p:chart; suppressed or undefined points are left empty (null). When
   * points are compared with earlier years ({@code years}), each series is followed by one dataset
   * per earlier year, labelled with that year ("2020 vs 2018" bars): a point whose earlier figure
   * comes from another year, or is suppressed, is empty there.
   */
  static String chartJson(
      ReportChart chart,
      SectionReport s,
      Map<String, Statistic> byKey,
      EditionReport report,
      List<Integer> years) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    chart.labels().forEach(labels::add);
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    String[] colours = {"#2f6f9f", "#d9822b", "#3a9b5c", "#8e5ea2"};
    // each earlier year a lighter shade of its series' colour, older years lighter still
    String[][] earlierColours = {
      {"#8fb3d1", "#c9dbea"}, {"#ecb888", "#f6dcc4"}, {"#93cba5", "#cfe8d7"}, {"#c2a5cf", "#e3d5e9"}
    };
    boolean single = chart.series().size() == 1;
    int i = 0;
    for (ReportChart.Series series : chart.series()) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (String key : series.statisticKeys()) {
        Statistic st = byKey.get(key);
        if (st == null || !st.isDefined() || s.suppression(key).isPresent()) {
          data.addNull();
        } else {
          double value = st.kind() == Statistic.Kind.PROPORTION ? st.value() * 100 : st.value();
          data.add(Math.round(value * 10) / 10.0);
        }
      }
      String colour = colours[i % colours.length];
      String label =
          years.isEmpty()
              ? series.label()
              : single
                  ? Integer.toString(report.edition().year())
                  : series.label() + " " + report.edition().year();
      datasets.add(
          Json.createObjectBuilder()
              .add("label", label)
              .add("data", data)
              .add("backgroundColor", colour)
              .add("borderColor", colour));
      for (int j = 0; j < years.size(); j++) {
        int year = years.get(j);
        JsonArrayBuilder earlier = Json.createArrayBuilder();
        for (String key : series.statisticKeys()) {
          Optional<Comparison> c = report.comparison(key).filter(x -> x.year() == year);
          if (c.isEmpty() || c.get().suppressed() != null || Double.isNaN(c.get().previous())) {
            earlier.addNull();
          } else {
            earlier.add(Math.round(c.get().previous() * 1000) / 10.0);
          }
        }
        String[] shades = earlierColours[i % earlierColours.length];
        String earlierColour = shades[Math.min(j, shades.length - 1)];
        datasets.add(
            Json.createObjectBuilder()
                .add("label", single ? Integer.toString(year) : series.label() + " " + year)
                .add("data", earlier)
                .add("backgroundColor", earlierColour)
                .add("borderColor", earlierColour));
      }
      i++;
    }
    String type = chart.type() == ReportChart.Type.PIE ? "pie" : "bar";
    var options =
        Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false);
    if (chart.type() == ReportChart.Type.HORIZONTAL_BAR) {
      options.add("indexAxis", "y");
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }

  /** The latest publication of each group's report, in the order the list gives them. */
  private static List<Publication> latestOfEachGroup(List<Publication> all) {
    java.util.Map<ReportGroup, Publication> latest = new java.util.LinkedHashMap<>();
    for (Publication p : all) {
      if (p.group() != null) {
        latest.merge(p.group(), p, (a, b) -> a.version() >= b.version() ? a : b);
      }
    }
    return List.copyOf(latest.values());
  }

  private static List<GroupOption> groupOptions(List<Subgroups.Dimension> dimensions) {
    List<GroupOption> options = new ArrayList<>();
    for (Subgroups.Dimension d : dimensions) {
      for (Subgroups.Group g : d.groups()) {
        options.add(new GroupOption(d.variable() + ":" + g.code(), d.title() + ": " + g.label()));
      }
    }
    return options;
  }

  public Long getEdition() {
    return edition;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  /** Why the group asked for cannot be reported, or {@code null}. */
  public String getGroupProblem() {
    return groupProblem;
  }

  /** The groups a report of the edition may be restricted to (the menu is for the live report). */
  public List<GroupOption> getGroupOptions() {
    return groupOptions;
  }

  /** The latest published report of each group that has one. */
  public List<Publication> getGroupPublications() {
    return groupPublications;
  }

  /** The label of the group the report is for, or {@code null} for everyone. */
  public String getGroupLabel() {
    if (reportGroup == null) {
      return null;
    }
    return groupOptions.stream()
        .filter(o -> o.value().equals(reportGroup.toString()))
        .map(GroupOption::label)
        .findFirst()
        .orElse(reportGroup.toString());
  }

  public void setEdition(Long edition) {
    this.edition = edition;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  /** The report shown: the live one, or a publication's; {@code null} when there is none. */
  public EditionReport getReport() {
    return report;
  }

  /** The publication shown, or {@code null} when the page shows the live report (or nothing). */
  public PublishedReport getPublished() {
    return published;
  }

  /** Whether this is the live report, which only admins and analysts see. */
  public boolean isLive() {
    return report != null && published == null;
  }

  /** For admins and analysts: the latest publication, or {@code null} when there is none. */
  public Publication getLatest() {
    return latest;
  }

  /** The edition whose report a visitor asked for before it was published, or {@code null}. */
  public EditionView getNotPublished() {
    return notPublished;
  }

  /** Whether {@code version} named a version that was never published. */
  public boolean isMissingVersion() {
    return missingVersion;
  }

  public List<SectionView> getSections() {
    return sections;
  }
}
