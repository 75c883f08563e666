package org.joysurvey.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joysurvey.document.ChartColours;
import org.joysurvey.document.ChartData;
import org.joysurvey.document.PresentedReport;
import org.joysurvey.document.PresentedSection;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionStatus;
import org.joysurvey.edition.EditionView;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.publication.Publication;
import org.joysurvey.publication.PublicationService;
import org.joysurvey.publication.PublishedReport;
import org.joysurvey.report.EditionReport;
import org.joysurvey.report.ReportGroup;
import org.joysurvey.report.ReportService;
import org.joysurvey.security.Roles;
import org.joysurvey.spi.ReportChart;
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
   * A chart: a Chart.js configuration, or for a Venn diagram the figures of its SVG; {@code years}
   * ("2020 vs 2018") when it shows earlier years beside this one, otherwise {@code null}; {@code
   * description} every point in words, for screen readers.
   */
  public record ChartView(
      String title, String json, ChartData.Venn venn, String years, String description) {}

  /** One instrument's section as {@link PresentedReport} formats it, its charts for Chart.js. */
  public record SectionView(
      String instrument,
      String title,
      String error,
      List<PresentedSection.Line> statistics,
      List<PresentedSection.Table> tables,
      List<ChartView> charts,
      List<PresentedSection.Texts> texts,
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
    for (PresentedSection p :
        PresentedReport.sections(report, published == null ? null : published.report())) {
      List<ChartView> charts = new ArrayList<>();
      for (ChartData c : p.charts()) {
        charts.add(
            new ChartView(
                c.title(),
                c.venn() == null ? chartJson(c) : null,
                c.venn(),
                c.years(),
                c.description()));
      }
      views.add(
          new SectionView(
              p.instrument(),
              p.title(),
              p.error(),
              p.statistics(),
              p.tables(),
              charts,
              p.texts(),
              p.notes(),
              p.compared()));
    }
    sections = views;
  }

  /**
   * Chart.js configuration for p:chart: each of the chart's datasets, suppressed or undefined
   * points left empty (null), earlier years in lighter shades of their series' colour.
   */
  static String chartJson(ChartData chart) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    chart.labels().forEach(labels::add);
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (ChartData.Dataset d : chart.datasets()) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (Double value : d.values()) {
        if (value == null) {
          data.addNull();
        } else {
          data.add(value);
        }
      }
      String colour = ChartColours.of(d.series(), d.earlier());
      datasets.add(
          Json.createObjectBuilder()
              .add("label", d.label())
              .add("data", data)
              .add("backgroundColor", colour)
              .add("borderColor", colour));
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
