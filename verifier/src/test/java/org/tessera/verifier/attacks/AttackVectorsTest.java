package org.tessera.verifier.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.verifier.pipeline.VerificationReport;

/** Every vector under {@code vectors/attacks} through the real verifier pipeline. */
class AttackVectorsTest extends WithAttackHarness {

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void verify_attackVector_rejectedWithDocumentedCode(AttackVector vector) {
    AttackHarness.Target target = harness.target(vector);
    long start = System.nanoTime();
    VerificationReport report = target.verifier().verify(vector.input());
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(report.verified()).isFalse();
    assertThat(report.errorCodes()).contains(vector.code());
    vector.setup("maxMillis").ifPresent(max -> assertThat(millis).isLessThan(max.asLong()));
    // Nothing outside the suite's own hosts is ever fetched (remote contexts, jku, x5u, kid URLs).
    target.fetcher().ifPresent(f -> assertThat(AttackHarness.hostsOutsideSuite(f)).isEmpty());
  }

  @Test
  void vectors_cover_theSuite() {
    assertThat(vectors()).hasSizeGreaterThanOrEqualTo(36);
  }
}
