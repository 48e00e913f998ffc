package org.tessera.verifier.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tessera.shared.cmf.CmfPolicy;
import org.tessera.shared.cmf.CmfVerdict;
import org.tessera.verifier.result.CheckStatus;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.testkit.Fixture;

class CmfCheckTest {

  private static final Fixture FIXTURE = new Fixture();
  private final CmfCheck check = new CmfCheck(CmfPolicy.EU_CMF);

  @AfterAll
  static void close() {
    FIXTURE.close();
  }

  @Test
  void run_conformantCredential_passesWithVerdict() {
    CmfVerdict verdict = check.verdict(FIXTURE.credential());
    assertThat(verdict.conformant()).isTrue();
    assertThat(check.check(verdict).isPassed()).isTrue();
  }

  @Test
  void run_tooLittleWorkload_warningNotFailure() {
    ObjectNode credential = FIXTURE.credential();
    ((ObjectNode) credential.get("credentialSubject").get("achievement").get("microCredential"))
        .put("volumeOfLearning", "PT20H");
    CmfVerdict verdict = check.verdict(credential);
    assertThat(verdict.conformant()).isFalse();
    assertThat(check.check(verdict).status()).isEqualTo(CheckStatus.WARNING);
    assertThat(check.check(verdict).code()).contains(ErrorCode.CMF_NOT_CONFORMANT);
  }
}
