package org.tessera.verifier.checks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.jose.ParsedCredentialJwt;
import org.tessera.shared.json.Json;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.result.Step;

/**
 * Check 1, parse/shape: finds the JWT in the input and splits it into header, payload and
 * credential view. Accepts the OB 3.0 JWT, the VCDM 1.1 {@code vc}-claim shape and VC-JOSE-COSE.
 * A token that does not parse because of its header ({@code alg: none}, a foreign {@code typ})
 * is reported with the header rule it breaks, so {@code none} is always ALG_NOT_ALLOWED.
 */
public final class ParseCheck {

  public static final String ID = "parse";

  /** Fixed words (nothing of the input): a decoded credential carries no signature to check. */
  static final String UNSIGNED = "an unsigned credential (JSON without a proof) cannot be"
      + " verified: verify its .jwt download or its baked badge image instead";

  public Step<ParsedCredentialJwt> run(String input) {
    Optional<String> compact = CredentialInput.compactJwt(input);
    if (compact.isEmpty()) {
      return isUnsignedCredential(input)
          ? Step.failed(ID, ErrorCode.UNSUPPORTED_SHAPE, UNSIGNED)
          : Step.failed(ID, ErrorCode.MALFORMED_INPUT);
    }
    Optional<ParsedCredentialJwt> parsed = CredentialJwt.parse(compact.get());
    if (parsed.isPresent()) {
      return Step.passed(ID, DetailKey.PARSE_OK.with(parsed.get().shape().name()),
          parsed.get());
    }
    Optional<ObjectNode> header = rawHeader(compact.get());
    if (header.isEmpty()) {
      return Step.failed(ID, ErrorCode.MALFORMED_INPUT);
    }
    Optional<ErrorCode> headerRefusal =
        HeaderCheck.refusal(header.get(), HeaderCheck.Secured.CREDENTIAL);
    if (headerRefusal.isPresent()) {
      return Step.failed(ID, headerRefusal.get());
    }
    // A payload that is not one plain JSON object (duplicate keys, too deep) is malformed, not
    // merely of another shape.
    return Step.failed(ID, rawPayload(compact.get()).isPresent()
        ? ErrorCode.UNSUPPORTED_SHAPE : ErrorCode.MALFORMED_INPUT);
  }

  /** A JSON credential without a proof, e.g. the decoded {@code credential.json} download. */
  private static boolean isUnsignedCredential(String input) {
    return Json.parseUntrustedObject(input.strip())
        .filter(node -> node.has("@context") && !node.has("proof"))
        .map(node -> node.path("type"))
        .filter(type -> type.isArray() && type.toString().contains("\"VerifiableCredential\""))
        .isPresent();
  }

  private static Optional<ObjectNode> rawHeader(String compact) {
    return rawPart(compact, 0);
  }

  private static Optional<ObjectNode> rawPayload(String compact) {
    return rawPart(compact, 1);
  }

  private static Optional<ObjectNode> rawPart(String compact, int index) {
    String[] parts = compact.split("\\.", -1);
    if (parts.length <= index) {
      return Optional.empty();
    }
    try {
      return Json.parseUntrustedObject(
          new String(Base64.getUrlDecoder().decode(parts[index]), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
