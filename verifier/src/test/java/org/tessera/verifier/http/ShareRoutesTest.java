package org.tessera.verifier.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.verifier.http.PageTestSupport.body;
import static org.tessera.verifier.http.PageTestSupport.postForm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.did.DidJwk;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.json.Json;
import org.tessera.shared.status.BitstringStatusList;
import org.tessera.shared.status.StatusPurpose;
import org.tessera.shared.testkit.MutableClock;
import org.tessera.verifier.VerifierSettings;
import org.tessera.verifier.page.PageConfig;
import org.tessera.verifier.testkit.Fixture;

class ShareRoutesTest extends PageAppTestBase {

  private final MutableClock clock = new MutableClock(Fixture.NOW);

  private String createBody(long seconds) {
    return "{\"credential\":\"" + fixture.sign(fixture.credential()) + "\",\"expiresInSeconds\":"
        + seconds + "}";
  }

  private static JsonNode json(Response response) {
    return Json.parseUntrusted(body(response)).orElseThrow();
  }

  private static String path(JsonNode created) {
    return created.get("url").asText().substring("https://verify.example".length());
  }

  @Test
  void create_validCredential_201LinkQrTokenAndPageShowsValid() {
    JavalinTest.test(app(clock), (server, client) -> {
      Response response = client.post("/shares", createBody(3600));
      assertThat(response.code()).isEqualTo(201);
      JsonNode created = json(response);
      assertThat(created.get("url").asText()).matches("https://verify\\.example/s/[A-Za-z0-9_-]{22}");
      assertThat(created.get("manageToken").asText()).hasSizeGreaterThan(40);
      assertThat(created.get("expiresAt").asText()).isEqualTo("2026-01-15T13:00:00Z");
      assertThat(created.get("qrSvg").asText()).startsWith("<svg").contains("<path");
      String page = body(client.get(path(created)));
      assertThat(page).contains("data-verdict=\"valid\"", "Ana Example",
          "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME")
          .doesNotContain("action=\"/en/shares\"");
      assertThat(client.get(path(created) + "/qr.svg").header("Content-Type"))
          .startsWith("image/svg+xml");
    });
  }

  @Test
  void sharePage_linkedInLink_titleIssuerShareLinkButNoLearnerData() {
    JavalinTest.test(app(clock), (server, client) -> {
      JsonNode created = json(client.post("/shares", createBody(3600)));
      String page = body(client.get(path(created)));
      String href = page.replaceAll("(?s).*class=\"linkedin\" rel=\"noopener noreferrer\" href=\"", "")
          .replaceAll("(?s)\".*", "").replace("&amp;", "&");
      String decoded = URLDecoder.decode(href, StandardCharsets.UTF_8);
      assertThat(decoded).contains("name=Databases I", "organizationName=" + Fixture.ISSUER_NAME,
          "issueYear=", "certUrl=" + created.get("url").asText(), "certId=urn:uuid:")
          .doesNotContain("Ana").doesNotContain("sha256$");
    });
  }

  @Test
  void open_afterExpiry_410Notice() {
    JavalinTest.test(app(clock), (server, client) -> {
      JsonNode created = json(client.post("/shares", createBody(1)));
      clock.advance(Duration.ofSeconds(2));
      Response response = client.get(path(created));
      assertThat(response.code()).isEqualTo(410);
      assertThat(body(response)).contains("data-share=\"gone\"", "The share link has expired.")
          .doesNotContain("Ana Example");
      assertThat(client.get(path(created) + "/qr.svg").code()).isEqualTo(404);
    });
  }

  @Test
  void revoke_withManageToken_204ThenGone() {
    JavalinTest.test(app(clock), (server, client) -> {
      JsonNode created = json(client.post("/shares", createBody(3600)));
      String id = created.get("id").asText();
      Response wrong = client.request("/shares/" + id,
          b -> b.delete().header("Authorization", "Bearer not-the-token"));
      assertThat(wrong.code()).isEqualTo(403);
      Response none = client.request("/shares/" + id, b -> b.delete());
      assertThat(none.code()).isEqualTo(401);
      assertThat(client.get(path(created)).code()).isEqualTo(200);
      Response ok = client.request("/shares/" + id, b -> b.delete()
          .header("Authorization", "Bearer " + created.get("manageToken").asText()));
      assertThat(ok.code()).isEqualTo(204);
      Response gone = client.get("/de" + path(created));
      assertThat(gone.code()).isEqualTo(410);
      assertThat(body(gone)).contains("zurückgezogen");
    });
  }

  @Test
  void open_unknownOrMalformedId_404() {
    JavalinTest.test(app(clock), (server, client) -> {
      assertThat(client.get("/s/AAAAAAAAAAAAAAAAAAAAAA").code()).isEqualTo(404);
      assertThat(client.get("/s/not-an-id").code()).isEqualTo(404);
    });
  }

  @Test
  void create_garbageOrForged_refused() {
    String jwt = fixture.sign(fixture.credential());
    String forged = jwt.substring(0, jwt.length() - 4) + "AAAA";
    JavalinTest.test(app(clock), (server, client) -> {
      assertThat(client.post("/shares", "{\"credential\":\"not a jwt\"}").code()).isEqualTo(400);
      assertThat(client.post("/shares", "{\"credential\":\"" + forged + "\"}").code())
          .isEqualTo(422);
      assertThat(client.post("/shares", "{\"credential\":\"" + jwt
          + "\",\"expiresInSeconds\":0}").code()).isEqualTo(400);
      assertThat(client.post("/shares", "{\"credential\":\"" + jwt
          + "\",\"expiresInSeconds\":99999999}").code()).isEqualTo(400);
    });
  }

  @Test
  void create_learnerRecordWithRevokedCredential_refusedLikeAnyUnverified() {
    // The record itself has no status entry: only its transcript knows of the revocation.
    fixture.publishStatusList(StatusPurpose.REVOCATION,
        BitstringStatusList.create(131_072).with(Fixture.STATUS_INDEX, true), Map.of());
    String record = fixture.learnerRecord(java.util.List.of(fixture.sign(fixture.credential())));
    JavalinTest.test(app(clock), (server, client) ->
        assertThat(client.post("/shares", "{\"credential\":\"" + record + "\"}").code())
            .isEqualTo(422));
  }

  @Test
  void create_credentialOverTheSizeCap_400CredentialTooLarge() {
    ObjectNode credential = fixture.credential();
    credential.put("blob", "A".repeat(268_000));
    String body = "{\"credential\":\"" + fixture.sign(credential) + "\"}";
    JavalinTest.test(app(clock), (server, client) -> {
      Response response = client.post("/shares", body);
      assertThat(response.code()).isEqualTo(400);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
      assertThat(json(response).get("code").asText()).isEqualTo("CREDENTIAL_TOO_LARGE");
    });
  }

  @Test
  void create_selfSignedOrRevoked_422NotShareable_nothingStored() {
    JWK self = JwkGenerator.generate(JwsAlgorithm.ES256, "0");
    String didJwk = DidJwk.encode(self.toPublicJWK());
    ObjectNode selfIssued = Fixture.credential(didJwk, fixture.statusUrl());
    selfIssued.put("blob", "A".repeat(30_000));
    String selfSigned = CredentialJwt.sign(selfIssued, JwsSigners.forKey(self),
        JwsAlgorithm.ES256, didJwk + "#0");
    String revoked = fixture.sign(fixture.credential());
    fixture.publishStatusList(StatusPurpose.REVOCATION,
        BitstringStatusList.create(131_072).with(Fixture.STATUS_INDEX, true), Map.of());
    JavalinTest.test(app(clock), (server, client) -> {
      for (String jwt : List.of(selfSigned, revoked)) {
        Response response = client.post("/shares", "{\"credential\":\"" + jwt + "\"}");
        assertThat(response.code()).isEqualTo(422);
        assertThat(json(response).get("code").asText()).isEqualTo("NOT_SHAREABLE");
      }
      Response form = postForm(client, "/en/shares", Map.of("credential", selfSigned, "days", "1"));
      assertThat(form.code()).isEqualTo(422);
      assertThat(body(form)).contains("from an issuer on the trust list");
    });
  }

  @Test
  void create_overTheClientsBudget_429RateLimitedWithRetryAfter() {
    PageConfig oneAMinute = new PageConfig(URI.create("https://verify.example"),
        Optional.of("jdbc:sqlite:" + dir.resolve("r.db")), Optional.empty(),
        "https://verify.example", 1, false);
    JavalinTest.test(VerifierApp.create(new VerifierSettings(fixture.config(), oneAMinute),
        clock), (server, client) -> {
          assertThat(client.post("/shares", createBody(60)).code()).isEqualTo(201);
          Response second = client.post("/shares", createBody(60));
          assertThat(second.code()).isEqualTo(429);
          assertThat(second.header("Retry-After")).isEqualTo("60");
          assertThat(json(second).get("code").asText()).isEqualTo("RATE_LIMITED");
          clock.advance(Duration.ofMinutes(1));
          assertThat(client.post("/shares", createBody(60)).code()).isEqualTo(201);
        });
  }

  @Test
  void createForm_fromResultPage_showsLinkQrAndToken() {
    String jwt = fixture.sign(fixture.credential());
    JavalinTest.test(app(clock), (server, client) -> {
      Response response = postForm(client, "/en/shares", Map.of("credential", jwt, "days", "30"));
      assertThat(response.code()).isEqualTo(201);
      assertThat(body(response)).contains("https://verify.example/s/", "<svg",
          "id=\"manage-token\"", "Valid until 14 February 2026, 12:00 UTC.");
    });
  }

  @Test
  void shares_disabled_404() {
    JavalinTest.test(VerifierApp.create(VerifierSettings.of(fixture.config()), fixture.clock),
        (server, client) -> {
      assertThat(client.post("/shares", createBody(60)).code()).isEqualTo(404);
      String page = body(postForm(client, "/verify",
          Map.of("credential", fixture.sign(fixture.credential()))));
      assertThat(page).contains("data-verdict=\"valid\"").doesNotContain("/shares\"");
    });
  }
}
