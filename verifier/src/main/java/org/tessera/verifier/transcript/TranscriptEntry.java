package org.tessera.verifier.transcript;

import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.cmf.CmfFacts;
import org.tessera.verifier.pipeline.VerificationReport;

/**
 * One credential of a learner record's transcript: its position (1-based), how it was carried,
 * its outcome, what it certifies (title, awarding body, ECTS, hours, when it could be read) and,
 * for a JWT, its full single-credential report.
 */
public record TranscriptEntry(int position, String form, Outcome outcome,
    Optional<CmfFacts> facts, Optional<VerificationReport> report) {

  /** The verdict on one embedded credential (wire names in the report). */
  public enum Outcome {
    VERIFIED("verified"),
    NOT_VERIFIED("not-verified"),
    /** A credential object without a proof this verifier checks: never shown as valid. */
    NOT_INDEPENDENTLY_VERIFIED("not-independently-verified"),
    OTHER_SUBJECT("other-subject");

    private final String wireName;

    Outcome(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }
  }

  public TranscriptEntry {
    if (position < 1) {
      throw new IllegalArgumentException("positions start at 1");
    }
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(report, "report");
    if (outcome == Outcome.VERIFIED && !report.map(VerificationReport::verified).orElse(false)) {
      throw new IllegalArgumentException("verified only with a verified report");
    }
  }
}
