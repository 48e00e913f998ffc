package org.tessera.verifier.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.badge.BakedBadges;
import org.tessera.shared.json.Json;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.checks.CredentialInput;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.status.StatusFreshness;
import org.tessera.verifier.transcript.TranscriptReport;
import org.tessera.verifier.result.RequestError;
import org.tessera.verifier.sdjwt.SdJwtExpectations;
import org.tessera.verifier.status.StatusFreshness;

/**
 * {@code POST /credentials/verify} (VC-API shaped): {@code {"verifiableCredential": <compact JWT
 * | EnvelopedVerifiableCredential>}} → 200 with the report when verified, 400 with the same shape
 * when not; a body that is not such an object → 400 problem details. Also accepted: an OB 3.0
 * baked badge as the raw body ({@code image/png}, {@code image/svg+xml}) or as the file of a
 * {@code multipart/form-data} upload (a JWT or JSON file works there too). An Open Badges 2.0
 * assertion works everywhere a credential does (its JSON, its signed JWS or its URL as
 * {@code verifiableCredential}, or a baked OB 2.0 image); an optional {@code recipientEmail}
 * string in the JSON body is the address it must have been issued to. An SD-JWT VC
 * ({@code <jwt>~<disclosure>~…}) is a {@code verifiableCredential} string too; with
 * {@code options.nonce} and/or {@code options.audience} its key-binding JWT must carry them.
 */
final class VerifyHandler {

  private final Verifier verifier;

  VerifyHandler(Verifier verifier) {
    this.verifier = Objects.requireNonNull(verifier, "verifier");
  }

  void verify(Context ctx) {
    String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
    if (type.startsWith("image/png") || type.startsWith("image/svg+xml")
        || type.startsWith("application/pdf")) {
      respond(ctx, verifier.verify(CredentialInput.fromFile(ctx.bodyAsBytes())));
      return;
    }
    if (type.startsWith("multipart/form-data")) {
      verifyUpload(ctx);
      return;
    }
    Optional<ObjectNode> body = Json.parseUntrustedObject(ctx.body());
    Optional<JsonNode> credential = body.map(b -> b.get("verifiableCredential"))
        .filter(vc -> vc.isTextual() || vc.isObject());
    if (credential.isEmpty()) {
      Refusals.write(ctx, RequestError.MALFORMED_REQUEST,
          "expected a JSON object with verifiableCredential: a compact JWT string or an "
              + "EnvelopedVerifiableCredential object");
      return;
    }
    JsonNode vc = credential.get();
    Optional<SdJwtExpectations> holderProof = body.map(b -> b.path("options"))
        .flatMap(VerifyHandler::sdJwtExpectations);
    if (holderProof.isPresent()) {
      respond(ctx, verifier.verifySdJwt(vc.isTextual() ? vc.asText() : Json.write(vc),
          holderProof.get()));
      return;
    }
    Optional<String> recipientEmail = body.map(b -> b.get("recipientEmail"))
        .filter(JsonNode::isTextual).map(JsonNode::asText);
    respond(ctx, verifier.verify(vc.isTextual() ? vc.asText() : Json.write(vc),
        StatusFreshness.CACHED, recipientEmail));
  }

  /**
   * {@code options.nonce} / {@code options.audience} (strings): what an SD-JWT VC's key-binding
   * JWT must say; empty when neither is given.
   */
  private static Optional<SdJwtExpectations> sdJwtExpectations(JsonNode options) {
    Optional<String> nonce = Optional.ofNullable(options.get("nonce"))
        .filter(JsonNode::isTextual).map(JsonNode::asText);
    Optional<String> audience = Optional.ofNullable(options.get("audience"))
        .filter(JsonNode::isTextual).map(JsonNode::asText);
    SdJwtExpectations expected = new SdJwtExpectations(nonce, audience);
    return expected.requireKeyBinding() ? Optional.of(expected) : Optional.empty();
  }

  /** The first uploaded file (any field name) is the credential. */
  private void verifyUpload(Context ctx) {
    List<UploadedFile> files = ctx.uploadedFiles();
    if (files.isEmpty()) {
      Refusals.write(ctx, RequestError.MALFORMED_REQUEST,
          "expected one uploaded file: a baked badge image, a JWT or a JSON credential");
      return;
    }
    byte[] bytes = Uploads.read(files.get(0), BakedBadges.MAX_BYTES + 1);
    respond(ctx, verifier.verify(bytes.length > BakedBadges.MAX_BYTES ? ""
        : CredentialInput.fromFile(bytes)));
  }

  /** A learner record is answered with its transcript report (decision 0044). */
  private void respond(Context ctx, VerificationReport report) {
    Optional<TranscriptReport> transcript = verifier.transcript(report, StatusFreshness.CACHED);
    boolean verified = transcript.map(TranscriptReport::verified).orElse(report.verified());
    ctx.status(verified ? HttpStatus.OK.getCode() : RequestError.CREDENTIAL_NOT_VERIFIED.status())
        .json(transcript.map(TranscriptReport::toJson).orElseGet(report::toJson));
  }
}
