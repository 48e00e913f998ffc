package org.tessera.benchmarks;

import com.nimbusds.jose.jwk.JWK;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tessera.shared.did.DidDocument;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.status.BitstringStatusList;
import org.tessera.shared.trust.AccreditationScope;
import org.tessera.shared.trust.StatusPeriod;
import org.tessera.shared.trust.TrustList;
import org.tessera.shared.trust.TrustStatus;
import org.tessera.shared.trust.TrustedIssuer;

/**
 * Everything an offline verification of the sample credential needs, held in memory: the issuer's
 * DID document, a trust list naming the issuer, the decoded revocation list and a fixed clock.
 */
record PipelineFixture(SharedPipeline pipeline, String compactJwt) {

  static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

  static PipelineFixture create() {
    JWK key = Fixtures.key(JwsAlgorithm.ES256);
    DidDocument did = DidDocument.forKeys(SampleCredential.ISSUER_ID, List.of(key.toPublicJWK()));
    BitstringStatusList revocations = BitstringStatusList.decode(
        Fixtures.encodedStatusList(BitstringStatusList.MIN_SIZE), BitstringStatusList.MIN_BYTES);
    SharedPipeline pipeline = new SharedPipeline(did, trustList(),
        Map.of(SampleCredential.STATUS_LIST_URL, revocations), Clock.fixed(NOW, ZoneOffset.UTC));
    return new PipelineFixture(pipeline, Fixtures.signedCredential(key));
  }

  static TrustList trustList() {
    TrustedIssuer university = new TrustedIssuer(SampleCredential.ISSUER_ID, "University of Example",
        "PT", List.of(new StatusPeriod(TrustStatus.GRANTED, Instant.parse("2025-01-01T00:00:00Z"))),
        List.of(), new AccreditationScope(List.of("EU-CMF"), 5, 8, List.of("OpenBadgeCredential"),
            Optional.empty()));
    return new TrustList(Optional.of("https://trust.example.org/cmf"), 1,
        Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"),
        "Example CMF Consortium", List.of(university));
  }
}
