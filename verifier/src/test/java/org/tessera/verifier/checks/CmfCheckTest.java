package org.tessera.verifier.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tessera.shared.cmf.CmfPolicy;
import org.tessera.shared.cmf.CmfVerdict;
import org.tessera.verifier.result.CheckStatus;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.result.Step;
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
    Step<CmfVerdict> step = check.run(FIXTURE.credential());
    assertThat(step.result().isPassed()).isTrue();
    assertThat(step.value()).get().extracting(CmfVerdict::conformant).isEqualTo(true);
  }

  @Test
  void run_tooLittleWorkload_warningNotFailure() {
    ObjectNode credential = FIXTURE.credential();
    ((ObjectNode) credential.get("credentialSubject").get("achievement").get("microCredential"))
        .put("volumeOfLearning", "PT20H");
    Step<CmfVerdict> step = check.run(credential);
    assertThat(step.result().status()).isEqualTo(CheckStatus.WARNING);
    assertThat(step.result().code()).contains(ErrorCode.CMF_NOT_CONFORMANT);
    assertThat(step.value()).get().extracting(CmfVerdict::conformant).isEqualTo(false);
  }
}
