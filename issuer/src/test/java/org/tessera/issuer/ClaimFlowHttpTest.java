package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.issuer.TestIssuer.bytes;
import static org.tessera.issuer.TestIssuer.claimPath;
import static org.tessera.issuer.TestIssuer.issueAwarded;
import static org.tessera.issuer.TestIssuer.json;
import static org.tessera.issuer.TestIssuer.post;
import static org.tessera.issuer.TestIssuer.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.FormBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.issuer.claim.ClaimConfig;
import org.tessera.issuer.claim.CountingOffers;
import org.tessera.kit.testkit.HttpClient;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.badge.BakedBadges;
import org.tessera.shared.json.Json;
import org.tessera.shared.testkit.MutableClock;

class ClaimFlowHttpTest {

  private static final String TITLE = "Data Stewardship for Researchers";

  @TempDir Path dir;
  private MutableClock clock;
  private CountingOffers offers;
  private IssuerApp app;

  @BeforeEach
  void createApp() {
    clock = new MutableClock(TestIssuer.NOW);
    offers = new CountingOffers(clock);
    app = IssuerApp.builder(IssuerSettings.of(TestIssuer.config(dir))
        .withClaims(new ClaimConfig(Duration.ofDays(30), Optional.empty(), List.of())), clock)
        .claimOffers(offers).build();
  }

  @AfterEach
  void closeApp() {
    app.close();
  }

  @Test
  void issue_withoutSmtp_answersTheClaimUrlWithA256BitTokenInThePath() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      JsonNode claim = issueAwarded(client).get("claim");

      assertThat(claim.get("delivery").asText()).isEqualTo("none");
      assertThat(claim.get("url").asText())
          .matches(TestIssuer.BASE.replace(".", "\\.") + "/claim/[A-Za-z0-9_-]{43}");
      assertThat(claim.get("expiresAt").asText()).isEqualTo("2026-03-31T10:00:00Z");
    });
  }

  @Test
  void claimPage_showsTitleIssuerQrOfferLinkTxCodeAndDownloads() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String path = claimPath(issueAwarded(client));

      Response response = client.get(path);

      assertThat(response.code()).isEqualTo(200);
      assertThat(response.header("Content-Type")).startsWith("text/html");
      String html = text(response);
      assertThat(html).contains("<h1>Congratulations, Ada Lovelace!</h1>")
          .contains("<strong id=\"title\">" + TITLE + "</strong>").contains("Test University")
          .contains("<svg class=\"qr\"").contains("aria-label=\"QR code of the credential offer\"")
          .contains("href=\"openid-credential-offer://?credential_offer_uri=https%3A%2F%2F"
              + "issuer.example.edu%2Foid4vci%2Foffers%2Foffer-1\"")
          .contains("<strong id=\"tx-code\" class=\"code\">123451</strong>")
          .contains(path + "/badge.png\"", path + "/badge.svg\"", path + "/credential.jwt\"",
              path + "/credential.json\"")
          .doesNotContain("<script");
    });
  }

  @Test
  void claimPage_securityHeaders_noCacheNoReferrerStrictCsp() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Response response = client.get(claimPath(issueAwarded(client)));

      assertThat(response.header("Cache-Control")).isEqualTo("no-store");
      assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
      assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(response.header("Content-Security-Policy")).contains("default-src 'none'")
          .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline")
          .doesNotContain("script-src");
      assertThat(client.get("/assets/claim.css").header("Content-Type")).startsWith("text/css");
    });
  }

  @Test
  void claimPage_secondView_reusesTheOfferUntilItExpires() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String path = claimPath(issueAwarded(client));

      String first = text(client.get(path));
      String second = text(client.get(path));
      clock.advance(Duration.ofMinutes(10));
      String afterExpiry = text(client.get(path));

      assertThat(first).contains("offer-1");
      assertThat(second).contains("offer-1");
      assertThat(afterExpiry).contains("offer-2").doesNotContain("offer-1");
      assertThat(offers.calls()).hasSize(2);
    });
  }

  @Test
  void newOffer_post_mintsAFreshOfferAndRedirectsToThePage() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String path = claimPath(issueAwarded(client));
      client.get(path).close();

      Response redirect = client.request(path + "/offer",
          b -> b.post(new FormBody.Builder().build()));

      assertThat(redirect.code()).isEqualTo(200); // okhttp follows the 303
      assertThat(redirect.request().url().encodedPath()).isEqualTo(path);
      assertThat(text(redirect)).contains("offer-2").contains("123452");
      assertThat(offers.calls()).hasSize(2);
    });
  }

  @Test
  void downloads_jwtJsonAndBakedImages_carryTheIssuedCredential() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      JsonNode issued = issueAwarded(client);
      String path = claimPath(issued);
      String jwt = issued.get("jwt").asText();

      Response jwtFile = client.get(path + "/credential.jwt");
      assertThat(jwtFile.header("Content-Type")).startsWith("application/jwt");
      assertThat(jwtFile.header("Content-Disposition"))
          .isEqualTo("attachment; filename=\"credential.jwt\"");
      assertThat(text(jwtFile)).isEqualTo(jwt);

      JsonNode json = Json.parseUntrusted(text(client.get(path + "/credential.json")))
          .orElseThrow();
      assertThat(json).isEqualTo(issued.get("credential"));

      Response png = client.get(path + "/badge.png");
      assertThat(png.header("Content-Type")).isEqualTo("image/png");
      assertThat(BakedBadges.extract(bytes(png))).contains(jwt);

      Response svg = client.get(path + "/badge.svg");
      assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
      byte[] svgBytes = bytes(svg);
      assertThat(new String(svgBytes, java.nio.charset.StandardCharsets.UTF_8))
          .contains("<title>" + TITLE);
      assertThat(BakedBadges.extract(svgBytes)).contains(jwt);
    });
  }

  @Test
  void claimLink_afterItsTtl_isNotFound() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String path = claimPath(issueAwarded(client));
      clock.advance(Duration.ofDays(30));

      Response page = client.get(path);

      assertThat(page.code()).isEqualTo(404);
      assertThat(text(page)).contains("This claim link does not work");
      assertThat(client.get(path + "/credential.jwt").code()).isEqualTo(404);
      assertThat(client.get(path + "/badge.png").code()).isEqualTo(404);
    });
  }

  @Test
  void claimLink_unknownOrMalformedToken_isNotFound() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      issueAwarded(client);

      assertThat(client.get("/claim/" + "A".repeat(43)).code()).isEqualTo(404);
      assertThat(client.get("/claim/short").code()).isEqualTo(404);
      assertThat(client.get("/claim/" + "A".repeat(43) + "/badge.svg").code()).isEqualTo(404);
      assertThat(offers.calls()).isEmpty();
    });
  }

  @Test
  void resendClaimLink_matchingEmail_replacesTheOldLink() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      JsonNode issued = issueAwarded(client);
      String oldPath = claimPath(issued);
      String id = issued.get("id").asText();

      Response response = post(client, "/api/credentials/" + id + "/claim-link",
          "{\"email\": \"Ada@Example.org\"}");

      assertThat(response.code()).isEqualTo(200);
      String newUrl = json(response).get("claim").get("url").asText();
      String newPath = newUrl.substring(TestIssuer.BASE.length());
      assertThat(newPath).isNotEqualTo(oldPath);
      assertThat(client.get(oldPath).code()).isEqualTo(404);
      assertThat(client.get(newPath).code()).isEqualTo(200);
    });
  }

  @Test
  void resendClaimLink_otherEmail_isEmailMismatchAndKeepsTheOldLink() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      JsonNode issued = issueAwarded(client);
      String id = issued.get("id").asText();

      Response response = post(client, "/api/credentials/" + id + "/claim-link",
          "{\"email\": \"eve@example.org\"}");

      assertThat(response.code()).isEqualTo(409);
      assertThat(json(response).get("code").asText()).isEqualTo("EMAIL_MISMATCH");
      assertThat(client.get(claimPath(issued)).code()).isEqualTo(200);
    });
  }

  @Test
  void resendClaimLink_badRequests_areRejectedWithTheirCodes() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String id = issueAwarded(client).get("id").asText();

      Response noEmail = post(client, "/api/credentials/" + id + "/claim-link", "{}");
      Response unknown = post(client, "/api/credentials/nope/claim-link",
          "{\"email\": \"ada@example.org\"}");
      Response noAuth = TestIssuer.postWithoutAuth(client,
          "/api/credentials/" + id + "/claim-link", "{\"email\": \"ada@example.org\"}");
      post(client, "/api/credentials/" + id + "/revoke", "{}").close();
      Response revoked = post(client, "/api/credentials/" + id + "/claim-link",
          "{\"email\": \"ada@example.org\"}");

      assertThat(json(noEmail).get("errors").get(0).get("field").asText()).isEqualTo("email");
      assertThat(unknown.code()).isEqualTo(404);
      assertThat(noAuth.code()).isEqualTo(401);
      assertThat(json(revoked).get("code").asText()).isEqualTo("ALREADY_REVOKED");
    });
  }
}
