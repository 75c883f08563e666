package org.joysurvey.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joysurvey.benchmark.Benchmark;
import org.joysurvey.benchmark.BenchmarkService;
import org.joysurvey.benchmark.NewBenchmarks;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;
import org.joysurvey.security.Roles;

/**
 * Benchmark values: published figures of earlier years without raw data, which reports compare
 * with (see {@code docs/api.md}).
 */
@Path("admin/benchmarks")
@AllowedRoles
@Produces(MediaType.APPLICATION_JSON)
public class BenchmarksResource {

  private static final String REJECTED = "No benchmark value was stored.";

  @Inject private BenchmarkService benchmarks;

  /** {@code {"year":2018,"source":"...","values":{"mini-z.burnout_rate":{"value":0.31,"n":412}}}}: all or nothing. */
  @POST
  @AllowedRoles({Roles.ADMIN, Roles.DESIGNER})
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject store(JsonValue body) {
    if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InputRejectedException(REJECTED,
          List.of(Problem.at(null, "the body must be one JSON object: {\"year\", \"source\", \"values\"}")));
    }
    int stored = benchmarks.store(toNewBenchmarks(body.asJsonObject()));
    return Json.createObjectBuilder().add("stored", stored).build();
  }

  @GET
  @AllowedRoles({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
  public JsonValue list() {
    JsonArrayBuilder array = Json.createArrayBuilder();
    benchmarks.list().forEach(b -> array.add(toJson(b)));
    return array.build();
  }

  static JsonObject toJson(Benchmark b) {
    JsonObjectBuilder o = Json.createObjectBuilder().add("year", b.year()).add("statistic", b.key()).add("value", b.value());
    if (b.hasCounts()) {
      o.add("n", b.denominator()).add("numerator", b.numerator());
    } else {
      o.addNull("n").addNull("numerator");
    }
    return o.add("source", b.source()).build();
  }

  /** Reads the body field by field, so that each field of the wrong JSON type gets its own message. */
  private static NewBenchmarks toNewBenchmarks(JsonObject body) {
    List<Problem> problems = new ArrayList<>();
    for (String key : body.keySet()) {
      if (!List.of("year", "source", "values").contains(key)) {
        problems.add(Problem.at(key, "is not a field of benchmark values (year, source, values)"));
      }
    }
    Integer year = null;
    JsonValue y = body.get("year");
    if (y instanceof JsonNumber n && n.isIntegral()) {
      year = n.intValue();
    } else if (y != null && y.getValueType() != JsonValue.ValueType.NULL) {
      problems.add(Problem.at("year", "must be a whole number"));
    }
    String source = null;
    JsonValue s = body.get("source");
    if (s instanceof JsonString text) {
      source = text.getString();
    } else if (s != null && s.getValueType() != JsonValue.ValueType.NULL) {
      problems.add(Problem.at("source", "must be a string"));
    }
    Map<String, NewBenchmarks.Value> values = new LinkedHashMap<>();
    JsonValue map = body.get("values");
    if (map != null && map.getValueType() == JsonValue.ValueType.OBJECT) {
      map.asJsonObject().forEach((key, value) -> {
        NewBenchmarks.Value parsed = value(key, value, problems);
        if (parsed != null) {
          values.put(key, parsed);
        }
      });
    } else if (map != null && map.getValueType() != JsonValue.ValueType.NULL) {
      problems.add(Problem.at("values", "must be an object of statistic keys and {\"value\", \"n\"}"));
    }
    if (!problems.isEmpty()) {
      throw new InputRejectedException(REJECTED, problems);
    }
    return new NewBenchmarks(year, source, values);
  }

  private static NewBenchmarks.Value value(String key, JsonValue json, List<Problem> problems) {
    String column = "values." + key;
    if (json.getValueType() != JsonValue.ValueType.OBJECT) {
      problems.add(Problem.at(column, "must be an object {\"value\": <0..1>, \"n\": <respondents, optional>}"));
      return null;
    }
    JsonObject o = json.asJsonObject();
    boolean ok = true;
    for (String field : o.keySet()) {
      if (!List.of("value", "n").contains(field)) {
        problems.add(Problem.at(column + "." + field, "is not a field of a benchmark value (value, n)"));
        ok = false;
      }
    }
    Double value = null;
    JsonValue v = o.get("value");
    if (v instanceof JsonNumber n) {
      value = n.doubleValue();
    } else if (v != null && v.getValueType() != JsonValue.ValueType.NULL) {
      problems.add(Problem.at(column + ".value", "must be a number"));
      ok = false;
    }
    Long respondents = null;
    JsonValue n = o.get("n");
    if (n instanceof JsonNumber number && number.isIntegral()) {
      respondents = number.longValue();
    } else if (n != null && n.getValueType() != JsonValue.ValueType.NULL) {
      problems.add(Problem.at(column + ".n", "must be a whole number of respondents"));
      ok = false;
    }
    return ok ? new NewBenchmarks.Value(value, respondents) : null;
  }
}
