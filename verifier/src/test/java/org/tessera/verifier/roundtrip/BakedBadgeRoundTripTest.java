package org.tessera.verifier.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.json.Json;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.cli.Cli;
import org.tessera.verifier.fetch.PinnedSafeFetcher;
import org.tessera.verifier.http.VerifierApp;
import org.tessera.verifier.testkit.Fixture;

/**
 * The baked PNG and SVG badges that the issuer's claim page offers for download verify through
 * the verifier's CLI and HTTP API, exactly like the JWT inside them.
 */
class BakedBadgeRoundTripTest {

  @RegisterExtension
  static final RunningIssuer issuer = new RunningIssuer();

  private static Fixture trust;
  private static byte[] png;
  private static byte[] svg;
  private static String credentialId;

  @BeforeAll
  static void issueAndDownload() {
    trust = issuer.trust();
    JsonNode issued = issuer.issue(issuer.createAchievement(false));
    credentialId = issued.get("credential").get("id").asText();
    String claimUrl = issued.get("claim").get("url").asText();
    png = download(claimUrl + "/badge.png");
    svg = download(claimUrl + "/badge.svg");
  }

  private static byte[] download(String url) {
    return issuer.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofByteArray()).body();
  }

  @Test
  void cli_bakedPngAndSvg_verifyWithTheIssuersCredential() throws IOException {
    for (String name : List.of("badge.png", "badge.svg")) {
      Path file = issuer.dir().resolve(name);
      Files.write(file, name.endsWith("png") ? png : svg);
      StringWriter out = new StringWriter();

      int exit = VerifierCli.run(out, "verify", file.toString(), "--json", "--trust-list",
          trust.trustListFile().toString(), "--trust-anchor", trust.anchorFile().toString());

      assertThat(exit).as(name + ": " + out).isEqualTo(Cli.VERIFIED);
      JsonNode report = Json.parseUntrusted(out.toString()).orElseThrow();
      assertThat(report.get("credential").get("id").asText())
          .isEqualTo(credentialId);
    }
  }

  @Test
  void cli_plainImageWithoutCredential_isNotVerified() throws IOException {
    Path file = issuer.dir().resolve("plain.svg");
    Files.writeString(file, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

    int exit = VerifierCli.run(new StringWriter(), "verify", file.toString(), "--no-trust-list");

    assertThat(exit).isEqualTo(Cli.NOT_VERIFIED);
  }

  @Test
  void http_rawImageBodiesAndMultipartUpload_verify() {
    Verifier verifier = Verifier.create(trust.config(), Clock.systemUTC(),
        PinnedSafeFetcher.create(true));
    JavalinTest.test(VerifierApp.create(verifier, 1_048_576, Clock.systemUTC()),
        (server, client) -> {
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
}
