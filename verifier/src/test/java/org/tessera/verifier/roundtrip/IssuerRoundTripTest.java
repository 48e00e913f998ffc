package org.tessera.verifier.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * Issuer → verifier round trips: the real issuer (in-process, temp SQLite, its own key) issues,
 * revokes, suspends and reinstates; the verifier fetches its DID document and status lists over
 * HTTP and judges each state.
 */
class IssuerRoundTripTest {

  private static final String TOKEN = "round-trip-admin-token-0123456789";
  private static final String ACHIEVEMENT = """
      {"name": "Data Stewardship for Researchers",
       "description": "Plan, document and share research data according to FAIR principles.",
       "criteria": "Pass the supervised written exam and submit a data management plan.",
       "creditsAvailable": 5, "eqfLevel": 6, "hours": 125,
       "learningOutcomes": [{"title": "Write a data management plan"},
                            {"title": "Apply FAIR principles to a data set"}],
       "assessment": {"methods": ["written exam", "project"], "summative": true},
       "participationForm": "blended",
       "qualityAssurance": {"qaType": "internal-and-external", "description": "Accredited"},
       "identityVerification": "supervised-onsite",
       "inLanguage": "en", "suspension": %s}
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
    JWK key = JwkGenerator.generate(JwsAlgorithm.ES256, "es256-1");
    Files.writeString(keys.resolve("es256-1.jwk"), key.toJSONString());
    IssuerConfig config = new IssuerConfig(port, URI.create(base),
        "jdbc:sqlite:" + dir.resolve("issuer.db"), keys, Optional.empty(), TOKEN, false,
        Duration.ofMinutes(5), "Round Trip University", "NL", Optional.empty());
    issuer = IssuerApp.create(config, Clock.systemUTC()).start();
    trust = new Fixture();
    trust.writeTrustList(trust.trustList(List.of(trustedIssuer(issuer.identity().did()))));
  }

  @AfterAll
  static void stopIssuer() {
    issuer.stop();
    trust.close();
  }

  private static TrustedIssuer trustedIssuer(String did) {
    return new TrustedIssuer(did, "Round Trip University", "NL",
        List.of(new StatusPeriod(TrustStatus.GRANTED, Instant.parse("2025-01-01T00:00:00Z"))),
        List.of(), Fixture.scope(5, 8));
  }

  private JsonNode post(String path, String body) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 299);
      return Json.parseUntrusted(response.body()).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Issues one credential; returns {issuer's credential row id, jwt}. */
  private String[] issue(boolean suspension) {
    String achievement = post("/api/achievements", String.format(ACHIEVEMENT, suspension))
        .get("id").asText();
    JsonNode issued = post("/api/credentials", "{\"achievementId\": \"" + achievement
        + "\", \"learner\": {\"name\": \"Ada Lovelace\", \"email\": \"ada@example.org\"}}");
    return new String[] {issued.get("id").asText(), issued.get("jwt").asText()};
  }

  /** A fresh verifier each time, so no status list is served from a cache. */
  private static VerificationReport verify(String jwt) {
    Verifier verifier = Verifier.create(trust.config(), Clock.systemUTC(),
        JdkSafeFetcher.create(true));
    return verifier.verify(jwt);
  }

  @Test
  void issued_verifies() {
    VerificationReport report = verify(issue(false)[1]);
    assertThat(report.errors()).isEmpty();
    assertThat(report.verified()).isTrue();
    assertThat(report.issuer()).get().satisfies(i ->
        assertThat(i.name()).contains("Round Trip University"));
    assertThat(report.cmf()).get().satisfies(v -> assertThat(v.conformant()).isTrue());
  }

  @Test
  void revoked_failsWithRevoked() {
    String[] credential = issue(false);
    post("/api/credentials/" + credential[0] + "/revoke", "{\"reason\": \"issued in error\"}");
    assertThat(verify(credential[1]).errorCodes()).containsExactly(ErrorCode.REVOKED);
  }

  @Test
  void suspendedThenReinstated_suspendedThenVerified() {
    String[] credential = issue(true);
    assertThat(verify(credential[1]).verified()).isTrue();

    post("/api/credentials/" + credential[0] + "/suspend", "{}");
    assertThat(verify(credential[1]).errorCodes()).containsExactly(ErrorCode.SUSPENDED);

    post("/api/credentials/" + credential[0] + "/reinstate", "{}");
    assertThat(verify(credential[1]).verified()).isTrue();
  }

  @Test
  void issuerMissingFromTrustList_issuerNotTrusted() {
    String jwt = issue(false)[1];
    Fixture other = new Fixture();
    try {
      Verifier verifier = Verifier.create(other.config(), Clock.systemUTC(),
          JdkSafeFetcher.create(true));
      assertThat(verifier.verify(jwt).errorCodes()).containsExactly(ErrorCode.ISSUER_NOT_TRUSTED);
    } finally {
      other.close();
    }
  }
}
