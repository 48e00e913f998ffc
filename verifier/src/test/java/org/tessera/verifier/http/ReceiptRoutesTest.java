package org.tessera.verifier.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.verifier.http.PageTestSupport.body;
import static org.tessera.verifier.http.PageTestSupport.postForm;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.tessera.kit.testkit.HttpClient;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.jose.EcdsaSignatures;
import org.tessera.shared.json.Json;
import org.tessera.shared.jsonld.JsonLdTermCheck;
import org.tessera.shared.status.BitstringStatusList;
import org.tessera.shared.status.StatusPurpose;
import org.tessera.verifier.receipt.Receipts;
import org.tessera.verifier.testkit.Fixture;

class ReceiptRoutesTest extends PageAppTestBase {

  @Test
  void receipt_valid_signedByPublishedKeyWithHashVerdictChecksAndSequence() throws Exception {
    String jwt = fixture.sign(fixture.credential());
    JavalinTest.test(app(), (server, client) -> {
      Response response = postForm(client, "/receipts", Map.of("credential", jwt));
      assertThat(response.code()).isEqualTo(200);
      assertThat(response.header("Content-Disposition")).contains("attachment");
      String receipt = body(response);
      JWKSet jwks = JWKSet.parse(body(client.get("/.well-known/jwks.json")));
      JWSObject jws = JWSObject.parse(receipt);
      ECKey key = (ECKey) jwks.getKeyByKeyId(jws.getHeader().getKeyID());
      assertThat(key.isPrivate()).isFalse();
      assertThat(jws.verify(new ECDSAVerifier(key))).isTrue();
      assertThat(jws.getHeader().getType().getType()).isEqualTo("verification-receipt+jwt");
      JsonNode claims = Json.parseUntrusted(jws.getPayload().toString()).orElseThrow();
      assertThat(claims.get("iss").asText()).isEqualTo("https://verify.example");
      assertThat(claims.get("iat").asLong()).isEqualTo(Fixture.NOW.getEpochSecond());
      assertThat(claims.get("verdict").asText()).isEqualTo("valid");
      assertThat(claims.get("verified").asBoolean()).isTrue();
      assertThat(claims.get("credential").get("issuer").asText()).isEqualTo(fixture.did);
      assertThat(claims.get("credential").get("jti").asText()).startsWith("urn:uuid:");
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(jwt.getBytes(StandardCharsets.US_ASCII));
      assertThat(claims.get("credential").get("sha256").asText())
          .isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
      assertThat(claims.get("checks").size()).isEqualTo(11);
      assertThat(claims.get("trust_list_sequence").asLong()).isEqualTo(1);
      // The receipt names the credential, never its contents or the learner.
      assertThat(jws.getPayload().toString()).doesNotContain("Ana Example")
          .doesNotContain(jwt.substring(0, 40));
    });
  }

  @Test
  void receipt_highSTwinOfACredential_sameFingerprint() {
    String jwt = fixture.sign(fixture.credential());
    String[] parts = jwt.split("\\.");
    String twin = parts[0] + "." + parts[1] + "."
        + Base64URL.encode(EcdsaSignatures.twin(Base64URL.from(parts[2]).decode()));
    JavalinTest.test(app(), (server, client) -> {
      JsonNode original = receiptClaims(postForm(client, "/receipts", Map.of("credential", jwt)));
      JsonNode other = receiptClaims(postForm(client, "/receipts", Map.of("credential", twin)));

      assertThat(other.get("verdict").asText()).isEqualTo("valid");
      assertThat(other.at("/credential/sha256")).isEqualTo(original.at("/credential/sha256"));
    });
  }

  private static JsonNode receiptClaims(Response response) throws Exception {
    assertThat(response.code()).isEqualTo(200);
    return Json.parseUntrusted(JWSObject.parse(body(response)).getPayload().toString())
        .orElseThrow();
  }

  @Test
  void receipt_revoked_verdictAndCode() throws Exception {
    revokeTheTemplateCredential();
    String jwt = fixture.sign(fixture.credential());
    JavalinTest.test(app(), (server, client) -> {
      JsonNode claims = receiptClaims(client, jwt);
      assertThat(claims.get("verdict").asText()).isEqualTo("revoked");
      assertThat(claims.get("reason").asText()).isEqualTo("REVOKED");
      assertThat(claims.get("verified").asBoolean()).isFalse();
    });
  }

  @Test
  void receipt_payload_jsonLdEveryMemberDefined() throws Exception {
    String jwt = fixture.sign(fixture.credential());
    JavalinTest.test(app(), (server, client) -> {
      JsonNode claims = receiptClaims(client, jwt);
      assertThat(claims.get("@context").get("verdict").asText())
          .isEqualTo(Receipts.VOCABULARY + "verdict");
      assertThat(new JsonLdTermCheck().check(claims).ok()).isTrue();
    });
  }

  @Test
  void receipt_learnerRecordWithRevokedCredential_invalidWithTheRecordsChecks() throws Exception {
    revokeTheTemplateCredential();
    String record = fixture.learnerRecord(java.util.List.of(fixture.sign(fixture.credential())));
    JavalinTest.test(app(), (server, client) -> {
      JsonNode claims = receiptClaims(client, record);
      assertThat(claims.get("verdict").asText()).isEqualTo("invalid");
      assertThat(claims.get("reason").asText()).isEqualTo("EMBEDDED_CREDENTIAL_NOT_VERIFIED");
      assertThat(claims.get("verified").asBoolean()).isFalse();
      assertThat(claims.get("checks").get(11).get("id").asText()).isEqualTo("clr.credentials");
    });
  }

  private void revokeTheTemplateCredential() {
    fixture.publishStatusList(StatusPurpose.REVOCATION,
        BitstringStatusList.create(131_072).with(Fixture.STATUS_INDEX, true), Map.of());
  }

  /** The claims of the receipt the verifier issues for {@code credential}. */
  private static JsonNode receiptClaims(HttpClient client, String credential) throws Exception {
    JWSObject jws = JWSObject.parse(body(postForm(client, "/receipts",
        Map.of("credential", credential))));
    return Json.parseUntrusted(jws.getPayload().toString()).orElseThrow();
  }

  @Test
  void receipt_noCredential_400() {
    JavalinTest.test(app(), (server, client) ->
        assertThat(postForm(client, "/receipts", Map.of("credential", "nope")).code())
            .isEqualTo(400));
  }

  @Test
  void resultPage_ephemeralKey_saysSo() {
    String jwt = fixture.sign(fixture.credential());
    JavalinTest.test(app(), (server, client) ->
        assertThat(body(postForm(client, "/verify", Map.of("credential", jwt))))
            .contains("Development mode: receipts are signed with a temporary key"));
  }
}
