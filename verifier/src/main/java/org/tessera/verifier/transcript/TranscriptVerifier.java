package org.tessera.verifier.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tessera.shared.cmf.CmfFacts;
import org.tessera.verifier.checks.CredentialFields;
import org.tessera.verifier.fetch.Deadline;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.status.StatusFreshness;
import org.tessera.verifier.transcript.TranscriptEntry.Outcome;

/**
 * Verifies what a Comprehensive Learner Record embeds (docs/decisions/0044), once the record's
 * own pipeline run is done: every JWT (bare or enveloped) through the full single-credential
 * pipeline, all of them within one deadline; credential objects without a proof this verifier
 * checks are listed as not independently verified; every credential must be the record's
 * learner's. Thread-safe.
 */
public final class TranscriptVerifier {

  public static final String CREDENTIALS_ID = "clr.credentials";

  /** Most embedded credentials checked; a degree's transcript stays well below. */
  public static final int MAX_EMBEDDED = 64;

  /** The single-credential pipeline, run within a deadline shared by the record's credentials. */
  @FunctionalInterface
  public interface EmbeddedPipeline {
    VerificationReport run(String compactJwt, StatusFreshness freshness, Deadline deadline);
  }

  private final EmbeddedPipeline pipeline;
  private final Duration deadline;

  /** @param deadline how long all embedded credentials of one record may take together */
  public TranscriptVerifier(EmbeddedPipeline pipeline, Duration deadline) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.deadline = Objects.requireNonNull(deadline, "deadline");
  }

  /**
   * The transcript of {@code record}'s report when it is the report of a {@code ClrCredential}
   * whose signature verified (else there is nothing to look into: empty).
   */
  public Optional<TranscriptReport> verify(VerificationReport record, StatusFreshness freshness) {
    Optional<ObjectNode> credential = record.credential().filter(ClrRecord::isClr);
    if (credential.isEmpty()) {
      return Optional.empty();
    }
    List<JsonNode> held = ClrRecord.entries(credential.get());
    if (held.size() > MAX_EMBEDDED) {
      return Optional.of(TranscriptReport.of(record, CheckResult.failed(CREDENTIALS_ID,
          ErrorCode.TOO_MANY_EMBEDDED_CREDENTIALS, "the record embeds " + held.size()
              + " credentials; at most " + MAX_EMBEDDED + " are checked"), List.of()));
    }
    Optional<String> learner = ClrRecord.learner(credential.get());
    Deadline until = Deadline.after(deadline);
    List<TranscriptEntry> entries = new ArrayList<>();
    for (int i = 0; i < held.size(); i++) {
      entries.add(entry(i + 1, ClrRecord.classify(held.get(i)), learner, freshness, until));
    }
    return Optional.of(TranscriptReport.of(record, summary(entries), entries));
  }

  private TranscriptEntry entry(int position, Embedded embedded, Optional<String> learner,
      StatusFreshness freshness, Deadline until) {
    String form = embedded.form().wireName();
    if (embedded instanceof Embedded.Signed signed) {
      VerificationReport report = pipeline.run(signed.compactJwt(), freshness, until);
      Optional<ObjectNode> credential = report.credential();
      Outcome outcome = !report.verified() || credential.filter(ClrRecord::isClr).isPresent()
          ? Outcome.NOT_VERIFIED
          : otherSubject(credential.get(), learner) ? Outcome.OTHER_SUBJECT : Outcome.VERIFIED;
      return new TranscriptEntry(position, form, outcome, credential.map(CmfFacts::of),
          Optional.of(report));
    }
    if (embedded instanceof Embedded.Unsigned unsigned) {
      Outcome outcome = otherSubject(unsigned.credential(), learner)
          ? Outcome.OTHER_SUBJECT : Outcome.NOT_INDEPENDENTLY_VERIFIED;
      return new TranscriptEntry(position, form, outcome,
          Optional.of(CmfFacts.of(unsigned.credential())), Optional.empty());
    }
    return new TranscriptEntry(position, form, Outcome.NOT_VERIFIED, Optional.empty(),
        Optional.empty());
  }

  /** Both name a subject, and not the same one (an OB 3.0 subject may have no id). */
  private static boolean otherSubject(ObjectNode credential, Optional<String> learner) {
    Optional<String> subject = CredentialFields.subjectId(credential);
    return learner.isPresent() && subject.isPresent() && !learner.equals(subject);
  }

  /** The record's {@code clr.credentials} check; messages name positions only, never input. */
  private static CheckResult summary(List<TranscriptEntry> entries) {
    if (entries.isEmpty()) {
      return CheckResult.failed(CREDENTIALS_ID, ErrorCode.EMBEDDED_CREDENTIAL_NOT_VERIFIED,
          "the record embeds no credential");
    }
    String failed = positions(entries, Outcome.NOT_VERIFIED);
    if (!failed.isEmpty()) {
      return CheckResult.failed(CREDENTIALS_ID, ErrorCode.EMBEDDED_CREDENTIAL_NOT_VERIFIED,
          "not verified: embedded credential(s) " + failed);
    }
    String others = positions(entries, Outcome.OTHER_SUBJECT);
    if (!others.isEmpty()) {
      return CheckResult.failed(CREDENTIALS_ID, ErrorCode.EMBEDDED_CREDENTIAL_OTHER_SUBJECT,
          "awarded to another subject than the record's learner: embedded credential(s) " + others);
    }
    String unproven = positions(entries, Outcome.NOT_INDEPENDENTLY_VERIFIED);
    if (!unproven.isEmpty()) {
      return CheckResult.warning(CREDENTIALS_ID, ErrorCode.EMBEDDED_CREDENTIAL_UNVERIFIABLE,
          "no proof of their own this verifier can check, only the record's issuer vouches for"
              + " them: embedded credential(s) " + unproven);
    }
    return CheckResult.passed(CREDENTIALS_ID,
        DetailKey.CLR_CREDENTIALS_OK.with(String.valueOf(entries.size())));
  }

  private static String positions(List<TranscriptEntry> entries, Outcome outcome) {
    return entries.stream().filter(e -> e.outcome() == outcome)
        .map(e -> String.valueOf(e.position())).collect(Collectors.joining(", "));
  }
}
