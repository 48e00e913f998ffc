package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.issuer.TestIssuer.BASE;
import static org.tessera.issuer.TestIssuer.json;

import com.authlete.sd.Disclosure;
import com.authlete.sd.SDJWT;
import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.JWK;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.tessera.kit.testkit.HttpClient;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.integrity.SubresourceIntegrity;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.jose.Jwks;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsVerifiers;
import org.tessera.shared.json.Json;

/**
 * The SD-JWT VC of an award (issue #17) end to end over HTTP, on SQLite and PostgreSQL: delivered
 * through OpenID4VCI bound to the wallet key, verifiable with the key in the jwt-vc-issuer
 * metadata, its claims plain or disclosed as decision 0053 says, revoked through the Token
 * Status List together with the Bitstring entry.
 */
class SdJwtVcHttpTest extends Oid4vciTestBase {

  static final String SD_JWT_CONFIGURATION = "MicroCredential_dc_sd_jwt";
  static final String VCT = BASE + "/vct/micro-credential/v1";

  @Test
  void credential_sdJwtConfiguration_issuesBoundSdJwtVcWithItsDisclosures() throws Exception {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      String id = flow.issueCredential();
      JsonNode before = flow.stored(id);
      TestWallet wallet = TestWallet.didJwk();
      SDJWT sdJwt = collect(flow, id, wallet);

      JWSObject jws = JWSObject.parse(sdJwt.getCredentialJwt());
      assertThat(jws.getHeader().getType().getType()).isEqualTo("dc+sd-jwt");
      assertThat(verifiesWithPublishedKey(client, jws)).isTrue();
      JsonNode payload = Json.parseUntrusted(jws.getPayload().toString()).orElseThrow();
      assertThat(payload.get("iss").asText()).isEqualTo(BASE);
      assertThat(payload.get("vct").asText()).isEqualTo(VCT);
      assertThat(payload.get("_sd_alg").asText()).isEqualTo("sha-256");
      assertThat(payload.get("jti").asText()).startsWith("urn:uuid:").isNotEqualTo("urn:uuid:" + id);
      assertThat(JWK.parse(payload.path("cnf").get("jwk").toString()).computeThumbprint())
          .isEqualTo(wallet.key.toPublicJWK().computeThumbprint());
      assertThat(payload.path("cnf").path("jwk").has("d")).isFalse();
      assertThat(payload.path("status").path("status_list").get("uri").asText())
          .startsWith(BASE + "/token-status/");
      // Never disclosable: plain.
      assertThat(payload.get("achievement_title").asText())
          .isEqualTo("Data Stewardship for Researchers");
      assertThat(payload.get("issuing_country").asText()).hasSize(2);
      assertThat(payload.has("date_of_issuance")).isTrue();
      // Always disclosable: absent from the payload, present as disclosures whose digests it lists.
      Map<String, Object> disclosed = sdJwt.getDisclosures().stream()
          .collect(Collectors.toMap(Disclosure::getClaimName, Disclosure::getClaimValue));
      assertThat(disclosed).containsKeys("name", "learning_outcomes", "ects_credits",
          "workload_hours", "eqf_level", "assessment_type", "identity_verification",
          "quality_assurance", "esco_skills", "learner_identification");
      disclosed.keySet().forEach(name -> assertThat(payload.has(name)).as(name).isFalse());
      Set<String> digests = new HashSet<>();
      payload.get("_sd").forEach(d -> digests.add(d.asText()));
      assertThat(sdJwt.getDisclosures()).allSatisfy(d -> assertThat(digests).contains(d.digest()));
      assertThat(((Number) disclosed.get("ects_credits")).doubleValue()).isEqualTo(5.0);
      assertThat(((Number) disclosed.get("eqf_level")).intValue()).isEqualTo(6);
      assertThat(((Number) disclosed.get("workload_hours")).doubleValue()).isEqualTo(125.0);
      assertThat(disclosed.get("identity_verification")).isEqualTo("supervised-onsite");
      assertThat(disclosed.get("esco_skills").toString()).contains("data.europa.eu/esco/skill/");

      // The OB 3.0 credential of the award is not re-bound; the audit trail has the issuance.
      assertThat(flow.stored(id).path("credential")).isEqualTo(before.path("credential"));
      JsonNode audit = json(TestIssuer.get(client, "/api/audit?limit=100"));
      assertThat(audit.get("items").findValuesAsText("action")).contains("SD_JWT_ISSUE");
    });
  }

  @Test
  void typeMetadata_atTheVct_matchesTheIntegrityInTheCredential() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      SDJWT sdJwt = collect(flow, flow.issueCredential(), TestWallet.bareJwk());
      JsonNode payload = payload(sdJwt);
      Response type = client.get("/vct/micro-credential/v1");
      assertThat(type.code()).isEqualTo(200);
      byte[] bytes = type.body().bytes();
      assertThat(SubresourceIntegrity.matches(payload.get("vct#integrity").asText(), bytes))
          .isTrue();
      JsonNode metadata = Json.parseUntrusted(new String(bytes, StandardCharsets.UTF_8))
          .orElseThrow();
      assertThat(metadata.get("vct").asText()).isEqualTo(VCT);
      assertThat(metadata.get("extends").asText())
          .isEqualTo("urn:eu.europa.ec.eudi:learning:credential:1");
      assertThat(metadata.get("claims").findValuesAsText("sd")).contains("always", "never");
      assertThat(metadata.path("display").get(0).get("name").asText()).isNotBlank();
    });
  }

  @Test
  void issuerMetadata_offersDcSdJwtBesideJwtVcJson() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      JsonNode configs = json(client.get("/.well-known/openid-credential-issuer"))
          .path("credential_configurations_supported");
      assertThat(configs.path(Oid4vciFlow.CONFIGURATION).get("format").asText())
          .isEqualTo("jwt_vc_json");
      JsonNode sd = configs.path(SD_JWT_CONFIGURATION);
      assertThat(sd.get("format").asText()).isEqualTo("dc+sd-jwt");
      assertThat(sd.get("vct").asText()).isEqualTo(VCT);
      assertThat(sd.path("credential_metadata").path("claims").findValuesAsText("locale"))
          .isNotEmpty();
      assertThat(sd.path("credential_metadata").path("claims").toString())
          .contains("\"ects_credits\"", "\"eqf_level\"");
      JsonNode issuer = json(client.get("/.well-known/jwt-vc-issuer"));
      assertThat(issuer.get("issuer").asText()).isEqualTo(BASE);
      assertThat(issuer.path("jwks").path("keys").size()).isPositive();
    });
  }

  @Test
  void revoke_setsTheTokenStatusBitWithTheBitstringOne() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      String id = flow.issueCredential();
      JsonNode status = payload(collect(flow, id, TestWallet.didKey()))
          .path("status").path("status_list");
      String path = status.get("uri").asText().substring(BASE.length());
      int idx = status.get("idx").asInt();
      String tokenBeforeRevocation = flow.accessTokenFor(id);

      Response first = client.get(path);
      assertThat(first.code()).isEqualTo(200);
      assertThat(first.header("Content-Type")).startsWith("application/statuslist+jwt");
      assertThat(first.header("Cache-Control")).contains("max-age=");
      String etag = first.header("ETag");
      JsonNode token = verifiedStatusToken(client, first.body().string(), status.get("uri"));
      assertThat(bit(token, idx)).isZero();
      assertThat(client.request(path, b -> b.header("If-None-Match", etag)).code())
          .isEqualTo(304);

      Response revoked = TestIssuer.post(client, "/api/credentials/" + id + "/revoke", "");
      assertThat(revoked.code()).isEqualTo(200);
      assertThat(json(revoked).at("/status/revoked").asBoolean()).isTrue();
      Response after = client.get(path);
      assertThat(after.header("ETag")).isNotEqualTo(etag);
      assertThat(bit(verifiedStatusToken(client, after.body().string(), status.get("uri")), idx))
          .isOne();

      // A revoked award gets no new SD-JWT VC.
      Response again = flow.credential(tokenBeforeRevocation, Oid4vciFlow.v1Request(
          SD_JWT_CONFIGURATION, TestWallet.didJwk().proof(BASE, flow.nonce(), clock.instant())));
      assertThat(again.code()).isEqualTo(400);
      assertThat(json(again).get("error").asText()).isEqualTo("credential_request_denied");
    });
  }

  @Test
  void suspendAndReinstate_followInTheTokenStatusBit() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      String achievement = json(TestIssuer.post(client, "/api/achievements",
          TestIssuer.achievement(true))).get("id").asText();
      String id = json(TestIssuer.post(client, "/api/credentials",
          TestIssuer.issueRequest(achievement))).get("id").asText();
      JsonNode status = payload(collect(flow, id, TestWallet.didJwk()))
          .path("status").path("status_list");
      String path = status.get("uri").asText().substring(BASE.length());
      int idx = status.get("idx").asInt();

      TestIssuer.post(client, "/api/credentials/" + id + "/suspend", "");
      assertThat(bit(verifiedStatusToken(client, client.get(path).body().string(),
          status.get("uri")), idx)).isOne();
      TestIssuer.post(client, "/api/credentials/" + id + "/reinstate", "");
      assertThat(bit(verifiedStatusToken(client, client.get(path).body().string(),
          status.get("uri")), idx)).isZero();
    });
  }

  @Test
  void collectTwice_keepsTheStatusPosition() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      String id = flow.issueCredential();
      JsonNode first = payload(collect(flow, id, TestWallet.didJwk()));
      JsonNode second = payload(collect(flow, id, TestWallet.bareJwk()));
      assertThat(second.get("status")).isEqualTo(first.get("status"));
      assertThat(second.get("jti")).isNotEqualTo(first.get("jti"));
    });
  }

  @Test
  void keyCompromise_reSignsTheTokenStatusListWithTheActiveKey_bitKept() {
    app.close();
    TestIssuer.writeKey(dir.resolve("keys"), JwsAlgorithm.ES256, "es256-2");
    app = IssuerApp.create(IssuerSettings.of(TestIssuer.config(dir, database.jdbcUrl())), clock);
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      String id = flow.issueCredential();
      JsonNode status = payload(collect(flow, id, TestWallet.didJwk()))
          .path("status").path("status_list");
      String path = status.get("uri").asText().substring(BASE.length());
      TestIssuer.post(client, "/api/credentials/" + id + "/revoke", "");
      assertThat(JWSObject.parse(client.get(path).body().string()).getHeader().getKeyID())
          .endsWith("#es256-1");

      TestIssuer.post(client, "/api/keys/es256-2/activate", "{}");
      TestIssuer.post(client, "/api/keys/es256-1/compromise",
          "{\"since\": \"2026-03-01T09:00:00Z\"}");

      String token = client.get(path).body().string();
      assertThat(JWSObject.parse(token).getHeader().getKeyID()).endsWith("#es256-2");
      assertThat(bit(verifiedStatusToken(client, token, status.get("uri")),
          status.get("idx").asInt())).isOne();
    });
  }

  @Test
  void claimPageDownload_servesOneUnboundSdJwtVc_notForARevokedAward() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      String id = flow.issueCredential();
      String download = claimPath(client, id) + "/credential.sd-jwt";
      Response first = client.get(download);
      assertThat(first.code()).isEqualTo(200);
      assertThat(first.header("Content-Type")).startsWith("application/dc+sd-jwt");
      String text = first.body().string();
      SDJWT sdJwt = SDJWT.parse(text);
      assertThat(payload(sdJwt).has("cnf")).isFalse();
      assertThat(verifiesWithPublishedKey(client, JWSObject.parse(sdJwt.getCredentialJwt())))
          .isTrue();
      assertThat(client.get(download).body().string()).isEqualTo(text);

      String revoked = flow.issueCredential();
      String revokedDownload = claimPath(client, revoked) + "/credential.sd-jwt";
      TestIssuer.post(client, "/api/credentials/" + revoked + "/revoke", "");
      assertThat(client.get(revokedDownload).code()).isEqualTo(404);
    });
  }

  private static String claimPath(HttpClient client, String id) {
    Response link = TestIssuer.post(client, "/api/credentials/" + id + "/claim-link",
        "{\"email\": \"ada@example.org\"}");
    assertThat(link.code()).isEqualTo(200);
    return json(link).get("claim").get("url").asText().substring(BASE.length());
  }

  static SDJWT collect(Oid4vciFlow flow, String id, TestWallet wallet) {
    Response response = flow.credential(flow.accessTokenFor(id), Oid4vciFlow.v1Request(
        SD_JWT_CONFIGURATION, wallet.proof(BASE, flow.nonce(), TestIssuer.NOW)));
    assertThat(response.code()).isEqualTo(200);
    String text = json(response).path("credentials").get(0).get("credential").asText();
    assertThat(text).endsWith("~");
    return SDJWT.parse(text);
  }

  static JsonNode payload(SDJWT sdJwt) {
    String[] parts = sdJwt.getCredentialJwt().split("\\.");
    return CredentialJwt.decodeJson(parts[1]).orElseThrow();
  }

  /** Verifies with the key the jwt-vc-issuer metadata publishes under the header's kid. */
  static boolean verifiesWithPublishedKey(HttpClient client, JWSObject jws) {
    JsonNode issuer = json(client.get("/.well-known/jwt-vc-issuer"));
    List<JWK> keys = Jwks.parse(issuer.get("jwks").toString());
    JWK key = keys.stream().filter(k -> k.getKeyID().equals(jws.getHeader().getKeyID()))
        .findFirst().orElseThrow();
    return JwsVerifiers.verify(jws, key, JwsAlgorithm.fromHeader(
        jws.getHeader().getAlgorithm().getName()).orElseThrow());
  }

  static JsonNode verifiedStatusToken(HttpClient client, String compact, JsonNode uri)
      throws ParseException {
    JWSObject jws = JWSObject.parse(compact);
    assertThat(jws.getHeader().getType().getType()).isEqualTo("statuslist+jwt");
    assertThat(verifiesWithPublishedKey(client, jws)).isTrue();
    JsonNode claims = Json.parseUntrusted(jws.getPayload().toString()).orElseThrow();
    assertThat(claims.get("sub")).isEqualTo(uri);
    assertThat(claims.has("iat")).isTrue();
    assertThat(claims.get("ttl").asLong()).isPositive();
    assertThat(claims.path("status_list").get("bits").asInt()).isEqualTo(1);
    return claims;
  }

  /** The status at {@code idx}: bit idx % 8 of byte idx / 8, least significant first. */
  static int bit(JsonNode token, int idx) throws DataFormatException {
    byte[] compressed = Base64.getUrlDecoder().decode(
        token.path("status_list").get("lst").asText());
    Inflater inflater = new Inflater();
    inflater.setInput(compressed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    while (!inflater.finished()) {
      int n = inflater.inflate(buffer);
      if (n == 0 && inflater.needsInput()) {
        break;
      }
      out.write(buffer, 0, n);
    }
    inflater.end();
    byte[] raw = out.toByteArray();
    return (raw[idx >>> 3] >> (idx & 7)) & 1;
  }
}
