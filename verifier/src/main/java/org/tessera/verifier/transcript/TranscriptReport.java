package org.tessera.verifier.transcript;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.CheckedReport;

/**
 * The outcome of verifying a Comprehensive Learner Record: the record's own single-credential
 * report (signature, issuer, status, schema), the {@code clr.credentials} check over what it
 * embeds, and one {@link TranscriptEntry} per embedded credential. It is {@code verified}
 * exactly when the record verified and {@code clr.credentials} did not fail: an embedded
 * credential without its own verifiable proof only warns, and is never shown as verified.
 */
public record TranscriptReport(boolean verified, VerificationReport record,
    CheckResult credentials, List<TranscriptEntry> entries) implements CheckedReport {

  public TranscriptReport {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(credentials, "credentials");
    entries = List.copyOf(entries);
    if (verified != (record.verified() && !credentials.isFailed())) {
      throw new IllegalArgumentException("verified exactly when the record and its credentials are");
    }
  }

  static TranscriptReport of(VerificationReport record, CheckResult credentials,
      List<TranscriptEntry> entries) {
    return new TranscriptReport(record.verified() && !credentials.isFailed(), record, credentials,
        entries);
  }

  /** The record's checks in pipeline order, then {@code clr.credentials}. */
  @Override
  public List<CheckResult> checks() {
    List<CheckResult> checks = new ArrayList<>(record.checks());
    checks.add(credentials);
    return List.copyOf(checks);
  }

  public ObjectNode toJson() {
    return TranscriptReportJson.toJson(this);
  }
}
