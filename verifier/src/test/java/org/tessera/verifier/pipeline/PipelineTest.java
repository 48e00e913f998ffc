package org.tessera.verifier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.CheckStatus;
import org.tessera.verifier.result.Detail;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.result.IssuerInfo;
import org.tessera.verifier.testkit.Fixture;

class PipelineTest {

  private final Fixture fixture = new Fixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void run_validCredential_verifiedWithEveryCheckPassed() {
    VerificationReport report = fixture.verify(fixture.sign(fixture.credential()));

    assertThat(report.errors()).isEmpty();
    assertThat(report.verified()).isTrue();
    assertThat(report.checks()).extracting(CheckResult::id).containsExactlyElementsOf(Pipeline.ORDER);
    assertThat(report.checks()).allMatch(CheckResult::isPassed);
    assertThat(report.verifiedCredential()).get().extracting(VerifiedCredential::issuerId)
        .isEqualTo(fixture.did);
    assertThat(report.issuer()).get().extracting(IssuerInfo::name).isEqualTo(
        java.util.Optional.of(Fixture.ISSUER_NAME));
    assertThat(report.credential()).isPresent();
    assertThat(report.checks()).allMatch(c -> c.detail().isPresent());
    assertThat(report.checks().get(3).detail()).get().extracting(Detail::key)
        .isEqualTo(DetailKey.SIGNATURE_OK);
  }

  @Test
  void toJson_checkEntries_keepTheirWireShape() {
    VerificationReport report = fixture.verify(fixture.sign(fixture.credential()));

    JsonNode signature = report.toJson().get("checks").get(3);
    assertThat(signature.fieldNames()).toIterable().containsExactly("id", "status", "message");
    assertThat(signature.get("message").asText())
        .isEqualTo("signature verified with " + fixture.kid);
  }

  @Test
  void run_signatureFails_laterChecksSkippedAndNoCredential() {
    String jwt = fixture.sign(fixture.credential());
    String tampered = jwt.substring(0, jwt.length() - 4) + (jwt.endsWith("AAAA") ? "BBBB" : "AAAA");

    VerificationReport report = fixture.verify(tampered);

    assertThat(report.verified()).isFalse();
    assertThat(report.errorCodes()).containsExactly(ErrorCode.SIGNATURE_INVALID);
    assertThat(report.checks().subList(4, Pipeline.ORDER.size()))
        .allMatch(c -> c.status() == CheckStatus.SKIPPED)
        .allMatch(c -> c.detail().orElseThrow().key() == DetailKey.SKIPPED_SIGNATURE_FAILED)
        .allMatch(c -> c.message().equals("skipped: the signature check failed"));
    assertThat(report.credential()).isEmpty();
    assertThat(report.toJson().has("credential")).isFalse();
  }
}
