package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.issuer.TestIssuer.BASE;
import static org.tessera.issuer.TestIssuer.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.JWK;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.jose.Jwks;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsVerifiers;
import org.tessera.shared.jose.ParsedCredentialJwt;

/** The whole pre-authorized code flow with did:jwk, did:key and bare jwk wallets, both dialects. */
class Oid4vciFlowHttpTest extends Oid4vciTestBase {

  @Test
  void metadata_wellKnown_describesTheMicroCredentialConfiguration() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      JsonNode m = json(client.get("/.well-known/openid-credential-issuer"));
      assertThat(m.get("credential_issuer").asText()).isEqualTo(BASE);
      assertThat(m.get("credential_endpoint").asText()).isEqualTo(BASE + "/credential");
      assertThat(m.get("nonce_endpoint").asText()).isEqualTo(BASE + "/nonce");
      JsonNode config = m.path("credential_configurations_supported")
          .path(Oid4vciFlow.CONFIGURATION);
      assertThat(config.get("format").asText()).isEqualTo("jwt_vc_json");
      assertThat(config.path("credential_definition").path("type").toString())
          .isEqualTo("[\"VerifiableCredential\",\"OpenBadgeCredential\"]");
      assertThat(config.path("cryptographic_binding_methods_supported").toString())
          .isEqualTo("[\"did:key\",\"did:jwk\",\"jwk\"]");
      assertThat(config.path("credential_signing_alg_values_supported").get(0).asText())
          .isEqualTo("ES256");
      assertThat(config.path("proof_types_supported").path("jwt")
          .path("proof_signing_alg_values_supported").toString())
          .isEqualTo("[\"ES256\",\"EdDSA\"]");
      assertThat(config.path("display").get(0).get("locale").asText()).isEqualTo("en");
      assertThat(config.path("credential_metadata").path("display").get(0).get("name").asText())
          .isNotBlank();

      JsonNode as = json(client.get("/.well-known/oauth-authorization-server"));
      assertThat(as.get("issuer").asText()).isEqualTo(BASE);
      assertThat(as.get("token_endpoint").asText()).isEqualTo(BASE + "/token");
      assertThat(as.get("pre-authorized_grant_anonymous_access_supported").asBoolean()).isTrue();
      assertThat(as.get("grant_types_supported").toString())
          .contains("urn:ietf:params:oauth:grant-type:pre-authorized_code");
    });
  }

  @Test
  void credential_didJwkWalletV1_bindsStoredCredentialKeepingIdAndStatus() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      String id = flow.issueCredential();
      JsonNode before = flow.stored(id);
      TestWallet wallet = TestWallet.didJwk();
      String token = flow.accessTokenFor(id);
      Response response = flow.credential(token, Oid4vciFlow.v1Request(Oid4vciFlow.CONFIGURATION,
          wallet.proof(BASE, flow.nonce(), clock.instant())));

      assertThat(response.code()).isEqualTo(200);
      assertThat(response.header("Cache-Control")).contains("no-store");
      JsonNode body = json(response);
      String jwt = body.path("credentials").get(0).get("credential").asText();
      ObjectNode credential = verifiedCredential(client, jwt);
      assertThat(credential.path("credentialSubject").get("id").asText()).isEqualTo(wallet.did);
      assertThat(credential.get("id").asText()).isEqualTo("urn:uuid:" + id);
      assertThat(credential.get("credentialStatus"))
          .isEqualTo(before.path("credential").get("credentialStatus"));
      assertThat(CredentialJwt.parse(jwt).orElseThrow().claims().get("sub").asText())
          .isEqualTo(wallet.did);

      JsonNode after = flow.stored(id);
      assertThat(after.get("jwt").asText()).isEqualTo(jwt);
      assertThat(after.get("subjectId").asText()).isEqualTo(wallet.did);
      assertThat(after.get("status")).isEqualTo(before.get("status"));
      JsonNode audit = json(TestIssuer.get(client, "/api/audit?limit=100"));
      assertThat(audit.get("items").findValuesAsText("action")).contains("OFFER", "BIND");
    });
  }

  @Test
  void credential_didKeyWalletDraft13_answersDraft13ShapeWithFreshNonce() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      String id = flow.issueCredential();
      TestWallet wallet = TestWallet.didKey();
      Response tokenResponse = flow.token(flow.code(flow.offer(id, false)), Optional.empty());
      JsonNode token = json(tokenResponse);
      assertThat(token.get("token_type").asText()).isEqualTo("Bearer");
      assertThat(token.get("expires_in").asLong()).isPositive();
      assertThat(tokenResponse.header("Cache-Control")).contains("no-store");
      // Draft 13: the first c_nonce comes with the token.
      String nonce = token.get("c_nonce").asText();
      assertThat(token.get("c_nonce_expires_in").asLong()).isPositive();

      Response response = flow.credential(token.get("access_token").asText(),
          Oid4vciFlow.draft13Request("jwt_vc_json", wallet.proof(BASE, nonce, clock.instant())));

      assertThat(response.code()).isEqualTo(200);
      JsonNode body = json(response);
      assertThat(body.has("credentials")).isFalse();
      assertThat(body.get("c_nonce").asText()).isNotBlank().isNotEqualTo(nonce);
      ObjectNode credential = verifiedCredential(client, body.get("credential").asText());
      assertThat(credential.path("credentialSubject").get("id").asText())
          .isEqualTo(wallet.did).startsWith("did:key:z6Mk");
    });
  }

  @Test
  void credential_bareJwkProof_bindsToDidJwkOfThatKey() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      String id = flow.issueCredential();
      TestWallet wallet = TestWallet.bareJwk();
      Response response = flow.credential(flow.accessTokenFor(id), Oid4vciFlow.v1Request(
          Oid4vciFlow.CONFIGURATION, wallet.proof(BASE, flow.nonce(), clock.instant())));

      assertThat(response.code()).isEqualTo(200);
      assertThat(flow.stored(id).get("subjectId").asText())
          .isEqualTo(wallet.did).startsWith("did:jwk:");
    });
  }

  @Test
  void offer_withTxCode_requiresTheCodeShownOnce() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      JsonNode created = flow.offer(flow.issueCredential(), true);
      String txCode = created.get("tx_code").asText();
      assertThat(txCode).matches("[0-9]{6}");
      assertThat(created.get("credential_offer").asText())
          .startsWith("openid-credential-offer://?credential_offer_uri=https%3A%2F%2F");
      assertThat(created.get("expires_at").asText()).isEqualTo("2026-03-01T10:10:00Z");
      JsonNode offer = json(flow.fetchOffer(created));
      assertThat(offer.get("credential_issuer").asText()).isEqualTo(BASE);
      assertThat(offer.get("credential_configuration_ids").toString())
          .isEqualTo("[\"" + Oid4vciFlow.CONFIGURATION + "\",\""
              + SdJwtVcHttpTest.SD_JWT_CONFIGURATION + "\"]");
      JsonNode tx = offer.path("grants").path(
          "urn:ietf:params:oauth:grant-type:pre-authorized_code").path("tx_code");
      assertThat(tx.get("input_mode").asText()).isEqualTo("numeric");
      assertThat(tx.get("length").asInt()).isEqualTo(6);
      assertThat(tx.get("description").asText()).isNotBlank();
      assertThat(offer.toString()).doesNotContain(txCode);

      String code = flow.code(created);
      assertThat(flow.token(code, Optional.of(txCode)).code()).isEqualTo(200);
    });
  }

  @Test
  void offer_afterRedemption_isNoLongerServed() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      JsonNode created = flow.offer(flow.issueCredential(), false);
      flow.accessToken(flow.code(created), Optional.empty());
      assertThat(flow.fetchOffer(created).code()).isEqualTo(404);
    });
  }

  /** The JWT's signature checks with the issuer's published key; returns its credential. */
  private static ObjectNode verifiedCredential(org.tessera.kit.testkit.HttpClient client,
      String jwt) throws ParseException {
    List<JWK> keys = Jwks.parse(TestIssuer.text(client.get("/.well-known/jwks.json")));
    assertThat(keys).hasSize(1);
    assertThat(JwsVerifiers.verify(JWSObject.parse(jwt), keys.get(0), JwsAlgorithm.ES256))
        .isTrue();
    ParsedCredentialJwt parsed = CredentialJwt.parse(jwt).orElseThrow();
    return parsed.credential();
  }
}
