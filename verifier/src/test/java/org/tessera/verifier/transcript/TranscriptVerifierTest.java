package org.tessera.verifier.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tessera.shared.json.Json;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.status.StatusFreshness;
import org.tessera.verifier.transcript.TranscriptEntry.Outcome;

/**
 * The transcript rules over a fake pipeline that refuses every JWT it is given (verified
 * transcripts run the real pipeline in ForeignVectorsTest).
 */
class TranscriptVerifierTest {

  private static final String JWT = "eyJhbGciOiJFUzI1NiJ9.eyJ4IjoxfQ.c2ln";

  private final AtomicInteger pipelineRuns = new AtomicInteger();
  private final TranscriptVerifier verifier = new TranscriptVerifier((jwt, freshness, deadline) -> {
    pipelineRuns.incrementAndGet();
    return refused(Optional.empty(), ErrorCode.SIGNATURE_INVALID);
  }, Duration.ofSeconds(5));

  @Test
  void verify_notAClr_empty() {
    ObjectNode credential = clr();
    credential.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");

    assertThat(verifier.verify(refused(Optional.of(credential), ErrorCode.REVOKED),
        StatusFreshness.CACHED)).isEmpty();
    assertThat(verifier.verify(refused(Optional.empty(), ErrorCode.SIGNATURE_INVALID),
        StatusFreshness.CACHED)).isEmpty();
  }

  @Test
  void verify_embeddedJwtRefused_notVerifiedWithItsReport() {
    ObjectNode record = clr();
    held(record).add(JWT).addObject().put("type", "EnvelopedVerifiableCredential")
        .put("id", "data:application/vc+jwt," + JWT);

    TranscriptReport report = transcript(record);

    assertThat(report.verified()).isFalse();
    assertThat(report.credentials().code()).contains(ErrorCode.EMBEDDED_CREDENTIAL_NOT_VERIFIED);
    assertThat(report.credentials().message()).isEqualTo("not verified: embedded credential(s) 1, 2");
    assertThat(report.entries()).extracting(TranscriptEntry::form).containsExactly("jwt", "enveloped");
    assertThat(report.entries()).allSatisfy(e -> {
      assertThat(e.outcome()).isEqualTo(Outcome.NOT_VERIFIED);
      assertThat(e.report()).isPresent();
    });
    assertThat(pipelineRuns).hasValue(2);
  }

  @Test
  void verify_credentialObjectWithoutProof_notIndependentlyVerifiedNeverVerified() {
    ObjectNode record = clr();
    ObjectNode embedded = held(record).addObject();
    embedded.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
    embedded.putObject("credentialSubject").put("id", "did:example:learner")
        .putObject("achievement").put("name", "Orientation Week");
    embedded.putObject("proof").put("type", "DataIntegrityProof");

    TranscriptReport report = transcript(record);

    TranscriptEntry entry = report.entries().get(0);
    assertThat(entry.outcome()).isEqualTo(Outcome.NOT_INDEPENDENTLY_VERIFIED);
    assertThat(entry.report()).isEmpty();
    assertThat(entry.facts().orElseThrow().title()).contains("Orientation Week");
    assertThat(report.credentials().code()).contains(ErrorCode.EMBEDDED_CREDENTIAL_UNVERIFIABLE);
    assertThat(report.credentials().isFailed()).isFalse();
    assertThat(pipelineRuns).hasValue(0);
  }

  @Test
  void verify_credentialOfAnotherLearner_otherSubjectFails() {
    ObjectNode record = clr();
    ObjectNode embedded = held(record).addObject();
    embedded.putArray("type").add("VerifiableCredential");
    embedded.putObject("credentialSubject").put("id", "did:example:someone-else");

    TranscriptReport report = transcript(record);

    assertThat(report.entries()).extracting(TranscriptEntry::outcome)
        .containsExactly(Outcome.OTHER_SUBJECT);
    assertThat(report.credentials().code()).contains(ErrorCode.EMBEDDED_CREDENTIAL_OTHER_SUBJECT);
  }

  @Test
  void verify_unreadableEntries_notVerifiedWithoutRunningThePipeline() {
    ObjectNode record = clr();
    held(record).add("not a jwt").add(42).addObject().put("type", "EnvelopedVerifiableCredential")
        .put("id", "data:text/plain,hello");

    TranscriptReport report = transcript(record);

    assertThat(report.entries()).extracting(TranscriptEntry::outcome)
        .containsOnly(Outcome.NOT_VERIFIED);
    assertThat(report.entries()).allSatisfy(e -> assertThat(e.report()).isEmpty());
    assertThat(pipelineRuns).hasValue(0);
  }

  @Test
  void verify_nothingEmbedded_fails() {
    TranscriptReport report = transcript(clr());

    assertThat(report.credentials().code()).contains(ErrorCode.EMBEDDED_CREDENTIAL_NOT_VERIFIED);
    assertThat(report.credentials().message()).isEqualTo("the record embeds no credential");
  }

  @Test
  void verify_moreThanTheLimit_refusedBeforeAnyIsVerified() {
    ObjectNode record = clr();
    ArrayNode held = held(record);
    for (int i = 0; i <= TranscriptVerifier.MAX_EMBEDDED; i++) {
      held.add(JWT);
    }

    TranscriptReport report = transcript(record);

    assertThat(report.credentials().code()).contains(ErrorCode.TOO_MANY_EMBEDDED_CREDENTIALS);
    assertThat(report.entries()).isEmpty();
    assertThat(pipelineRuns).hasValue(0);
  }

  @Test
  void toJson_recordReportWithClrCheckAndTranscript() {
    ObjectNode record = clr();
    held(record).add(JWT);

    ObjectNode json = transcript(record).toJson();

    assertThat(json.path("verified").asBoolean()).isFalse();
    assertThat(json.path("checks").findValuesAsText("id")).endsWith("clr.credentials");
    assertThat(json.path("transcript").path(0).path("outcome").asText()).isEqualTo("not-verified");
    assertThat(json.path("transcript").path(0).path("report").path("errors").path(0)
        .path("code").asText()).isEqualTo("SIGNATURE_INVALID");
  }

  private TranscriptReport transcript(ObjectNode record) {
    return verifier.verify(refused(Optional.of(record), ErrorCode.REVOKED), StatusFreshness.CACHED)
        .orElseThrow();
  }

  private static ObjectNode clr() {
    ObjectNode record = Json.object();
    record.putArray("type").add("VerifiableCredential").add("ClrCredential");
    ObjectNode subject = record.putObject("credentialSubject").put("id", "did:example:learner");
    subject.putArray("type").add("ClrSubject");
    return record;
  }

  private static ArrayNode held(ObjectNode record) {
    ObjectNode subject = (ObjectNode) record.get("credentialSubject");
    return subject.has("verifiableCredential") ? (ArrayNode) subject.get("verifiableCredential")
        : subject.putArray("verifiableCredential");
  }

  /** A report that failed with {@code code}, holding {@code credential} when given. */
  private static VerificationReport refused(Optional<ObjectNode> credential, ErrorCode code) {
    List<CheckResult> errors = List.of(CheckResult.failed("status", code));
    return new VerificationReport(false, errors, List.of(), errors, credential, Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }
}
