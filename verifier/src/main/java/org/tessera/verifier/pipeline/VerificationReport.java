package org.tessera.verifier.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.cmf.CmfVerdict;
import org.tessera.verifier.checks.TrustCheck;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.CheckStatus;
import org.tessera.verifier.result.CheckedReport;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.result.IssuerInfo;
import org.tessera.verifier.sdjwt.SdJwtSummary;

/**
 * The outcome of one verification, the same for the CLI, the HTTP API and the page (see
 * {@link ReportJson}). {@code verified} holds exactly when no check failed; it then comes with a
 * {@link VerifiedCredential}, which only the pipeline can make.
 *
 * @param verified no check failed
 * @param checks every check in pipeline order
 * @param warnings the checks with status WARNING
 * @param errors the checks with status FAILED
 * @param credential the credential, present once its signature verified (also when a later
 *     check failed, so a report can say what was revoked)
 * @param cmf the CMF conformance verdict, when the CMF check ran
 * @param issuer how the trust list names the issuer, when it lists it
 * @param trustListSequence sequence number of the trust list used, when one was in force
 * @param verifiedCredential the proof object, present exactly when {@code verified}
 * @param format what kind of credential was verified
 * @param sdJwt for an SD-JWT VC whose disclosures were all accounted for: what was disclosed
 */
public record VerificationReport(
    boolean verified,
    List<CheckResult> checks,
    List<CheckResult> warnings,
    List<CheckResult> errors,
    Optional<ObjectNode> credential,
    Optional<CmfVerdict> cmf,
    Optional<IssuerInfo> issuer,
    Optional<Long> trustListSequence,
    Optional<VerifiedCredential> verifiedCredential,
    CredentialFormat format,
    Optional<SdJwtSummary> sdJwt) implements CheckedReport {

  /** The kinds of credential a report can be about. */
  public enum CredentialFormat {
    /** Open Badges 3.0 (and the VC shapes the pipeline accepts): the default. */
    OPEN_BADGES_3("Open Badges 3.0"),
    /** An Open Badges 2.0 assertion: no holder binding, no CMF verdict. */
    OPEN_BADGES_2("Open Badges 2.0"),
    /** An SD-JWT VC (IETF SD-JWT VC): only the disclosed claims, no CMF verdict. */
    SD_JWT_VC("SD-JWT VC");

    private final String label;

    CredentialFormat(String label) {
      this.label = label;
    }

    /** The name in the report's {@code format} member. */
    public String label() {
      return label;
    }
  }

  public VerificationReport {
    checks = List.copyOf(checks);
    warnings = List.copyOf(warnings);
    errors = List.copyOf(errors);
    credential = Objects.requireNonNull(credential, "credential").map(ObjectNode::deepCopy);
    Objects.requireNonNull(cmf, "cmf");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(trustListSequence, "trustListSequence");
    Objects.requireNonNull(verifiedCredential, "verifiedCredential");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sdJwt, "sdJwt");
    if (verified != verifiedCredential.isPresent() || (verified && !errors.isEmpty())) {
      throw new IllegalArgumentException("verified exactly when nothing failed and proven");
    }
  }

  /** A report without SD-JWT disclosures. */
  public VerificationReport(boolean verified, List<CheckResult> checks,
      List<CheckResult> warnings, List<CheckResult> errors, Optional<ObjectNode> credential,
      Optional<CmfVerdict> cmf, Optional<IssuerInfo> issuer, Optional<Long> trustListSequence,
      Optional<VerifiedCredential> verifiedCredential, CredentialFormat format) {
    this(verified, checks, warnings, errors, credential, cmf, issuer, trustListSequence,
        verifiedCredential, format, Optional.empty());
  }

  /** An Open Badges 3.0 report. */
  public VerificationReport(boolean verified, List<CheckResult> checks,
      List<CheckResult> warnings, List<CheckResult> errors, Optional<ObjectNode> credential,
      Optional<CmfVerdict> cmf, Optional<IssuerInfo> issuer, Optional<Long> trustListSequence,
      Optional<VerifiedCredential> verifiedCredential) {
    this(verified, checks, warnings, errors, credential, cmf, issuer, trustListSequence,
        verifiedCredential, CredentialFormat.OPEN_BADGES_3);
  }

  /** Builds a report from the check results in order; warnings and errors are derived. */
  static VerificationReport of(List<CheckResult> checks, Optional<ObjectNode> credential,
      Optional<CmfVerdict> cmf, Optional<IssuerInfo> issuer, Optional<Long> trustListSequence,
      Optional<VerifiedCredential> verifiedCredential) {
    return of(checks, credential, cmf, issuer, trustListSequence, verifiedCredential,
        CredentialFormat.OPEN_BADGES_3);
  }

  static VerificationReport of(List<CheckResult> checks, Optional<ObjectNode> credential,
      Optional<CmfVerdict> cmf, Optional<IssuerInfo> issuer, Optional<Long> trustListSequence,
      Optional<VerifiedCredential> verifiedCredential, CredentialFormat format) {
    return of(checks, credential, cmf, issuer, trustListSequence, verifiedCredential, format,
        Optional.empty());
  }

  static VerificationReport of(List<CheckResult> checks, Optional<ObjectNode> credential,
      Optional<CmfVerdict> cmf, Optional<IssuerInfo> issuer, Optional<Long> trustListSequence,
      Optional<VerifiedCredential> verifiedCredential, CredentialFormat format,
      Optional<SdJwtSummary> sdJwt) {
    List<CheckResult> warnings =
        checks.stream().filter(c -> c.status() == CheckStatus.WARNING).toList();
    List<CheckResult> errors = checks.stream().filter(CheckResult::isFailed).toList();
    return new VerificationReport(verifiedCredential.isPresent(), checks, warnings, errors,
        credential, cmf, issuer, trustListSequence, verifiedCredential, format, sdJwt);
  }

  @Override
  public Optional<ObjectNode> credential() {
    return credential.map(ObjectNode::deepCopy);
  }

  /**
   * Verified, and the trust list vouched for the issuer: not merely "trust not checked" on a
   * verifier running without a trust list. What a share link may hold.
   */
  public boolean verifiedAndTrusted() {
    return verified && checks.stream().anyMatch(
        c -> c.id().equals(TrustCheck.ID) && c.status() == CheckStatus.PASSED);
  }

  /** The error codes, in pipeline order. */
  @Override
  public List<ErrorCode> errorCodes() {
    return errors.stream().flatMap(e -> e.code().stream()).toList();
  }

  public ObjectNode toJson() {
    return ReportJson.toJson(this);
  }
}
