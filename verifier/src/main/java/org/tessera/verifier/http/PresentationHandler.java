package org.tessera.verifier.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.json.Json;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.presentation.PresentationExpectations;
import org.tessera.verifier.presentation.PresentationReport;
import org.tessera.verifier.result.RequestError;

/**
 * {@code POST /presentations/verify} (VC-API shaped): {@code {"verifiablePresentation": <VP JWT
 * | EnvelopedVerifiablePresentation>, "options": {"challenge": nonce, "domain": audience}}} →
 * 200 with the presentation report when verified, 400 with the same shape when not; a body
 * that is not such an object → 400 problem details.
 */
final class PresentationHandler {

  static final String EXPECTED_BODY = "expected a JSON object with verifiablePresentation (a VP"
      + " JWT string or an EnvelopedVerifiablePresentation object) and options.challenge and"
      + " options.domain (strings of 1.." + PresentationExpectations.MAX_CHARS + " characters)";

  private final Verifier verifier;

  PresentationHandler(Verifier verifier) {
    this.verifier = Objects.requireNonNull(verifier, "verifier");
  }

  void verify(Context ctx) {
    Optional<JsonNode> body = Json.parseUntrustedObject(ctx.body()).map(JsonNode.class::cast);
    Optional<JsonNode> presentation = body.map(b -> b.get("verifiablePresentation"))
        .filter(vp -> vp.isTextual() || vp.isObject());
    Optional<PresentationExpectations> expected = body.flatMap(PresentationHandler::expectations);
    if (presentation.isEmpty() || expected.isEmpty()) {
      Refusals.write(ctx, RequestError.MALFORMED_REQUEST, EXPECTED_BODY);
      return;
    }
    JsonNode vp = presentation.get();
    PresentationReport report = verifier.verifyPresentation(
        vp.isTextual() ? vp.asText() : Json.write(vp), expected.get());
    ctx.status(report.verified() ? HttpStatus.OK.getCode()
        : RequestError.CREDENTIAL_NOT_VERIFIED.status()).json(report.toJson());
  }

  private static Optional<PresentationExpectations> expectations(JsonNode body) {
    JsonNode options = body.path("options");
    JsonNode challenge = options.path("challenge");
    JsonNode domain = options.path("domain");
    return challenge.isTextual() && domain.isTextual()
        ? PresentationExpectations.of(challenge.asText(), domain.asText()) : Optional.empty();
  }
}
