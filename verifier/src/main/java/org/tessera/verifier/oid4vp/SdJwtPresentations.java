package org.tessera.verifier.oid4vp;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWK;
import java.text.ParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.did.DidJwk;
import org.tessera.shared.json.Json;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.presentation.Binding;
import org.tessera.verifier.presentation.PresentationExpectations;
import org.tessera.verifier.presentation.PresentationReport;
import org.tessera.verifier.presentation.PresentationVerifier;
import org.tessera.verifier.presentation.PresentedCredential;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.sdjwt.SdJwtExpectations;

/**
 * Verifies one {@code dc+sd-jwt} presentation of a vp_token (OpenID4VP Appendix B.3): an SD-JWT
 * whose key-binding JWT carries the transaction's nonce and the client id as {@code aud}
 * (required: {@code KB_JWT_MISSING} without it). Its report is given the shape of a
 * presentation's, so that the DCQL match, the result JSON and the page treat it like the others:
 * one check {@code vp.credentials} (failed with the SD-JWT's first code) and the SD-JWT VC as the
 * one credential. The holder is the {@code cnf} key as a {@code did:jwk}. Replay needs no store:
 * the KB-JWT is bound to this transaction's nonce, and a transaction takes one answer.
 */
final class SdJwtPresentations {

  private final SdJwtCheck sdJwts;

  SdJwtPresentations(SdJwtCheck sdJwts) {
    this.sdJwts = Objects.requireNonNull(sdJwts, "sdJwts");
  }

  PresentationReport verify(JsonNode presentation, PresentationExpectations expected) {
    if (!presentation.isTextual()) {
      return failed(ErrorCode.SD_JWT_MALFORMED, Optional.empty());
    }
    VerificationReport report = sdJwts.verify(presentation.asText(),
        new SdJwtExpectations(Optional.of(expected.nonce()), Optional.of(expected.audience())));
    if (!report.verified()) {
      return failed(report.errorCodes().stream().findFirst()
          .orElse(ErrorCode.CREDENTIAL_NOT_VERIFIED), Optional.of(report));
    }
    boolean bound = report.sdJwt().map(s -> s.holderBound()).orElse(false);
    Optional<String> holder = report.credential().flatMap(SdJwtPresentations::holder);
    if (!bound || holder.isEmpty()) {
      return failed(ErrorCode.KB_JWT_MISSING, Optional.of(report));
    }
    return new PresentationReport(true, List.of(CheckResult.passed(
        PresentationVerifier.CREDENTIALS_ID, DetailKey.VP_CREDENTIALS_OK.with("1"))),
        Optional.empty(), holder, List.of(new PresentedCredential(1, Binding.BOUND, report)));
  }

  private static PresentationReport failed(ErrorCode code, Optional<VerificationReport> report) {
    return new PresentationReport(false, List.of(CheckResult.failed(
        PresentationVerifier.CREDENTIALS_ID, code, "the SD-JWT VC did not verify: "
            + code.description())), Optional.empty(), Optional.empty(),
        report.map(r -> List.of(new PresentedCredential(1, Binding.UNKNOWN, r)))
            .orElse(List.of()));
  }

  /** The {@code cnf.jwk} the verified key-binding JWT was signed with, as a DID. */
  private static Optional<String> holder(JsonNode claims) {
    JsonNode jwk = claims.path("cnf").path("jwk");
    if (!jwk.isObject()) {
      return Optional.empty();
    }
    try {
      return Optional.of(DidJwk.encode(JWK.parse(Json.write(jwk)).toPublicJWK()));
    } catch (ParseException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
