package org.tessera.verifier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.verifier.checks.StatusCheck;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.CheckStatus;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.testkit.Fixture;

/** Decision 0029: status lists are fetched only for an issuer the trust check did not refuse. */
class StatusAfterTrustTest {

  private final Fixture fixture = new Fixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void run_issuerNotOnTheTrustList_statusSkippedAndNothingFetched() {
    fixture.writeTrustList(fixture.trustList(List.of()));
    VerificationReport report = fixture.verify(fixture.sign(fixture.credential()));

    assertThat(report.errorCodes()).containsExactly(ErrorCode.ISSUER_NOT_TRUSTED);
    CheckResult status = Fixture.check(report, StatusCheck.ID);
    assertThat(status.status()).isEqualTo(CheckStatus.SKIPPED);
    assertThat(status.message()).isEqualTo("skipped: the trust check failed");
    assertThat(fixture.site.requests(Fixture.STATUS_PATH)).isZero();
  }

  @Test
  void run_trustedIssuer_statusFetched() {
    VerificationReport report = fixture.verify(fixture.sign(fixture.credential()));

    assertThat(report.verified()).isTrue();
    assertThat(fixture.site.requests(Fixture.STATUS_PATH)).isEqualTo(1);
  }
}
