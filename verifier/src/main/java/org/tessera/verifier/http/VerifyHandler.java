package org.tessera.verifier.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.json.Json;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.pipeline.VerificationReport;

/**
 * {@code POST /credentials/verify} (VC-API shaped): {@code {"verifiableCredential": <compact JWT
 * | EnvelopedVerifiableCredential>}} → 200 with the report when verified, 400 with the same shape
 * when not; a body that is not such an object → 400 problem details.
 */
final class VerifyHandler {

  private final Verifier verifier;

  VerifyHandler(Verifier verifier) {
    this.verifier = Objects.requireNonNull(verifier, "verifier");
  }

  void verify(Context ctx) {
    Optional<JsonNode> credential = Json.parseUntrustedObject(ctx.body())
        .map(body -> body.get("verifiableCredential"))
        .filter(vc -> vc.isTextual() || vc.isObject());
    if (credential.isEmpty()) {
      Problem.write(ctx, 400, "Bad Request",
          "expected a JSON object with verifiableCredential: a compact JWT string or an "
              + "EnvelopedVerifiableCredential object");
      return;
    }
    JsonNode vc = credential.get();
    VerificationReport report = verifier.verify(vc.isTextual() ? vc.asText() : Json.write(vc));
    ObjectNode body = report.toJson();
    ctx.status(report.verified() ? 200 : 400).json(body);
  }
}
