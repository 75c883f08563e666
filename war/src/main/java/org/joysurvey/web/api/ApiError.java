package org.joysurvey.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.joysurvey.problem.Problem;

/**
 * The one shape of every API error: {@code {"error": "...", "details": [{row, column, message}]}}.
 */
final class ApiError {

  private ApiError() {}

  static Response.ResponseBuilder response(
      Response.Status status, String error, List<Problem> details) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Problem p : details) {
      JsonObjectBuilder d = Json.createObjectBuilder();
      if (p.row() != null) {
        d.add("row", p.row());
      } else {
        d.addNull("row");
      }
      if (p.column() != null) {
        d.add("column", p.column());
      } else {
        d.addNull("column");
      }
      d.add("message", p.message());
      array.add(d);
    }
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            Json.createObjectBuilder()
                .add("error", error)
                .add("details", array)
                .build()
                .toString());
  }
}
