package org.tessera.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tessera.shared.did.DidDocument;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.status.BitstringStatusList;
import org.tessera.shared.trust.TrustList;

/** The composed pipeline really checks: the benchmark's true result means every check passed. */
class SharedPipelineTest {

  private static final JWK KEY = Fixtures.key(JwsAlgorithm.ES256);
  private static final String JWT = Fixtures.signedCredential(KEY);
  private static final DidDocument DID =
      DidDocument.forKeys(SampleCredential.ISSUER_ID, List.of(KEY.toPublicJWK()));
  private static final BitstringStatusList CLEAR = BitstringStatusList.create(BitstringStatusList.MIN_SIZE);

  private static SharedPipeline pipeline(DidDocument did, TrustList trust, BitstringStatusList list,
      Instant now) {
    return new SharedPipeline(did, trust, Map.of(SampleCredential.STATUS_LIST_URL, list),
        Clock.fixed(now, ZoneOffset.UTC));
  }

  @Test
  void verify_pipelineFixture_passes() {
    PipelineFixture fixture = PipelineFixture.create();

    assertThat(fixture.pipeline().verify(fixture.compactJwt())).isTrue();
  }

  @Test
  void verify_validCredential_passes() {
    assertThat(pipeline(DID, PipelineFixture.trustList(), CLEAR, PipelineFixture.NOW).verify(JWT))
        .isTrue();
  }

  @Test
  void verify_tamperedSignature_fails() {
    char last = JWT.charAt(JWT.length() - 2);
    String tampered = JWT.substring(0, JWT.length() - 2) + (last == 'A' ? 'B' : 'A') + JWT.charAt(JWT.length() - 1);

    assertThat(pipeline(DID, PipelineFixture.trustList(), CLEAR, PipelineFixture.NOW).verify(tampered))
        .isFalse();
  }

  @Test
  void verify_otherIssuerKey_fails() {
    DidDocument other = DidDocument.forKeys(SampleCredential.ISSUER_ID,
        List.of(Fixtures.key(JwsAlgorithm.ES256).toPublicJWK()));

    assertThat(pipeline(other, PipelineFixture.trustList(), CLEAR, PipelineFixture.NOW).verify(JWT))
        .isFalse();
  }

  @Test
  void verify_revokedIndex_fails() {
    BitstringStatusList revoked = CLEAR.with(SampleCredential.STATUS_INDEX, true);

    assertThat(pipeline(DID, PipelineFixture.trustList(), revoked, PipelineFixture.NOW).verify(JWT))
        .isFalse();
  }

  @Test
  void verify_issuerNotOnTrustList_fails() {
    TrustList empty = new TrustList(Optional.empty(), 1, Instant.parse("2026-01-01T00:00:00Z"),
        Instant.parse("2026-02-01T00:00:00Z"), "Operator", List.of());

    assertThat(pipeline(DID, empty, CLEAR, PipelineFixture.NOW).verify(JWT)).isFalse();
  }

  @Test
  void verify_afterValidUntil_fails() {
    assertThat(pipeline(DID, PipelineFixture.trustList(), CLEAR, Instant.parse("2031-01-01T00:00:00Z"))
        .verify(JWT)).isFalse();
  }
}
