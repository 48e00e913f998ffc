package org.tessera.verifier.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWK;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import java.util.Map;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okhttp3.Response;
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
import org.tessera.verifier.cli.Cli;
import org.tessera.verifier.fetch.JdkSafeFetcher;
import org.tessera.verifier.http.VerifierApp;
import org.tessera.verifier.testkit.Fixture;
import picocli.CommandLine;

/**
 * The baked PNG and SVG badges that the issuer's claim page offers for download verify through
 * the verifier's CLI and HTTP API, exactly like the JWT inside them.
 */
class BakedBadgeRoundTripTest {

  private static final String TOKEN = "baked-badge-admin-token-0123456789";

  @TempDir
  static Path dir;

  private static IssuerApp issuer;
  private static Fixture trust;
  private static byte[] png;
  private static byte[] svg;
  private static String credentialId;

  @BeforeAll
  static void issueAndDownload() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String base = "http://localhost:" + port;
    Path keys = Files.createDirectories(dir.resolve("keys"));
    JWK key = JwkGenerator.generate(JwsAlgorithm.ES256, "es256-1");
    Files.writeString(keys.resolve("es256-1.jwk"), key.toJSONString());
    IssuerConfig config = new IssuerConfig(port, URI.create(base),
        "jdbc:sqlite:" + dir.resolve("issuer.db"), keys, Optional.empty(), TOKEN, false,
        Duration.ofMinutes(5), "Baked Badge University", "NL", Optional.empty());
    issuer = IssuerApp.create(config, Clock.systemUTC()).start();
    trust = new Fixture();
    trust.writeTrustList(trust.trustList(List.of(new TrustedIssuer(issuer.identity().did(),
        "Baked Badge University", "NL",
        List.of(new StatusPeriod(TrustStatus.GRANTED, Instant.parse("2025-01-01T00:00:00Z"))),
        List.of(), Fixture.scope(5, 8)))));
    HttpClient http = HttpClient.newHttpClient();
    String achievement = post(http, base + "/api/achievements", """
        {"name": "Data Stewardship for Researchers",
         "description": "Plan, document and share research data according to FAIR principles.",
         "criteria": "Pass the supervised written exam.",
         "creditsAvailable": 5, "eqfLevel": 6, "hours": 125,
         "learningOutcomes": [{"title": "Write a data management plan"}],
         "assessment": {"methods": ["written exam"], "summative": true},
         "participationForm": "online",
         "qualityAssurance": {"qaType": "internal", "description": "Programme board"},
         "identityVerification": "supervised-online"}""").get("id").asText();
    JsonNode issued = post(http, base + "/api/credentials", "{\"achievementId\": \""
        + achievement + "\", \"learner\": {\"name\": \"Ada\", \"email\": \"ada@example.org\"}}");
    credentialId = issued.get("credential").get("id").asText();
    String claimUrl = issued.get("claim").get("url").asText();
    png = http.send(HttpRequest.newBuilder(URI.create(claimUrl + "/badge.png")).build(),
        HttpResponse.BodyHandlers.ofByteArray()).body();
    svg = http.send(HttpRequest.newBuilder(URI.create(claimUrl + "/badge.svg")).build(),
        HttpResponse.BodyHandlers.ofByteArray()).body();
  }

  @AfterAll
  static void stop() {
    issuer.stop();
    trust.close();
  }

  @Test
  void cli_bakedPngAndSvg_verifyWithTheIssuersCredential() throws IOException {
    for (String name : List.of("badge.png", "badge.svg")) {
      Path file = dir.resolve(name);
      Files.write(file, name.endsWith("png") ? png : svg);
      StringWriter out = new StringWriter();

      int exit = cli(out, "verify", file.toString(), "--json", "--trust-list",
          trust.trustListFile().toString(), "--trust-anchor", trust.anchorFile().toString());

      assertThat(exit).as(name + ": " + out).isEqualTo(Cli.VERIFIED);
      JsonNode report = Json.parseUntrusted(out.toString()).orElseThrow();
      assertThat(report.get("credential").get("id").asText())
          .isEqualTo(credentialId);
    }
  }

  @Test
  void cli_plainImageWithoutCredential_isNotVerified() throws IOException {
    Path file = dir.resolve("plain.svg");
    Files.writeString(file, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

    int exit = cli(new StringWriter(), "verify", file.toString(), "--no-trust-list");

    assertThat(exit).isEqualTo(Cli.NOT_VERIFIED);
  }

  @Test
  void http_rawImageBodiesAndMultipartUpload_verify() {
    Verifier verifier = Verifier.create(trust.config(), Clock.systemUTC(),
        JdkSafeFetcher.create(true));
    JavalinTest.test(VerifierApp.create(verifier, 1_048_576), (server, client) -> {
      Response rawPng = client.request("/credentials/verify", b -> b.post(
          RequestBody.create(png, MediaType.get("image/png"))));
      Response rawSvg = client.request("/credentials/verify", b -> b.post(
          RequestBody.create(svg, MediaType.get("image/svg+xml"))));
      Response upload = client.request("/credentials/verify", b -> b.post(
          new MultipartBody.Builder().setType(MultipartBody.FORM)
              .addFormDataPart("file", "badge.png",
                  RequestBody.create(png, MediaType.get("image/png")))
              .build()));
      Response notBaked = client.request("/credentials/verify", b -> b.post(
          RequestBody.create("<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
              MediaType.get("image/svg+xml"))));

      assertThat(rawPng.code()).isEqualTo(200);
      assertThat(rawSvg.code()).isEqualTo(200);
      assertThat(upload.code()).isEqualTo(200);
      assertThat(notBaked.code()).isEqualTo(400);
      assertThat(Json.parseUntrusted(notBaked.body().string()).orElseThrow()
          .get("errors").toString()).contains("MALFORMED_INPUT");
    });
  }

  private static int cli(StringWriter out, String... args) {
    CommandLine cli = Cli.commandLine(Clock.systemUTC(),
        Map.of("VERIFIER_ALLOW_HTTP_LOCALHOST", "true"), new ByteArrayInputStream(new byte[0]));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  private static JsonNode post(HttpClient http, String url, String body) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    return Json.parseUntrusted(response.body()).orElseThrow();
  }
}
