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
import java.util.Locale;
import java.util.Map;
import org.joysurvey.crosstab.Crosstab;
import org.joysurvey.crosstab.CrosstabService;
import org.joysurvey.crosstab.CrosstabVariable;
import org.joysurvey.document.StatisticFormat;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;
import org.joysurvey.security.Roles;
import org.joysurvey.statistics.ChiSquareResult;
import org.joysurvey.statistics.FisherExactTest;

/**
 * The "Explore cross-tabulations" panel of the live report, for admins and analysts: two menus, a
 * plain GET form (so a table has an address and works without script), the table with row or column
 * percentages, the tests in plain words and a stacked bar chart. It reads its own request
 * parameters ({@code rows}, {@code columns}, {@code percent}, with the page's {@code edition} and
 * {@code group}), so the report page only includes it. Withheld cells say "suppressed" and why,
 * never a number.
 */
@Named
@RequestScoped
public class CrosstabView {

  /** One choice of a menu. */
  public record Choice(String value, String label) {}

  /** One cell as the page prints it; {@code withheld} is the reason, or {@code null}. */
  public record CellView(String text, String withheld) {}

  /** One line of the table: its label, its cells and its total. */
  public record RowView(String label, List<CellView> cells, CellView total) {}

  private static final String[] COLOURS = {
    "#2f6f9f", "#d9822b", "#3a9b5c", "#8e5ea2", "#c0504d", "#4bacc6", "#9b8b3a", "#7f7f7f"
  };

  @Inject private CrosstabService crosstabs;

  private boolean loaded;
  private boolean allowed;
  private Long edition;
  private String group;
  private String rows;
  private String columns;
  private boolean columnPercent;
  private List<Choice> variables = List.of();
  private Crosstab table;
  private List<String> problems = List.of();

  private void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    allowed = external.isUserInRole(Roles.ADMIN) || external.isUserInRole(Roles.ANALYST);
    Map<String, String> parameters = external.getRequestParameterMap();
    try {
      edition = Long.valueOf(parameters.getOrDefault("edition", ""));
    } catch (NumberFormatException e) {
      return;
    }
    if (!allowed) {
      return;
    }
    group = blankToNull(parameters.get("group"));
    rows = blankToNull(parameters.get("rows"));
    columns = blankToNull(parameters.get("columns"));
    columnPercent = "column".equals(parameters.get("percent"));
    variables =
        crosstabs.variables(edition).orElse(List.of()).stream()
            .map(v -> new Choice(v.name(), v.label()))
            .toList();
    if (rows == null && columns == null) {
      return;
    }
    try {
      table = crosstabs.crosstab(edition, rows, columns, group).orElse(null);
    } catch (InputRejectedException e) {
      problems = e.problems().stream().map(Problem::message).toList();
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Whether the panel is for this caller (an admin or analyst) and page. */
  public boolean isAllowed() {
    load();
    return allowed && edition != null;
  }

  public Long getEdition() {
    load();
    return edition;
  }

  public String getGroup() {
    load();
    return group;
  }

  public String getRows() {
    load();
    return rows;
  }

  public String getColumns() {
    load();
    return columns;
  }

  public boolean isColumnPercent() {
    load();
    return columnPercent;
  }

  public List<Choice> getVariables() {
    load();
    return variables;
  }

  /** Why the table asked for was not made, one line per problem. */
  public List<String> getProblems() {
    load();
    return problems;
  }

  public Crosstab getTable() {
    load();
    return table;
  }

  /** The column headings: the columns' categories. */
  public List<String> getColumnLabels() {
    return getTable().columns().categories().stream()
        .map(CrosstabVariable.Category::label)
        .toList();
  }

  /** The lines of the table, then the line of column totals. */
  public List<RowView> getLines() {
    Crosstab t = getTable();
    List<RowView> lines = new ArrayList<>();
    for (int r = 0; r < t.cells().size(); r++) {
      List<CellView> cells = new ArrayList<>();
      for (Crosstab.Figure f : t.cells().get(r)) {
        cells.add(cell(f));
      }
      lines.add(
          new RowView(t.rows().categories().get(r).label(), cells, cell(t.rowTotals().get(r))));
    }
    List<CellView> totals = new ArrayList<>();
    t.columnTotals().forEach(f -> totals.add(cell(f)));
    lines.add(new RowView("Total", totals, cell(t.total())));
    return lines;
  }

  private CellView cell(Crosstab.Figure f) {
    if (f.isWithheld()) {
      return new CellView(StatisticFormat.SUPPRESSED, f.withheld());
    }
    Double percent = columnPercent ? f.columnPercent() : f.rowPercent();
    return new CellView(
        percent == null
            ? Long.toString(f.count())
            : f.count() + " (" + String.format(Locale.ROOT, "%.1f%%", percent) + ")",
        null);
  }

  /** The tests in plain words, one sentence each; empty when withheld (see {@link #getTable}). */
  public List<String> getTestSentences() {
    Crosstab.Tests tests = getTable().tests();
    List<String> sentences = new ArrayList<>();
    if (tests.isWithheld()) {
      return sentences;
    }
    ChiSquareResult chi = tests.chiSquare();
    if (chi.isDefined()) {
      sentences.add(
          String.format(
                  Locale.ROOT,
                  "Pearson's chi-square test: χ² = %.2f with %d degree%s of freedom, ",
                  chi.chiSquare(),
                  chi.degreesOfFreedom(),
                  chi.degreesOfFreedom() == 1 ? "" : "s")
              + StatisticFormat.pValue(chi.pValue())
              + ". "
              + (chi.pValue() < 0.05
                  ? "If the two were unrelated, a pattern this strong would arise by chance less"
                      + " than 5% of the time: the rows differ in their make-up."
                  : "A pattern like this could well arise by chance if the two were unrelated:"
                      + " the table gives no clear evidence that the rows differ."));
      sentences.add(
          String.format(
              Locale.ROOT,
              "Cramér's V = %.3f: the strength of the association, from 0 (none) to 1 (each row"
                  + " falls in one column).",
              chi.cramersV()));
    }
    FisherExactTest fisher = tests.fisher();
    if (fisher != null) {
      sentences.add(
          "Fisher's exact test (two-sided): "
              + StatisticFormat.pValue(fisher.pValue())
              + ". It does not rely on large counts, so it can be read when expected counts are"
              + " small."
              + (Double.isFinite(fisher.oddsRatio())
                  ? String.format(
                      Locale.ROOT,
                      " Odds ratio (conditional maximum likelihood, as R gives it): %.2f.",
                      fisher.oddsRatio())
                  : ""));
    }
    return sentences;
  }

  /**
   * A horizontal stacked bar per row, its parts the columns' row percentages (column percentages: a
   * bar per column), for p:chart; withheld parts are left empty, so such a bar stops short of 100%.
   */
  public String getChartJson() {
    Crosstab t = getTable();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    int rowCount = t.rows().categories().size();
    int columnCount = t.columns().categories().size();
    if (!columnPercent) {
      t.rows().categories().forEach(c -> labels.add(c.label()));
      for (int c = 0; c < columnCount; c++) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (int r = 0; r < rowCount; r++) {
          add(data, t.cells().get(r).get(c).rowPercent());
        }
        datasets.add(dataset(t.columns().categories().get(c).label(), data, c));
      }
    } else {
      t.columns().categories().forEach(c -> labels.add(c.label()));
      for (int r = 0; r < rowCount; r++) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (int c = 0; c < columnCount; c++) {
          add(data, t.cells().get(r).get(c).columnPercent());
        }
        datasets.add(dataset(t.rows().categories().get(r).label(), data, r));
      }
    }
    var axis = Json.createObjectBuilder().add("stacked", true);
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("indexAxis", "y")
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("stacked", true).add("max", 100))
                        .add("y", axis)))
        .build()
        .toString();
  }

  private static void add(JsonArrayBuilder data, Double percent) {
    if (percent == null) {
      data.addNull();
    } else {
      data.add(Math.round(percent * 10) / 10.0);
    }
  }

  private static jakarta.json.JsonObjectBuilder dataset(
      String label, JsonArrayBuilder data, int index) {
    String colour = COLOURS[index % COLOURS.length];
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour)
        .add("borderColor", colour);
  }
}
