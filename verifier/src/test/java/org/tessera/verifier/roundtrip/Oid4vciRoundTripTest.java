package org.tessera.verifier.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.issuer.IssuerApp;
import org.tessera.issuer.config.IssuerConfig;
import org.tessera.shared.did.DidJwk;
import org.tessera.shared.did.DidKey;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.json.Json;
import org.tessera.shared.trust.StatusPeriod;
import org.tessera.shared.trust.TrustStatus;
import org.tessera.shared.trust.TrustedIssuer;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.fetch.JdkSafeFetcher;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.testkit.Fixture;

/**
 * Issuer → wallet (OpenID4VCI pre-authorized code flow over real HTTP) → verifier: the
 * wallet-bound credential verifies, with its status entries intact and bound to the wallet DID.
 */
class Oid4vciRoundTripTest {

  private static final String TOKEN = "round-trip-admin-token-0123456789";
  private static final String ACHIEVEMENT = """
      {"name": "Data Stewardship for Researchers",
       "description": "Plan, document and share research data according to FAIR principles.",
       "criteria": "Pass the supervised written exam and submit a data management plan.",
       "creditsAvailable": 5, "eqfLevel": 6, "hours": 125,
       "learningOutcomes": [{"title": "Write a data management plan"}],
       "assessment": {"methods": ["written exam"], "summative": true},
       "participationForm": "blended",
       "qualityAssurance": {"qaType": "internal-and-external", "description": "Accredited"},
       "identityVerification": "supervised-onsite", "inLanguage": "en", "suspension": false}
      """;

  @TempDir
  static Path dir;

  private static IssuerApp issuer;
  private static String base;
  private static Fixture trust;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startIssuer() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    base = "http://localhost:" + port;
    Path keys = Files.createDirectories(dir.resolve("keys"));
    Files.writeString(keys.resolve("es256-1.jwk"),
        JwkGenerator.generate(JwsAlgorithm.ES256, "es256-1").toJSONString());
    IssuerConfig config = new IssuerConfig(port, URI.create(base),
        "jdbc:sqlite:" + dir.resolve("issuer.db"), keys, Optional.empty(), TOKEN, false,
        Duration.ofMinutes(5), "Round Trip University", "NL", Optional.empty());
    issuer = IssuerApp.create(config, Clock.systemUTC()).start();
    trust = new Fixture();
    trust.writeTrustList(trust.trustList(List.of(new TrustedIssuer(issuer.identity().did(),
        "Round Trip University", "NL",
        List.of(new StatusPeriod(TrustStatus.GRANTED, Instant.parse("2025-01-01T00:00:00Z"))),
        List.of(), Fixture.scope(5, 8)))));
  }

  @AfterAll
  static void stopIssuer() {
    issuer.stop();
    trust.close();
  }

  @Test
  void collectedWithDidJwkV1_verifiesAndIsBoundToWallet() {
    JWK key = JwkGenerator.generate(JwsAlgorithm.ES256, "wallet");
    String did = DidJwk.encode(key.toPublicJWK());
    String jwt = collect(key, did + "#0", false);

    VerificationReport report = verify(jwt);
    assertThat(report.errors()).isEmpty();
    assertThat(report.verified()).isTrue();
    assertThat(subject(jwt)).isEqualTo(did);
  }

  @Test
  void collectedWithDidKeyDraft13_verifiesAndIsBoundToWallet() {
    JWK key = JwkGenerator.generate(JwsAlgorithm.EdDSA, "wallet");
    String did = DidKey.encode(key.toPublicJWK());
    String jwt = collect(key, did + "#" + did.substring("did:key:".length()), true);

    VerificationReport report = verify(jwt);
    assertThat(report.errors()).isEmpty();
    assertThat(report.verified()).isTrue();
    assertThat(subject(jwt)).isEqualTo(did);
  }

  @Test
  void collectedThenRevoked_failsVerification() {
    JWK key = JwkGenerator.generate(JwsAlgorithm.ES256, "wallet");
    String did = DidJwk.encode(key.toPublicJWK());
    String[] collected = collectWithId(key, did + "#0", false);
    send("/api/credentials/" + collected[0] + "/revoke", "{}", true);
    assertThat(verify(collected[1]).verified()).isFalse();
  }

  private String collect(JWK key, String kid, boolean draft13) {
    return collectWithId(key, kid, draft13)[1];
  }

  /** The wallet's whole flow; returns {credential row id, bound JWT}. */
  private String[] collectWithId(JWK key, String kid, boolean draft13) {
    String achievement = send("/api/achievements", ACHIEVEMENT, true).get("id").asText();
    String id = send("/api/credentials", "{\"achievementId\": \"" + achievement
        + "\", \"learner\": {\"name\": \"Ada Lovelace\", \"email\": \"ada@example.org\"}}", true)
        .get("id").asText();
    String offerUri = send("/api/credentials/" + id + "/offer", "{}", true)
        .get("credential_offer_uri").asText();
    JsonNode offer = request(HttpRequest.newBuilder(URI.create(offerUri)).GET());
    String code = offer.path("grants").path("urn:ietf:params:oauth:grant-type:pre-authorized_code")
        .path("pre-authorized_code").asText();
    JsonNode token = request(HttpRequest.newBuilder(URI.create(base + "/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type="
            + URLEncoder.encode("urn:ietf:params:oauth:grant-type:pre-authorized_code",
                StandardCharsets.UTF_8)
            + "&pre-authorized_code=" + URLEncoder.encode(code, StandardCharsets.UTF_8))));
    String nonce = draft13 ? token.get("c_nonce").asText()
        : send("/nonce", "", false).get("c_nonce").asText();
    String proof = proof(key, kid, nonce);
    String body = draft13
        ? "{\"format\": \"jwt_vc_json\", \"credential_definition\": {\"type\":"
            + " [\"VerifiableCredential\", \"OpenBadgeCredential\"]},"
            + " \"proof\": {\"proof_type\": \"jwt\", \"jwt\": \"" + proof + "\"}}"
        : "{\"credential_configuration_id\": \"OpenBadgeCredential_jwt_vc_json\","
            + " \"proofs\": {\"jwt\": [\"" + proof + "\"]}}";
    JsonNode response = request(HttpRequest.newBuilder(URI.create(base + "/credential"))
        .header("Authorization", "Bearer " + token.get("access_token").asText())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    String jwt = draft13 ? response.get("credential").asText()
        : response.path("credentials").get(0).get("credential").asText();
    return new String[] {id, jwt};
  }

  private String proof(JWK key, String kid, String nonce) {
    JwsAlgorithm alg = JwsAlgorithm.forKey(key);
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg.nimbus())
        .type(new JOSEObjectType("openid4vci-proof+jwt")).keyID(kid).build(),
        new JWTClaimsSet.Builder().audience(base).issueTime(new Date())
            .claim("nonce", nonce).build());
    try {
      jwt.sign(JwsSigners.forKey(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  private static String subject(String jwt) {
    return org.tessera.shared.jose.CredentialJwt.parse(jwt).orElseThrow().credential()
        .path("credentialSubject").path("id").asText();
  }

  private JsonNode send(String path, String body, boolean admin) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (admin) {
      b.header("Authorization", "Bearer " + TOKEN);
    }
    return request(b);
  }

  private JsonNode request(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
      return Json.parseUntrusted(response.body()).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static VerificationReport verify(String jwt) {
    return Verifier.create(trust.config(), Clock.systemUTC(), JdkSafeFetcher.create(true))
        .verify(jwt);
  }
}
