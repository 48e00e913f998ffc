package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.issuer.TestIssuer.bytes;
import static org.tessera.issuer.TestIssuer.claimPath;
import static org.tessera.issuer.TestIssuer.issueAwarded;
import static org.tessera.issuer.TestIssuer.json;
import static org.tessera.issuer.TestIssuer.post;
import static org.tessera.issuer.TestIssuer.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.FormBody;
import okhttp3.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.issuer.claim.ClaimConfig;
import org.tessera.issuer.claim.CountingOffers;
import org.tessera.kit.testkit.HttpClient;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.json.Json;
import org.tessera.shared.testkit.MutableClock;

/**
 * "Create a share link" on the claim page against a fake verifier ({@code POST /shares}, as in
 * docs/share-links.md): the issuer posts the JWT server side and shows the link, its QR code,
 * LinkedIn with the link, and a PDF whose QR code leads to it.
 */
class ClaimShareHttpTest {

  private static final String SHARE_ID = "AbCdEfGhIjKlMnOpQrStUv";

  @TempDir Path dir;
  private HttpServer verifier;
  private final List<String> posted = new CopyOnWriteArrayList<>();
  private final AtomicInteger status = new AtomicInteger(201);
  private IssuerApp app;

  @BeforeEach
  void start() throws IOException {
    verifier = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    verifier.createContext("/shares", exchange -> {
      posted.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      byte[] answer = ("{\"id\": \"" + SHARE_ID + "\", \"url\": \"x\", \"manageToken\": \"m\","
          + " \"expiresAt\": \"2027-03-01T10:00:00Z\"}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status.get(), answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    verifier.start();
    URI url = URI.create("http://localhost:" + verifier.getAddress().getPort());
    MutableClock clock = new MutableClock(TestIssuer.NOW);
    app = IssuerApp.builder(IssuerSettings.of(TestIssuer.config(dir))
        .withClaims(new ClaimConfig(Duration.ofDays(30), Optional.empty(), List.of(),
            Optional.of(url))), clock)
        .claimOffers(new CountingOffers(clock)).build();
  }

  @AfterEach
  void stop() {
    app.close();
    verifier.stop(0);
  }

  @Test
  void createShare_postsTheJwtAndShowsLinkQrLinkedInAndAPdfWithTheLink() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      JsonNode issued = issueAwarded(client);
      String path = claimPath(issued);
      String link = "http://localhost:" + verifier.getAddress().getPort() + "/s/" + SHARE_ID;

      assertThat(text(client.get(path))).contains("id=\"create-share\"");
      String html = text(share(client, path));

      JsonNode body = Json.parseUntrusted(posted.get(0)).orElseThrow();
      assertThat(body.get("credential").asText()).isEqualTo(issued.get("jwt").asText());
      assertThat(body.get("expiresInSeconds").asLong()).isEqualTo(365L * 24 * 3600);
      assertThat(html).contains("id=\"share-url\" readonly value=\"" + link + "\"",
          "aria-label=\"QR code of your share link\"",
          "certUrl=" + java.net.URLEncoder.encode(link, StandardCharsets.UTF_8),
          path + "/shares/" + SHARE_ID + "/certificate.pdf\"", "1 March 2027");
      try (PDDocument pdf = Loader.loadPDF(bytes(client.get(
          path + "/shares/" + SHARE_ID + "/certificate.pdf")))) {
        assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
            .contains("Scan the code or open " + link);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void createShare_verifierRefuses_pageSaysSoAndOffersTheButtonAgain() {
    status.set(422);
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String html = text(share(client, claimPath(issueAwarded(client))));

      assertThat(html).contains("could not make a share link", "id=\"create-share\"")
          .doesNotContain("id=\"share-url\"");
    });
  }

  @Test
  void sharedPdf_malformedShareIdOrUnknownToken_isNotFound() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String path = claimPath(issueAwarded(client));

      assertThat(client.get(path + "/shares/short/certificate.pdf").code()).isEqualTo(404);
      assertThat(client.get("/claim/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/shares/"
          + SHARE_ID + "/certificate.pdf").code()).isEqualTo(404);
      assertThat(posted).isEmpty();
    });
  }

  private static Response share(HttpClient client, String path) {
    return client.request(path + "/share", b -> b.post(new FormBody.Builder().build()));
  }
}
