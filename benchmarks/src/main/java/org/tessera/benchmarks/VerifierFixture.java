package org.tessera.benchmarks;

import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.tessera.shared.did.DidDocument;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.json.Json;
import org.tessera.shared.model.SampleCredentials;
import org.tessera.shared.status.BitstringStatusList;
import org.tessera.shared.status.StatusListCredentialView;
import org.tessera.shared.status.StatusListCredentials;
import org.tessera.shared.status.StatusPurpose;
import org.tessera.shared.trust.AccreditationScope;
import org.tessera.shared.trust.StatusPeriod;
import org.tessera.shared.trust.TrustList;
import org.tessera.shared.trust.TrustListJwt;
import org.tessera.shared.trust.TrustStatus;
import org.tessera.shared.trust.TrustedIssuer;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.VerifierConfig;

/**
 * The real verifier ({@link Verifier#create}) with a fixed clock, a signed trust list file and an
 * in-memory fetcher serving the issuer's did:web document and its signed revocation list: after
 * the first call, DID document, status list and trust list all come from the verifier's caches.
 */
record VerifierFixture(Verifier verifier, InMemoryFetcher fetcher, String compactJwt,
    List<String> distinctJwts) {

  /** Distinct credentials the "distinct" benchmarks cycle through: more than any cache keeps. */
  static final int DISTINCT = 1_000;

  /** The fixed "now": inside the sample's validity, the trust list's and the issuer's grant. */
  static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

  static VerifierFixture create(Path dir) {
    JWK issuerKey = Fixtures.key(JwsAlgorithm.ES256);
    String kid = SampleCredentials.ISSUER_ID + "#" + issuerKey.getKeyID();
    InMemoryFetcher fetcher = new InMemoryFetcher();
    fetcher.publish("https://uni.example.org/.well-known/did.json", "application/did+json",
        Json.write(DidDocument.forKeys(SampleCredentials.ISSUER_ID,
            List.of(issuerKey.toPublicJWK())).toJson()));
    StatusListCredentialView list = new StatusListCredentialView(SampleCredentials.STATUS_LIST,
        SampleCredentials.ISSUER_ID, StatusPurpose.REVOCATION,
        Fixtures.encodedStatusList(BitstringStatusList.MIN_SIZE), Optional.of(300_000L),
        Instant.parse("2025-01-01T00:00:00Z"), Optional.empty());
    fetcher.publish(SampleCredentials.STATUS_LIST, "application/vc+jwt",
        CredentialJwt.sign(StatusListCredentials.toJson(list), JwsSigners.forKey(issuerKey),
            JwsAlgorithm.ES256, kid));

    JWK anchor = JwkGenerator.generate(JwsAlgorithm.ES256, "anchor-1");
    Path trustListFile = write(dir.resolve("trust-list.jwt"), TrustListJwt.sign(trustList(),
        JwsSigners.forKey(anchor), JwsAlgorithm.ES256.nimbus(), anchor.getKeyID()));
    Path anchorFile = write(dir.resolve("anchor.pub.jwk"), anchor.toPublicJWK().toJSONString());
    VerifierConfig config = VerifierConfig.defaults()
        .withTrustList(Optional.of(trustListFile.toString()), Optional.of(anchorFile), false);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    return new VerifierFixture(Verifier.create(config, clock, fetcher), fetcher,
        Fixtures.signedCredential(issuerKey),
        Fixtures.distinctSignedCredentials(issuerKey, DISTINCT));
  }

  private static TrustList trustList() {
    TrustedIssuer university = new TrustedIssuer(SampleCredentials.ISSUER_ID,
        "University of Example", "PT",
        List.of(new StatusPeriod(TrustStatus.GRANTED, Instant.parse("2025-01-01T00:00:00Z"))),
        List.of(), new AccreditationScope(List.of("EU-CMF"), 5, 8, List.of(), Optional.empty()));
    return new TrustList(Optional.of("https://trust.example.org/cmf"), 1,
        Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2036-01-01T00:00:00Z"),
        "Example CMF Consortium", List.of(university));
  }

  private static Path write(Path file, String content) {
    try {
      return Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
