package org.tessera.verifier.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tessera.shared.did.DidDocument;
import org.tessera.shared.did.DidWeb;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.json.Json;
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
import org.tessera.verifier.fetch.PinnedSafeFetcher;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.result.CheckResult;

/**
 * Everything a verifier test needs, real and local: an issuer with a did:web served by an
 * {@link IssuerSite}, its signing key, a revocation status list, a trust anchor and a signed
 * trust list file, and a fixed clock.
 */
public final class Fixture implements AutoCloseable {

  /** The fixed "now" of every test. */
  public static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
  public static final String STATUS_PATH = "/status/1";
  public static final int STATUS_INDEX = 94567;
  public static final String ISSUER_NAME = "Tessera Test University";

  public final IssuerSite site = new IssuerSite();
  public final String did;
  public final JWK issuerKey;
  public final String kid;
  public final JWK anchorKey = JwkGenerator.generate(JwsAlgorithm.ES256, "anchor-1");
  public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final Path dir;
  private long trustListSequence = 1;

  public Fixture() {
    this(JwsAlgorithm.ES256);
  }

  public Fixture(JwsAlgorithm alg) {
    this(JwkGenerator.generate(alg, "key-1"));
  }

  /** An issuer signing with {@code signingKey} (its kid is the DID URL fragment). */
  public Fixture(JWK signingKey) {
    did = DidWeb.fromBaseUrl(java.net.URI.create(site.baseUrl()));
    issuerKey = signingKey;
    kid = did + "#" + signingKey.getKeyID();
    try {
      dir = Files.createTempDirectory("verifier-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    publishDidDocument(List.of(issuerKey.toPublicJWK()));
    publishStatusList(StatusPurpose.REVOCATION, BitstringStatusList.create(131_072), Map.of());
    writeTrustList(defaultTrustList(scope(5, 8), List.of(
        new StatusPeriod(TrustStatus.GRANTED, Instant.parse("2025-01-01T00:00:00Z")))));
  }

  // --- issuer side -------------------------------------------------------------------------

  public void publishDidDocument(List<JWK> publicKeys) {
    publishDidDocument(publicKeys, Map.of());
  }

  /** A DID document marking the keys in {@code revokedByKid} compromised from those instants. */
  public void publishDidDocument(List<JWK> publicKeys, Map<String, Instant> revokedByKid) {
    site.publish("/.well-known/did.json", "application/did+json",
        Json.write(DidDocument.forKeys(did, publicKeys, revokedByKid).toJson()));
  }

  /** The template credential of this issuer: valid now, CMF conformant, one revocation entry. */
  public ObjectNode credential() {
    return credential(did, statusUrl());
  }

  /**
   * The template credential issued by {@code did}, its revocation entry at {@link #STATUS_INDEX}
   * of {@code statusUrl}: for tests without a running site (the attack vector generator).
   */
  public static ObjectNode credential(String did, String statusUrl) {
    try (InputStream in = Fixture.class.getResourceAsStream(
        "/org/tessera/verifier/credential-template.json")) {
      ObjectNode credential = Json.parseUntrustedObject(
          new String(in.readAllBytes(), StandardCharsets.UTF_8)).orElseThrow();
      ((ObjectNode) credential.get("issuer")).put("id", did);
      ((ObjectNode) credential.get("credentialSubject").get("achievement").get("creator"))
          .put("id", did);
      ObjectNode status = (ObjectNode) credential.get("credentialStatus");
      status.put("id", statusUrl + "#" + STATUS_INDEX);
      status.put("statusListIndex", String.valueOf(STATUS_INDEX));
      status.put("statusListCredential", statusUrl);
      return credential;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String statusUrl() {
    return site.baseUrl() + STATUS_PATH;
  }

  /**
   * A Comprehensive Learner Record of this issuer for the template's learner, embedding
   * {@code credentialJwts} as enveloped credentials, signed as an OB 3.0 JWT.
   */
  public String learnerRecord(List<String> credentialJwts) {
    ObjectNode record = Json.object();
    record.putArray("@context").add("https://www.w3.org/ns/credentials/v2")
        .add("https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json")
        .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")
        .add("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json");
    record.put("id", "urn:uuid:0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5");
    record.putArray("type").add("VerifiableCredential").add("ClrCredential");
    record.put("name", "Transcript");
    ObjectNode issuer = record.putObject("issuer").put("id", did).put("name", ISSUER_NAME);
    issuer.putArray("type").add("Profile");
    record.put("validFrom", "2025-06-01T00:00:00Z");
    ObjectNode subject = record.putObject("credentialSubject")
        .put("id", credential().get("credentialSubject").get("id").asText());
    subject.putArray("type").add("ClrSubject");
    credentialJwts.forEach(jwt -> subject.withArray("verifiableCredential").addObject()
        .put("@context", "https://www.w3.org/ns/credentials/v2")
        .put("id", "data:application/vc+jwt," + jwt).put("type", "EnvelopedVerifiableCredential"));
    record.putArray("credentialSchema").addObject().put("id",
        "https://purl.imsglobal.org/spec/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema.json")
        .put("type", "1EdTechJsonSchemaValidator2019");
    return sign(record);
  }

  /** The credential as an OB 3.0 JWT signed with the issuer key. */
  public String sign(ObjectNode credential) {
    return CredentialJwt.sign(credential, JwsSigners.forKey(issuerKey),
        JwsAlgorithm.forKey(issuerKey), kid);
  }

  /** Any payload under any header, signed by {@code key}: for tokens our issuer would never make. */
  public static String signRaw(JWSHeader header, ObjectNode payload, JWSSigner signer) {
    JWSObject jws = new JWSObject(header, new Payload(Json.write(payload)));
    try {
      jws.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jws.serialize();
  }

  /** Publishes a signed status list credential at {@link #STATUS_PATH}. */
  public void publishStatusList(StatusPurpose purpose, BitstringStatusList list,
      Map<String, String> headers) {
    site.publish(STATUS_PATH, "application/vc+jwt", statusListJwt(statusUrl(), did, purpose, list,
        issuerKey, kid), headers);
  }

  public String statusListJwt(String url, String issuer, StatusPurpose purpose,
      BitstringStatusList list, JWK key, String keyId) {
    return statusListJwt(url, issuer, purpose, list, key, keyId,
        Instant.parse("2025-01-01T00:00:00Z"));
  }

  /** As above, dated {@code validFrom} (also the JWT's {@code nbf}). */
  public String statusListJwt(String url, String issuer, StatusPurpose purpose,
      BitstringStatusList list, JWK key, String keyId, Instant validFrom) {
    StatusListCredentialView view = new StatusListCredentialView(url, issuer, purpose,
        list.encode(), Optional.of(300_000L), validFrom, Optional.empty());
    return CredentialJwt.sign(StatusListCredentials.toJson(view), JwsSigners.forKey(key),
        JwsAlgorithm.forKey(key), keyId);
  }

  // --- trust side --------------------------------------------------------------------------

  public static AccreditationScope scope(int minEqf, int maxEqf) {
    return new AccreditationScope(List.of("EU-CMF"), minEqf, maxEqf, List.of(), Optional.empty());
  }

  public TrustList defaultTrustList(AccreditationScope scope, List<StatusPeriod> history) {
    return trustList(List.of(new TrustedIssuer(did, ISSUER_NAME, "NL", history, List.of(),
        scope)));
  }

  public TrustList trustList(List<TrustedIssuer> issuers) {
    return new TrustList(Optional.of("https://trust.example"), trustListSequence,
        Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2036-01-01T00:00:00Z"),
        "Tessera Test Operator", issuers);
  }

  /** Signs {@code list} with the anchor and writes it where {@link #config()} points. */
  public void writeTrustList(TrustList list) {
    String jwt = TrustListJwt.sign(list, JwsSigners.forKey(anchorKey),
        JwsAlgorithm.ES256.nimbus(), anchorKey.getKeyID());
    write(trustListFile(), jwt);
    write(anchorFile(), Json.write(anchorKey.toPublicJWK().toJSONObject()));
  }

  public Path trustListFile() {
    return dir.resolve("trust-list.jwt");
  }

  public Path anchorFile() {
    return dir.resolve("anchor.pub.jwk");
  }

  public Path file(String name, String content) {
    return write(dir.resolve(name), content);
  }

  private static Path write(Path path, String content) {
    try {
      return Files.writeString(path, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- verifier side -----------------------------------------------------------------------

  /** Trust list file + anchor, development switch on (the site is on localhost). */
  public VerifierConfig config() {
    return VerifierConfig.defaults()
        .withTrustList(Optional.of(trustListFile().toString()), Optional.of(anchorFile()), false)
        .withAllowHttpLocalhost(true);
  }

  public Verifier verifier() {
    return verifier(config());
  }

  public Verifier verifier(VerifierConfig config) {
    return Verifier.create(config, clock, PinnedSafeFetcher.create(true));
  }

  public VerificationReport verify(String input) {
    return verifier().verify(input);
  }

  /** The result of one check in a report. */
  public static CheckResult check(VerificationReport report, String id) {
    return report.checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  @Override
  public void close() {
    site.close();
  }
}
