package org.joysurvey.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joysurvey.benchmark.Benchmark;
import org.joysurvey.benchmark.BenchmarkService;
import org.joysurvey.benchmark.NewBenchmarks;
import org.joysurvey.security.Roles;

/**
 * Benchmark values: published figures of earlier years without raw data, which reports compare with
 * (see {@code docs/api.md}).
 */
@Path("admin/benchmarks")
@AllowedRoles
@Produces(MediaType.APPLICATION_JSON)
public class BenchmarksResource {

  private static final String REJECTED = "No benchmark value was stored.";

  @Inject private BenchmarkService benchmarks;

  /**
   * {@code {"year":2018,"source":"...","values":{"mini-z.burnout_rate":{"value":0.31,"n":412}}}}:
   * all or nothing.
   */
  @POST
  @AllowedRoles({Roles.ADMIN, Roles.DESIGNER})
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject store(JsonValue body) {
    JsonBody json =
        JsonBody.of(
            body, REJECTED, "the body must be one JSON object: {\"year\", \"source\", \"values\"}");
    int stored = benchmarks.store(toNewBenchmarks(json));
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
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("year", b.year())
            .add("statistic", b.key())
            .add("value", b.value());
    if (b.hasCounts()) {
      o.add("n", b.denominator()).add("numerator", b.numerator());
    } else {
      o.addNull("n").addNull("numerator");
    }
    return o.add("source", b.source()).build();
  }

  /**
   * Reads the body field by field, so that each field of the wrong JSON type gets its own message.
   */
  private static NewBenchmarks toNewBenchmarks(JsonBody body) {
    body.unknownFields(
        List.of("year", "source", "values"),
        "is not a field of benchmark values (year, source, values)");
    Integer year = body.integer("year");
    String source = body.string("source");
    Map<String, NewBenchmarks.Value> values = new LinkedHashMap<>();
    JsonBody map =
        body.object("values", "must be an object of statistic keys and {\"value\", \"n\"}");
    if (map != null) {
      for (String key : map.fields()) {
        NewBenchmarks.Value parsed =
            value(
                map.requiredObject(
                    key, "must be an object {\"value\": <0..1>, \"n\": <respondents, optional>}"));
        if (parsed != null) {
          values.put(key, parsed);
        }
      }
    }
    body.refuseIfProblems();
    return new NewBenchmarks(year, source, values);
  }

  /** One statistic's value; {@code null} when it is not an object or has a wrong field. */
  private static NewBenchmarks.Value value(JsonBody json) {
    if (json == null) {
      return null;
    }
    json.unknownFields(List.of("value", "n"), "is not a field of a benchmark value (value, n)");
    Double value = json.number("value");
    Long respondents = json.wholeNumber("n", "must be a whole number of respondents");
    return json.hasProblems() ? null : new NewBenchmarks.Value(value, respondents);
  }
}
