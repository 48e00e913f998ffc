package org.tessera.issuer.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.Optional;
import org.tessera.issuer.result.IssuerError;
import org.tessera.issuer.result.Outcome;
import org.tessera.issuer.result.Rejection;
import org.tessera.shared.json.Json;

/** Request body parsing and response writing shared by the handlers. */
public final class Responses {

  public static final String JSON = "application/json";

  private Responses() {}

  /** The body as a JSON object, parsed strictly; a rejection when it is anything else. */
  public static Outcome<JsonNode> body(Context ctx) {
    Optional<JsonNode> body = Json.parseUntrustedObject(ctx.body()).map(JsonNode.class::cast);
    return body.isPresent() ? Outcome.ok(body.get())
        : Outcome.failed(Rejection.of(IssuerError.MALFORMED_JSON));
  }

  /** Like {@link #body}, but an empty body counts as {@code {}}. */
  public static Outcome<JsonNode> optionalBody(Context ctx) {
    return ctx.body().isBlank() ? Outcome.ok(Json.object()) : body(ctx);
  }

  /** Writes a value as JSON with {@code status}, or the rejection as a problem. */
  public static void write(Context ctx, Outcome<? extends JsonNode> outcome, int status) {
    if (outcome instanceof Outcome.Ok<? extends JsonNode> ok) {
      ctx.status(status).contentType(JSON).result(Json.write(ok.value()));
    } else if (outcome instanceof Outcome.Failed<? extends JsonNode> failed) {
      Problems.write(ctx, failed.rejection());
    }
  }
}
