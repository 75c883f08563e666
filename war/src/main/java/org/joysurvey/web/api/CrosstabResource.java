package org.joysurvey.web.api;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.joysurvey.crosstab.Crosstab;
import org.joysurvey.crosstab.CrosstabService;
import org.joysurvey.crosstab.CrosstabVariable;
import org.joysurvey.edition.UnknownEditionException;
import org.joysurvey.report.ReportService;
import org.joysurvey.security.Roles;
import org.joysurvey.spi.Subgroups;
import org.joysurvey.statistics.ChiSquareResult;
import org.joysurvey.statistics.FisherExactTest;

/**
 * The cross-tabulation explorer of the live report, for admins and analysts: the variables an
 * edition offers, and one table of two of them with its tests. What the disclosure rule withholds
 * is given as {@code {"withheld": reason}}, never as a number; not audited, as reading the report
 * is not.
 */
@Path("admin/editions/{id}/crosstab")
@AllowedRoles({Roles.ADMIN, Roles.ANALYST})
@Produces(MediaType.APPLICATION_JSON)
public class CrosstabResource {

  private static final JsonProvider JSON = JsonProvider.provider();

  @Inject private CrosstabService crosstabs;

  @Inject private ReportService reports;

  /** The table of {@code rows} by {@code columns}, optionally of one group's respondents. */
  @GET
  public JsonObject crosstab(
      @PathParam("id") long id,
      @QueryParam("rows") String rows,
      @QueryParam("columns") String columns,
      @QueryParam("group") String group) {
    Crosstab table =
        crosstabs
            .crosstab(id, rows, columns, group)
            .orElseThrow(() -> new UnknownEditionException(id));
    return toJson(id, table);
  }

  /** The variables for rows and columns, and the groups a table may be restricted to. */
  @GET
  @Path("variables")
  public JsonObject variables(@PathParam("id") long id) {
    List<CrosstabVariable> offered =
        crosstabs.variables(id).orElseThrow(() -> new UnknownEditionException(id));
    JsonArrayBuilder variables = JSON.createArrayBuilder();
    offered.forEach(v -> variables.add(variable(v)));
    JsonArrayBuilder groups = JSON.createArrayBuilder();
    for (Subgroups.Dimension d : reports.subgroups(id)) {
      for (Subgroups.Group g : d.groups()) {
        groups.add(
            JSON.createObjectBuilder()
                .add("group", d.variable() + ":" + g.code())
                .add("label", d.title() + ": " + g.label()));
      }
    }
    return JSON.createObjectBuilder()
        .add("edition", id)
        .add("variables", variables)
        .add("groups", groups)
        .build();
  }

  static JsonObject toJson(long edition, Crosstab table) {
    JsonArrayBuilder cells = JSON.createArrayBuilder();
    for (List<Crosstab.Figure> line : table.cells()) {
      JsonArrayBuilder row = JSON.createArrayBuilder();
      line.forEach(f -> row.add(figure(f)));
      cells.add(row);
    }
    JsonArrayBuilder rowTotals = JSON.createArrayBuilder();
    table.rowTotals().forEach(f -> rowTotals.add(figure(f)));
    JsonArrayBuilder columnTotals = JSON.createArrayBuilder();
    table.columnTotals().forEach(f -> columnTotals.add(figure(f)));
    JsonArrayBuilder warnings = JSON.createArrayBuilder();
    table.warnings().forEach(warnings::add);
    JsonObjectBuilder o =
        JSON.createObjectBuilder()
            .add("edition", edition)
            .add("rows", variable(table.rows()))
            .add("columns", variable(table.columns()));
    if (table.group() != null) {
      o.add("group", table.group().toString());
    }
    o.add("suppressionThreshold", table.threshold());
    if (table.total().isWithheld()) {
      o.addNull("responses");
    } else {
      o.add("responses", table.total().count());
    }
    o.add("cells", cells)
        .add("rowTotals", rowTotals)
        .add("columnTotals", columnTotals)
        .add("total", figure(table.total()));
    Crosstab.Tests tests = table.tests();
    if (tests.isWithheld()) {
      o.add("testsWithheld", tests.withheld());
    } else {
      ChiSquareResult chi = tests.chiSquare();
      if (chi.isDefined()) {
        o.add(
            "chiSquare",
            JSON.createObjectBuilder()
                .add("statistic", chi.chiSquare())
                .add("df", chi.degreesOfFreedom())
                .add("p", chi.pValue()));
        o.add("cramersV", chi.cramersV());
      }
      FisherExactTest fisher = tests.fisher();
      if (fisher != null) {
        JsonObjectBuilder f =
            JSON.createObjectBuilder()
                .add("p", fisher.pValue())
                .add("pLess", fisher.pLess())
                .add("pGreater", fisher.pGreater());
        number(f, "oddsRatio", fisher.oddsRatio());
        o.add("fisher", f);
      }
    }
    return o.add("warnings", warnings).build();
  }

  private static JsonObjectBuilder figure(Crosstab.Figure f) {
    if (f.isWithheld()) {
      return JSON.createObjectBuilder().add("withheld", f.withheld());
    }
    JsonObjectBuilder o = JSON.createObjectBuilder().add("count", f.count());
    if (f.rowPercent() != null) {
      o.add("rowPercent", f.rowPercent());
    } else {
      o.addNull("rowPercent");
    }
    if (f.columnPercent() != null) {
      o.add("columnPercent", f.columnPercent());
    } else {
      o.addNull("columnPercent");
    }
    return o;
  }

  /** A number; NaN as null, an infinite odds ratio (a zero cell) as the string "Infinity". */
  private static void number(JsonObjectBuilder o, String name, double value) {
    if (Double.isNaN(value)) {
      o.addNull(name);
    } else if (Double.isInfinite(value)) {
      o.add(name, value > 0 ? "Infinity" : "-Infinity");
    } else {
      o.add(name, value);
    }
  }

  private static JsonObjectBuilder variable(CrosstabVariable v) {
    JsonArrayBuilder categories = JSON.createArrayBuilder();
    v.categories()
        .forEach(
            c ->
                categories.add(
                    JSON.createObjectBuilder().add("code", c.code()).add("label", c.label())));
    return JSON.createObjectBuilder()
        .add("name", v.name())
        .add("label", v.label())
        .add("instrument", v.instrument())
        .add("type", v.type())
        .add("categories", categories);
  }
}
