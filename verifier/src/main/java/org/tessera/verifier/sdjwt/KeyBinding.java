package org.tessera.verifier.sdjwt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.JWK;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsVerifiers;
import org.tessera.shared.jose.Sha256Base64Url;
import org.tessera.shared.json.Json;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;

/**
 * The key-binding JWT of a presentation (RFC 9901 §4.3, §7.3): {@code typ: kb+jwt}, an allowed
 * algorithm, signed by the credential's {@code cnf.jwk} (never a key of its own header),
 * {@code sd_hash} = base64url(SHA-256(the presented {@code <jwt>~<d>~…~})), {@code iat} within the
 * presentation window, and {@code nonce} / {@code aud} equal to what the caller asked for. No
 * KB-JWT: "not bound to a holder in this presentation", or {@code KB_JWT_MISSING} when the
 * caller asked for a nonce or audience.
 */
final class KeyBinding {

  public static final String ID = "sdjwt.keyBinding";
  static final String TYP = "kb+jwt";

  private final Clock clock;
  private final Duration skew;
  private final Duration maxAge;

  /** @param maxAge how old a KB-JWT may be ({@code iat}); the presentation window */
  KeyBinding(Clock clock, Duration skew, Duration maxAge) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.skew = Objects.requireNonNull(skew, "skew");
    this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
  }

  CheckResult check(SdJwtParts parts, ObjectNode payload, SdJwtExpectations expected) {
    if (parts.keyBindingJwt().isEmpty()) {
      return expected.requireKeyBinding()
          ? CheckResult.failed(ID, ErrorCode.KB_JWT_MISSING)
          : CheckResult.skipped(ID, DetailKey.SDJWT_KB_NOT_PRESENTED.with());
    }
    Optional<JwsAlgorithm> alg = SdJwtParts.allowedAlg(parts.keyBindingJwt().get());
    if (alg.isEmpty()) {
      return CheckResult.failed(ID, ErrorCode.ALG_NOT_ALLOWED);
    }
    JWSObject jws;
    try {
      jws = JWSObject.parse(parts.keyBindingJwt().get());
    } catch (ParseException e) {
      return CheckResult.failed(ID, ErrorCode.KB_JWT_INVALID);
    }
    if (jws.getHeader().getType() == null || !TYP.equals(jws.getHeader().getType().getType())) {
      return CheckResult.failed(ID, ErrorCode.KB_JWT_INVALID);
    }
    Optional<JWK> holderKey = holderKey(payload);
    if (holderKey.isEmpty()) {
      return CheckResult.failed(ID, ErrorCode.KB_JWT_INVALID);
    }
    if (!JwsVerifiers.verify(jws, holderKey.get(), alg.get())) {
      return CheckResult.failed(ID, ErrorCode.KB_JWT_SIGNATURE_INVALID);
    }
    Optional<JsonNode> claims = Json.parseUntrusted(jws.getPayload().toString());
    if (claims.isEmpty() || !claims.get().isObject()) {
      return CheckResult.failed(ID, ErrorCode.KB_JWT_INVALID);
    }
    JsonNode kb = claims.get();
    JsonNode iat = kb.path("iat");
    if (!iat.isNumber() || !kb.path("nonce").isTextual() || !kb.path("aud").isTextual()
        || !kb.path("sd_hash").isTextual()) {
      return CheckResult.failed(ID, ErrorCode.KB_JWT_INVALID);
    }
    if (!kb.path("sd_hash").asText().equals(sdHash(parts.presented()))) {
      return CheckResult.failed(ID, ErrorCode.KB_JWT_SD_HASH_MISMATCH);
    }
    if (expected.nonce().isPresent() && !expected.nonce().get().equals(kb.path("nonce").asText())) {
      return CheckResult.failed(ID, ErrorCode.NONCE_MISMATCH);
    }
    if (expected.audience().isPresent()
        && !expected.audience().get().equals(kb.path("aud").asText())) {
      return CheckResult.failed(ID, ErrorCode.AUDIENCE_MISMATCH);
    }
    Instant madeAt = Instant.ofEpochSecond(iat.asLong());
    Instant now = clock.instant();
    if (madeAt.isAfter(now.plus(skew))) {
      return CheckResult.failed(ID, ErrorCode.PRESENTATION_NOT_YET_VALID);
    }
    if (madeAt.isBefore(now.minus(maxAge).minus(skew))) {
      return CheckResult.failed(ID, ErrorCode.PRESENTATION_EXPIRED);
    }
    return CheckResult.passed(ID, DetailKey.SDJWT_KB_OK.with(madeAt.toString()));
  }

  /** The public key {@code cnf.jwk} binds the credential to; empty if absent or private. */
  static Optional<JWK> holderKey(ObjectNode payload) {
    JsonNode jwk = payload.path("cnf").path("jwk");
    if (!jwk.isObject()) {
      return Optional.empty();
    }
    try {
      JWK key = JWK.parse(Json.write(jwk));
      return key.isPrivate() ? Optional.empty() : Optional.of(key);
    } catch (ParseException e) {
      return Optional.empty();
    }
  }

  /** {@code sd_hash}: base64url(SHA-256(US-ASCII of the presented SD-JWT)). */
  static String sdHash(String presented) {
    return Sha256Base64Url.of(presented);
  }
}
