package org.tessera.issuer.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.tessera.issuer.result.FieldError;
import org.tessera.issuer.result.IssuerError;
import org.tessera.issuer.result.Rejection;
import org.tessera.kit.http.ProblemDetails;

/**
 * RFC 9457 problem details (written by the kit's {@link ProblemDetails}): the one place where
 * error codes become HTTP responses, with the issuer's {@code code} and {@code errors} members.
 */
final class Problems {

  static final String CONTENT_TYPE = ProblemDetails.CONTENT_TYPE;
  static final String TYPE_BASE = "https://w3id.org/tessera/problems#";

  private Problems() {}

  static ObjectNode toJson(Rejection rejection) {
    IssuerError code = rejection.code();
    ObjectNode problem = ProblemDetails.body(TYPE_BASE + code.name(), code.title(), code.status(),
        rejection.detail());
    problem.put("code", code.name());
    if (!rejection.errors().isEmpty()) {
      ArrayNode errors = problem.putArray("errors");
      for (FieldError error : rejection.errors()) {
        errors.addObject().put("field", error.field()).put("message", error.message());
      }
    }
    return problem;
  }

  static void write(Context ctx, Rejection rejection) {
    ProblemDetails.write(ctx, toJson(rejection));
  }
}
