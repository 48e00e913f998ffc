package org.tessera.verifier.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.issuer.IssuerApp;
import org.tessera.issuer.config.IssuerConfig;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.json.Json;
import org.tessera.shared.trust.StatusPeriod;
import org.tessera.shared.trust.TrustStatus;
import org.tessera.shared.trust.TrustedIssuer;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.fetch.JdkSafeFetcher;
import org.tessera.verifier.pipeline.ErrorCode;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.testkit.Fixture;

/**
 * Key rotation and compromise, issuer → verifier: the issuer (its clock moved by hand) signs with
 * key 1 two hours and one hour ago, rotates to key 2, then marks key 1 compromised from 90
 * minutes ago. The verifier reads the DID document's {@code revoked} time.
 */
class KeyLifecycleRoundTripTest {

  private static final String TOKEN = "key-lifecycle-admin-token-0123456789";
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private static final String ACHIEVEMENT = """
      {"name": "Data Stewardship for Researchers",
       "description": "Plan, document and share research data according to FAIR principles.",
       "criteria": "Pass the supervised written exam and submit a data management plan.",
       "creditsAvailable": 5, "eqfLevel": 6, "hours": 125,
       "learningOutcomes": [{"title": "Write a data management plan"}],
       "assessment": {"methods": ["written exam"], "summative": true},
       "participationForm": "online",
       "qualityAssurance": {"qaType": "internal", "description": "Accredited"},
       "identityVerification": "supervised-online", "inLanguage": "en"}
      """;

  @TempDir
  static Path dir;

  private static final MovableClock CLOCK = new MovableClock(NOW.minus(Duration.ofHours(2)));
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static IssuerApp issuer;
  private static String base;
  private static Fixture trust;
  private static String beforeCompromise;
  private static String afterCompromise;
  private static String afterRotation;
  private static JsonNode didDocument;

  @BeforeAll
  static void issueRotateCompromise() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    base = "http://localhost:" + port;
    Path keys = Files.createDirectories(dir.resolve("keys"));
    for (String kid : List.of("key-1", "key-2")) {
      Files.writeString(keys.resolve(kid + ".jwk"),
          JwkGenerator.generate(JwsAlgorithm.ES256, kid).toJSONString());
    }
    IssuerConfig config = new IssuerConfig(port, URI.create(base),
        "jdbc:sqlite:" + dir.resolve("issuer.db"), keys, Optional.of("key-1"), TOKEN, false,
        Duration.ofMinutes(5), "Key Lifecycle University", "NL", Optional.empty());
    issuer = IssuerApp.create(config, CLOCK).start();
    trust = new Fixture();
    trust.writeTrustList(trust.trustList(List.of(new TrustedIssuer(issuer.identity().did(),
        "Key Lifecycle University", "NL",
        List.of(new StatusPeriod(TrustStatus.GRANTED, Instant.parse("2025-01-01T00:00:00Z"))),
        List.of(), Fixture.scope(5, 8)))));

    String achievement = post("/api/achievements", ACHIEVEMENT).get("id").asText();
    beforeCompromise = issue(achievement);
    CLOCK.set(NOW.minus(Duration.ofHours(1)));
    afterCompromise = issue(achievement);
    post("/api/keys/key-2/activate", "{}");
    afterRotation = issue(achievement);
    post("/api/keys/key-1/compromise",
        "{\"since\": \"" + NOW.minus(Duration.ofMinutes(90)) + "\"}");
    didDocument = Json.parseUntrusted(get("/.well-known/did.json")).orElseThrow();
  }

  @AfterAll
  static void stopIssuer() {
    issuer.stop();
    trust.close();
  }

  @Test
  void rotation_newCredentialsUseNewKey_oldKeyStillPublished() throws ParseException {
    assertThat(kid(beforeCompromise)).endsWith("#key-1");
    assertThat(kid(afterRotation)).endsWith("#key-2");
    assertThat(didDocument.get("verificationMethod")).hasSize(2);
    assertThat(didDocument.get("assertionMethod")).hasSize(2);
  }

  @Test
  void rotation_credentialSignedWithNewKey_verifies() {
    VerificationReport report = verify(afterRotation);
    assertThat(report.errors()).isEmpty();
    assertThat(report.verified()).isTrue();
  }

  @Test
  void compromise_credentialSignedBeforeCompromise_stillVerifies() {
    VerificationReport report = verify(beforeCompromise);
    assertThat(report.errors()).isEmpty();
    assertThat(report.verified()).isTrue();
  }

  @Test
  void compromise_credentialSignedAfterCompromise_failsWithKeyCompromised() {
    assertThat(verify(afterCompromise).errorCodes()).containsExactly(ErrorCode.KEY_COMPROMISED);
  }

  @Test
  void compromise_didDocumentCarriesRevokedTime_jwksDropsTheKey() {
    JsonNode method = didDocument.get("verificationMethod").get(0);
    assertThat(method.get("id").asText()).endsWith("#key-1");
    assertThat(method.get("revoked").asText())
        .isEqualTo(NOW.minus(Duration.ofMinutes(90)).toString());
    assertThat(didDocument.get("verificationMethod").get(1).has("revoked")).isFalse();
    JsonNode jwks = Json.parseUntrusted(get("/.well-known/jwks.json")).orElseThrow();
    assertThat(jwks.get("keys")).hasSize(1);
    assertThat(jwks.get("keys").get(0).get("kid").asText()).endsWith("#key-2");
  }

  private static String kid(String jwt) throws ParseException {
    return JWSObject.parse(jwt).getHeader().getKeyID();
  }

  private static VerificationReport verify(String jwt) {
    return Verifier.create(trust.config(), Clock.systemUTC(), JdkSafeFetcher.create(true))
        .verify(jwt);
  }

  private static String issue(String achievement) {
    return post("/api/credentials", "{\"achievementId\": \"" + achievement
        + "\", \"learner\": {\"name\": \"Ada Lovelace\", \"email\": \"ada@example.org\"}}")
        .get("jwt").asText();
  }

  private static JsonNode post(String path, String body) {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 299);
    return Json.parseUntrusted(response.body()).orElseThrow();
  }

  private static String get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build()).body();
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A clock the test moves by hand, standing in for time passing at the issuer. */
  private static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("fixed to UTC");
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
