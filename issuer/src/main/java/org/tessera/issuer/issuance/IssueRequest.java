package org.tessera.issuer.issuance;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A validated request to award an achievement to one learner. */
public record IssueRequest(
    String achievementId,
    Learner learner,
    List<Grade> result,
    List<EvidenceItem> evidence,
    Optional<Instant> validUntil) {

  /** The learner; the e-mail address only ever leaves this record hashed. */
  public record Learner(String name, String email, Optional<String> did) {
    public Learner {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(email, "email");
      Objects.requireNonNull(did, "did");
    }

    @Override
    public String toString() {
      return "Learner[redacted]";
    }
  }

  /** An OB 3.0 result: a grade value and/or a status. */
  public record Grade(Optional<String> value, Optional<String> status) {
    public Grade {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(status, "status");
    }
  }

  public record EvidenceItem(Optional<String> id, Optional<String> name,
      Optional<String> description, Optional<String> narrative) {
    public EvidenceItem {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(narrative, "narrative");
    }
  }

  public IssueRequest {
    Objects.requireNonNull(achievementId, "achievementId");
    Objects.requireNonNull(learner, "learner");
    result = List.copyOf(result);
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(validUntil, "validUntil");
  }
}
