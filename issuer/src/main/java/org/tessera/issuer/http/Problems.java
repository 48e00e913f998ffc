package org.tessera.issuer.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.tessera.issuer.result.FieldError;
import org.tessera.issuer.result.IssuerError;
import org.tessera.issuer.result.Rejection;
import org.tessera.shared.json.Json;

/** RFC 9457 problem details: the one place where error codes become HTTP responses. */
final class Problems {

  static final String CONTENT_TYPE = "application/problem+json";
  static final String TYPE_BASE = "https://w3id.org/tessera/problems#";

  private Problems() {}

  static ObjectNode toJson(Rejection rejection) {
    IssuerError code = rejection.code();
    ObjectNode problem = Json.object();
    problem.put("type", TYPE_BASE + code.name());
    problem.put("title", code.title());
    problem.put("status", code.status());
    problem.put("code", code.name());
    rejection.detail().ifPresent(detail -> problem.put("detail", detail));
    if (!rejection.errors().isEmpty()) {
      ArrayNode errors = problem.putArray("errors");
      for (FieldError error : rejection.errors()) {
        errors.addObject().put("field", error.field()).put("message", error.message());
      }
    }
    return problem;
  }

  static void write(Context ctx, Rejection rejection) {
    ctx.status(rejection.code().status())
        .contentType(CONTENT_TYPE)
        .result(Json.write(toJson(rejection)));
  }
}
