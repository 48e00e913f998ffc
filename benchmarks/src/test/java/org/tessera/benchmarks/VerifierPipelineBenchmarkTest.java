package org.tessera.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.result.ErrorCode;

/** The verifier benchmark measures a full, successful, cached, offline verification. */
class VerifierPipelineBenchmarkTest {

  @Test
  void verify_sampleCredential_verifiedWithEveryCheckRun() throws Exception {
    VerifierPipelineBenchmark benchmark = new VerifierPipelineBenchmark();
    benchmark.setUp();
    try {
      VerificationReport report = benchmark.verify();

      assertThat(report.verified()).isTrue();
      assertThat(report.errors()).isEmpty();
      assertThat(report.checks()).extracting(check -> check.id())
          .contains("signature", "schema", "jsonld", "trust", "status");
    } finally {
      benchmark.tearDown();
    }
  }

  @Test
  void verify_afterFirstCall_fetchesNothing(@TempDir Path dir) {
    VerifierFixture fixture = VerifierFixture.create(dir);
    fixture.verifier().verify(fixture.compactJwt());
    int fetches = fixture.fetcher().fetches();

    for (int i = 0; i < 3; i++) {
      assertThat(fixture.verifier().verify(fixture.compactJwt()).verified()).isTrue();
    }
    assertThat(fetches).isPositive();
    assertThat(fixture.fetcher().fetches()).isEqualTo(fetches);
  }

  @Test
  void distinctCredentials_allDifferent_allVerified_noneServedAsAnother(@TempDir Path dir) {
    VerifierFixture fixture = VerifierFixture.create(dir);

    assertThat(fixture.distinctJwts()).hasSize(VerifierFixture.DISTINCT).doesNotHaveDuplicates()
        .doesNotContain(fixture.compactJwt());
    Set<String> ids = new HashSet<>();
    for (String jwt : fixture.distinctJwts().subList(0, 20)) {
      VerificationReport report = fixture.verifier().verify(jwt);
      assertThat(report.verified()).isTrue();
      ids.add(report.credential().orElseThrow().get("id").textValue());
    }
    assertThat(ids).hasSize(20);
  }

  @Test
  void verify_tamperedSignature_rejectedBySameFixture(@TempDir Path dir) {
    VerifierFixture fixture = VerifierFixture.create(dir);
    String jwt = fixture.compactJwt();
    int at = jwt.length() - 2;
    String tampered = jwt.substring(0, at) + (jwt.charAt(at) == 'A' ? 'B' : 'A') + jwt.substring(at + 1);

    VerificationReport report = fixture.verifier().verify(tampered);

    assertThat(report.verified()).isFalse();
    assertThat(report.errorCodes()).contains(ErrorCode.SIGNATURE_INVALID);
  }
}
