package org.tessera.verifier.page;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.transcript.TranscriptReport;

/**
 * The one-word answer an employer reads first, derived from the report's error codes.
 *
 * <p>When several checks fail, the most fundamental problem wins: a credential that is not
 * authentic or not well-formed is "invalid" whatever else holds; then revoked, suspended, not
 * trusted, expired; any other failure (a status list that cannot be read) is "invalid" too, since
 * the credential could not be confirmed.
 *
 * @param kind the verdict
 * @param reason the error code behind it; empty when valid
 */
public record Verdict(Kind kind, Optional<ErrorCode> reason) {

  public enum Kind {
    VALID("valid"), REVOKED("revoked"), SUSPENDED("suspended"), EXPIRED("expired"),
    NOT_TRUSTED("not-trusted"), INVALID("invalid");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    /** Stable id used in CSS classes, message keys and receipts. */
    public String id() {
      return id;
    }
  }

  private static final Set<ErrorCode> INTEGRITY = Set.of(ErrorCode.MALFORMED_INPUT,
      ErrorCode.UNSUPPORTED_SHAPE, ErrorCode.ALG_NOT_ALLOWED, ErrorCode.TYP_NOT_ALLOWED,
      ErrorCode.HEADER_NOT_ALLOWED, ErrorCode.KID_MISSING, ErrorCode.KID_ISSUER_MISMATCH,
      ErrorCode.DID_RESOLUTION_FAILED, ErrorCode.KEY_NOT_FOUND, ErrorCode.KEY_COMPROMISED,
      ErrorCode.SIGNATURE_INVALID,
      ErrorCode.CLAIMS_MISMATCH, ErrorCode.SCHEMA_INVALID, ErrorCode.JSONLD_INVALID,
      ErrorCode.RELATED_RESOURCE_MISMATCH, ErrorCode.NOT_YET_VALID,
      ErrorCode.OB2_ASSERTION_INVALID, ErrorCode.OB2_HOSTED_MISMATCH,
      ErrorCode.OB2_SIGNATURE_INVALID, ErrorCode.OB2_KEY_NOT_OWNED,
      ErrorCode.OB2_ISSUER_MISMATCH, ErrorCode.OB2_RECIPIENT_MISMATCH);

  private static final Set<ErrorCode> TRUST = Set.of(ErrorCode.TRUST_LIST_UNAVAILABLE,
      ErrorCode.TRUST_LIST_INVALID, ErrorCode.ISSUER_NOT_TRUSTED,
      ErrorCode.ISSUER_TRUST_SUSPENDED, ErrorCode.ACCREDITATION_OUT_OF_SCOPE);

  public Verdict {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    if ((kind == Kind.VALID) != reason.isEmpty()) {
      throw new IllegalArgumentException("a reason exactly when not valid");
    }
  }

  public static Verdict of(VerificationReport report) {
    if (report.verified()) {
      return new Verdict(Kind.VALID, Optional.empty());
    }
    List<ErrorCode> codes = report.errorCodes();
    return first(codes, INTEGRITY, Kind.INVALID)
        .or(() -> first(codes, Set.of(ErrorCode.REVOKED, ErrorCode.OB2_REVOKED), Kind.REVOKED))
        .or(() -> first(codes, Set.of(ErrorCode.SUSPENDED), Kind.SUSPENDED))
        .or(() -> first(codes, TRUST, Kind.NOT_TRUSTED))
        .or(() -> first(codes, Set.of(ErrorCode.EXPIRED, ErrorCode.OB2_EXPIRED), Kind.EXPIRED))
        .orElseGet(() -> new Verdict(Kind.INVALID,
            Optional.of(codes.isEmpty() ? ErrorCode.MALFORMED_INPUT : codes.get(0))));
  }

  /**
   * A learner record: the record's own verdict while it did not verify, else valid only when
   * every credential it embeds is (the reason is then the {@code clr.credentials} code).
   */
  public static Verdict of(TranscriptReport transcript) {
    if (!transcript.record().verified() || transcript.verified()) {
      return of(transcript.record());
    }
    return new Verdict(Kind.INVALID, transcript.credentials().code());
  }

  private static Optional<Verdict> first(List<ErrorCode> codes, Set<ErrorCode> group, Kind kind) {
    return codes.stream().filter(group::contains).findFirst()
        .map(code -> new Verdict(kind, Optional.of(code)));
  }
}
