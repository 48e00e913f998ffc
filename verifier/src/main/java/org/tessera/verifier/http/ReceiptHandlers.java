package org.tessera.verifier.http;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.status.StatusFreshness;
import org.tessera.verifier.checks.CredentialInput;
import org.tessera.verifier.receipt.Receipts;
import org.tessera.verifier.result.RequestError;

/**
 * {@code POST /receipts} (form field {@code credential}, from the result page): verifies afresh
 * and returns a receipt JWT signed by the verifier as a download; {@code GET
 * /.well-known/jwks.json}: the receipt key.
 */
final class ReceiptHandlers {

  private final Verifier verifier;
  private final Receipts receipts;

  ReceiptHandlers(Verifier verifier, Receipts receipts) {
    this.verifier = Objects.requireNonNull(verifier, "verifier");
    this.receipts = Objects.requireNonNull(receipts, "receipts");
  }

  void receipt(Context ctx) {
    Optional<String> jwt = Optional.ofNullable(ctx.formParam("credential"))
        .flatMap(CredentialInput::compactJwt);
    if (jwt.isEmpty()) {
      Refusals.write(ctx, RequestError.MALFORMED_REQUEST,
          "expected the form field credential: a compact JWT");
      return;
    }
    VerificationReport report = verifier.verify(jwt.get());
    String receipt = receipts.issue(report,
        verifier.transcript(report, StatusFreshness.CACHED), jwt.get());
    ctx.contentType("application/jwt").header("Cache-Control", "no-store")
        .header("Content-Disposition", "attachment; filename=\"verification-receipt.jwt\"")
        .result(receipt);
  }

  void jwks(Context ctx) {
    ctx.contentType("application/jwk-set+json").header("Cache-Control", "public, max-age=300")
        .result(receipts.key().jwksJson());
  }
}
