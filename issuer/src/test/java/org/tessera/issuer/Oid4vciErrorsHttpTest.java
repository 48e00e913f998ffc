package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.issuer.TestIssuer.BASE;
import static org.tessera.issuer.TestIssuer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;
import okhttp3.FormBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.tessera.kit.testkit.HttpClient;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;

/**
 * Every refusal of the flow gets the spec's error code, and none of them re-binds the stored
 * credential (its JWT and subject stay as the registrar issued them).
 */
class Oid4vciErrorsHttpTest extends Oid4vciTestBase {

  private static final String PRE_AUTH = "urn:ietf:params:oauth:grant-type:pre-authorized_code";

  @Test
  void credential_replayedNonce_invalidNonceAndNotRebound() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      String id = flow.issueCredential();
      TestWallet first = TestWallet.didJwk();
      String nonce = flow.nonce();
      assertThat(flow.credential(flow.accessTokenFor(id), Oid4vciFlow.v1Request(
          Oid4vciFlow.CONFIGURATION, first.proof(BASE, nonce, clock.instant()))).code())
          .isEqualTo(200);
      JsonNode bound = flow.stored(id);

      TestWallet second = TestWallet.didJwk();
      Response replay = flow.credential(flow.accessTokenFor(id), Oid4vciFlow.v1Request(
          Oid4vciFlow.CONFIGURATION, second.proof(BASE, nonce, clock.instant())));

      assertError(replay, 400, "invalid_nonce");
      assertThat(flow.stored(id)).isEqualTo(bound);
    });
  }

  @Test
  void credential_replayedNonceDraft13_invalidProofWithFreshNonce() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      String id = flow.issueCredential();
      String nonce = flow.nonce();
      TestWallet wallet = TestWallet.didKey();
      assertThat(flow.credential(flow.accessTokenFor(id), Oid4vciFlow.draft13Request(
          "jwt_vc_json", wallet.proof(BASE, nonce, clock.instant()))).code()).isEqualTo(200);
      JsonNode bound = flow.stored(id);

      Response replay = flow.credential(flow.accessTokenFor(id), Oid4vciFlow.draft13Request(
          "jwt_vc_json", TestWallet.didKey().proof(BASE, nonce, clock.instant())));

      JsonNode error = assertError(replay, 400, "invalid_proof");
      assertThat(error.get("c_nonce").asText()).isNotBlank().isNotEqualTo(nonce);
      assertThat(error.get("c_nonce_expires_in").asLong()).isPositive();
      assertThat(flow.stored(id)).isEqualTo(bound);
    });
  }

  @Test
  void token_reusedCode_invalidGrant() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      String code = flow.code(flow.offer(flow.issueCredential(), false));
      flow.accessToken(code, Optional.empty());
      assertError(flow.token(code, Optional.empty()), 400, "invalid_grant");
    });
  }

  @Test
  void token_expiredCode_invalidGrant() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      String id = flow.issueCredential();
      JsonNode before = flow.stored(id);
      String code = flow.code(flow.offer(id, false));
      clock.advance(Duration.ofMinutes(10).plusSeconds(1));
      assertError(flow.token(code, Optional.empty()), 400, "invalid_grant");
      assertThat(flow.stored(id)).isEqualTo(before);
    });
  }

  @Test
  void token_unknownCode_invalidGrant() {
    JavalinTest.test(app.server().javalin(), (server, client) ->
        assertError(new Oid4vciFlow(client).token("no-such-code", Optional.empty()), 400,
            "invalid_grant"));
  }

  @Test
  void token_wrongTxCode_invalidGrantAndLockedAfterFiveTries() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      JsonNode created = flow.offer(flow.issueCredential(), true);
      String txCode = created.get("tx_code").asText();
      String wrong = txCode.equals("000000") ? "111111" : "000000";
      String code = flow.code(created);
      for (int i = 0; i < 5; i++) {
        assertError(flow.token(code, Optional.of(wrong)), 400, "invalid_grant");
      }
      // Locked: even the right code no longer works.
      assertError(flow.token(code, Optional.of(txCode)), 400, "invalid_grant");
    });
  }

  @Test
  void token_missingOrUnexpectedTxCode_invalidRequest() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      String withTx = flow.code(flow.offer(flow.issueCredential(), true));
      assertError(flow.token(withTx, Optional.empty()), 400, "invalid_request");
      String withoutTx = flow.code(flow.offer(flow.issueCredential(), false));
      assertError(flow.token(withoutTx, Optional.of("123456")), 400, "invalid_request");
    });
  }

  @Test
  void token_otherGrantType_unsupportedGrantType() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      assertError(form(client, new FormBody.Builder().add("grant_type", "authorization_code")
          .add("code", "x").build()), 400, "unsupported_grant_type");
      assertError(form(client, new FormBody.Builder().add("pre-authorized_code", "x").build()),
          400, "invalid_request");
      assertError(form(client, new FormBody.Builder().add("grant_type", PRE_AUTH).build()),
          400, "invalid_request");
    });
  }

  @Test
  void offer_newOfferForSameCredential_oldOfferAndCodeStopWorking() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      String id = flow.issueCredential();
      JsonNode old = flow.offer(id, false);
      String oldCode = flow.code(old);
      JsonNode fresh = flow.offer(id, false);
      assertThat(flow.fetchOffer(old).code()).isEqualTo(404);
      assertError(flow.token(oldCode, Optional.empty()), 400, "invalid_grant");
      assertThat(flow.token(flow.code(fresh), Optional.empty()).code()).isEqualTo(200);
    });
  }

  @Test
  void offer_newOffer_revokesAccessTokenOfOldOffer() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      String id = flow.issueCredential();
      String oldToken = flow.accessTokenFor(id);
      flow.offer(id, false);
      Response response = flow.credential(oldToken, Oid4vciFlow.v1Request(
          Oid4vciFlow.CONFIGURATION, TestWallet.didJwk().proof(BASE, flow.nonce(),
              clock.instant())));
      assertError(response, 401, "invalid_token");
    });
  }

  @Test
  void credential_proofSignedByAnotherKey_invalidProofAndNotRebound() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      String id = flow.issueCredential();
      JsonNode before = flow.stored(id);
      TestWallet wallet = TestWallet.didJwk();
      String proof = wallet.proofSignedBy(JwkGenerator.generate(JwsAlgorithm.ES256, "other"),
          BASE, flow.nonce(), clock.instant());
      String token = flow.accessTokenFor(id);
      assertError(flow.credential(token, Oid4vciFlow.v1Request(Oid4vciFlow.CONFIGURATION, proof)),
          400, "invalid_proof");
      assertThat(flow.stored(id)).isEqualTo(before);
    });
  }

  @Test
  void credential_wrongAudience_invalidProofAndNotRebound() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      String id = flow.issueCredential();
      JsonNode before = flow.stored(id);
      String proof = TestWallet.didKey().proof("https://evil.example", flow.nonce(),
          clock.instant());
      assertError(flow.credential(flow.accessTokenFor(id),
          Oid4vciFlow.v1Request(Oid4vciFlow.CONFIGURATION, proof)), 400, "invalid_proof");
      assertThat(flow.stored(id)).isEqualTo(before);
    });
  }

  @Test
  void credential_staleIat_invalidProof() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      String id = flow.issueCredential();
      String proof = TestWallet.didJwk().proof(BASE, flow.nonce(),
          clock.instant().minus(Duration.ofMinutes(6)));
      assertError(flow.credential(flow.accessTokenFor(id),
          Oid4vciFlow.v1Request(Oid4vciFlow.CONFIGURATION, proof)), 400, "invalid_proof");
    });
  }

  @Test
  void credential_failedAttempt_leavesTokenAndNonceUsable() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      String id = flow.issueCredential();
      String token = flow.accessTokenFor(id);
      String nonce = flow.nonce();
      TestWallet wallet = TestWallet.didJwk();
      assertError(flow.credential(token, Oid4vciFlow.v1Request("Nope",
          wallet.proof(BASE, nonce, clock.instant()))), 400, "unknown_credential_configuration");
      assertThat(flow.credential(token, Oid4vciFlow.v1Request(Oid4vciFlow.CONFIGURATION,
          wallet.proof(BASE, nonce, clock.instant()))).code()).isEqualTo(200);
    });
  }

  @Test
  void credential_unknownConfiguration_unknownCredentialConfigurationAndNotRebound() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      String id = flow.issueCredential();
      JsonNode before = flow.stored(id);
      String proof = TestWallet.didJwk().proof(BASE, flow.nonce(), clock.instant());
      assertError(flow.credential(flow.accessTokenFor(id),
          Oid4vciFlow.v1Request("UniversityDegree", proof)), 400,
          "unknown_credential_configuration");
      assertThat(flow.stored(id)).isEqualTo(before);
    });
  }

  @Test
  void credential_draft13OtherFormat_unsupportedCredentialFormat() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      String id = flow.issueCredential();
      String proof = TestWallet.didJwk().proof(BASE, flow.nonce(), clock.instant());
      assertError(flow.credential(flow.accessTokenFor(id),
          Oid4vciFlow.draft13Request("ldp_vc", proof)), 400, "unsupported_credential_format");
    });
  }

  @Test
  void credential_credentialIdentifier_unknownCredentialIdentifier() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      String id = flow.issueCredential();
      var body = Oid4vciFlow.v1Request(Oid4vciFlow.CONFIGURATION,
          TestWallet.didJwk().proof(BASE, flow.nonce(), clock.instant()));
      body.remove("credential_configuration_id");
      body.put("credential_identifier", "abc");
      assertError(flow.credential(flow.accessTokenFor(id), body), 400,
          "unknown_credential_identifier");
    });
  }

  @Test
  void credential_missingProofsOrBadBody_invalidProofOrInvalidCredentialRequest() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      String token = flow.accessTokenFor(flow.issueCredential());
      var noProofs = Oid4vciFlow.v1Request(Oid4vciFlow.CONFIGURATION, "x");
      noProofs.remove("proofs");
      assertError(flow.credential(token, noProofs), 400, "invalid_proof");
      var noConfiguration = Oid4vciFlow.v1Request(Oid4vciFlow.CONFIGURATION, "x");
      noConfiguration.remove("credential_configuration_id");
      assertError(flow.credential(token, noConfiguration), 400, "invalid_credential_request");
    });
  }

  @Test
  void credential_withoutOrWithBadToken_invalidToken401() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      Response response = flow.credential("not-a-token", Oid4vciFlow.v1Request(
          Oid4vciFlow.CONFIGURATION, "x"));
      assertError(response, 401, "invalid_token");
      assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
    });
  }

  @Test
  void credential_usedAccessToken_invalidToken() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      String token = flow.accessTokenFor(flow.issueCredential());
      TestWallet wallet = TestWallet.didJwk();
      assertThat(flow.credential(token, Oid4vciFlow.v1Request(Oid4vciFlow.CONFIGURATION,
          wallet.proof(BASE, flow.nonce(), clock.instant()))).code()).isEqualTo(200);
      assertError(flow.credential(token, Oid4vciFlow.v1Request(Oid4vciFlow.CONFIGURATION,
          wallet.proof(BASE, flow.nonce(), clock.instant()))), 401, "invalid_token");
    });
  }

  @Test
  void credential_revokedCredential_credentialRequestDenied() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Oid4vciFlow flow = new Oid4vciFlow(client);
      String id = flow.issueCredential();
      String token = flow.accessTokenFor(id);
      assertThat(TestIssuer.post(client, "/api/credentials/" + id + "/revoke", "{}").code())
          .isEqualTo(200);
      JsonNode before = flow.stored(id);
      assertError(flow.credential(token, Oid4vciFlow.v1Request(Oid4vciFlow.CONFIGURATION,
          TestWallet.didJwk().proof(BASE, flow.nonce(), clock.instant()))), 400,
          "credential_request_denied");
      assertThat(flow.stored(id)).isEqualTo(before);
    });
  }

  @Test
  void offerApi_unknownCredentialOrNoToken_problem() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Response unknown = TestIssuer.post(client, "/api/credentials/nope/offer", "");
      assertThat(unknown.code()).isEqualTo(404);
      assertThat(json(unknown).get("code").asText()).isEqualTo("CREDENTIAL_NOT_FOUND");
      Response noAuth = TestIssuer.postWithoutAuth(client, "/api/credentials/nope/offer", "");
      assertThat(noAuth.code()).isEqualTo(401);
      Response bad = TestIssuer.post(client, "/api/credentials/nope/offer", "{\"txCode\": 1}");
      assertThat(json(bad).get("code").asText()).isEqualTo("VALIDATION_FAILED");
    });
  }

  private static Response form(HttpClient client, FormBody body) {
    return client.request("/token", b -> b.post(body));
  }

  private static JsonNode assertError(Response response, int status, String error) {
    JsonNode body = json(response);
    assertThat(response.code()).as(body.toString()).isEqualTo(status);
    assertThat(body.get("error").asText()).isEqualTo(error);
    assertThat(body.get("error_description").asText()).matches("[\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]+");
    assertThat(response.header("Cache-Control")).contains("no-store");
    return body;
  }
}
