package org.tessera.verifier.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.tessera.shared.json.Json;

/** RFC 9457 problem details: the one error body for requests we could not even read. */
final class Problem {

  static final String CONTENT_TYPE = "application/problem+json";

  private Problem() {}

  static void write(Context ctx, int status, String title, String detail) {
    ObjectNode body = Json.object();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    ctx.status(status).contentType(CONTENT_TYPE).result(Json.write(body));
  }
}
