package org.tessera.issuer.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tessera.issuer.issuance.IssueRequest.EvidenceItem;
import org.tessera.issuer.issuance.IssueRequest.Grade;
import org.tessera.issuer.result.FieldError;
import org.tessera.issuer.result.Outcome;
import org.tessera.shared.json.Json;

class IssueRequestReaderTest {

  private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

  private static ObjectNode body(String resultAndEvidence) {
    return Json.parseUntrustedObject("""
        {"achievementId": "a1", "learner": {"name": "L", "email": "l@example.org"},
        """ + resultAndEvidence + "}").orElseThrow();
  }

  @Test
  void read_resultAndEvidenceItems_keptInOrder() {
    IssueRequest request = IssueRequestReader.read(body("""
        "result": [{"value": "8"}, {"status": "Completed"}],
        "evidence": [{"name": "E"}]
        """), NOW).toOptional().orElseThrow();

    assertThat(request.result()).containsExactly(
        new Grade(Optional.of("8"), Optional.empty()),
        new Grade(Optional.empty(), Optional.of("Completed")));
    assertThat(request.evidence()).containsExactly(new EvidenceItem(Optional.empty(),
        Optional.of("E"), Optional.empty(), Optional.empty()));
  }

  @Test
  void read_badResultAndEvidenceItems_namesEachItem() {
    Outcome<IssueRequest> outcome = IssueRequestReader.read(body("""
        "result": [5, {"value": "8"}, {"status": "Completed", "grade": "A"}, {}],
        "evidence": [{"name": "E"}, "x", {}]
        """), NOW);

    assertThat(outcome).isInstanceOf(Outcome.Failed.class);
    assertThat(((Outcome.Failed<IssueRequest>) outcome).rejection().errors()).containsExactly(
        new FieldError("result[0]", "must be an object with value and/or status"),
        new FieldError("result[2].grade", "unknown field"),
        new FieldError("result[3]", "needs a value or a status"),
        new FieldError("evidence[1]", "must be an object"),
        new FieldError("evidence[2]", "needs at least one of id, name, description, narrative"));
  }
}
