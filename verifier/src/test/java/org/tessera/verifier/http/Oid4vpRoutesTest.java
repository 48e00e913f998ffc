package org.tessera.verifier.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.FormBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.kit.testkit.HttpClient;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.did.DidDocument;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsVerifiers;
import org.tessera.shared.json.Json;
import org.tessera.shared.testkit.MutableClock;
import org.tessera.verifier.VerifierConfig;
import org.tessera.verifier.oid4vp.Oid4vpPolicy;
import org.tessera.verifier.oid4vp.Oid4vpTransactions;
import org.tessera.verifier.page.PageConfig;
import org.tessera.verifier.receipt.ReceiptKey;
import org.tessera.verifier.receipt.Receipts;
import org.tessera.verifier.testkit.Fixture;
import org.tessera.verifier.testkit.Presentations;
import org.tessera.verifier.testkit.Presentations.Holder;
import org.tessera.verifier.testkit.TwoInstitutions;

/**
 * The OpenID4VP flow over real HTTP against the real app: create → fetch the signed request
 * object → answer with direct_post → read the result with the read token; and each way an
 * answer is refused, with its own code and never a 500.
 */
class Oid4vpRoutesTest {

  private final TwoInstitutions world = new TwoInstitutions();
  private final MutableClock clock = new MutableClock(Fixture.NOW);

  @AfterEach
  void close() {
    world.close();
  }

  private void test(JavalinTest.TestCase testCase) {
    JavalinTest.test(VerifierApp.create(world.verifier(),
        VerifierConfig.DEFAULT_MAX_REQUEST_BYTES, clock), testCase);
  }

  /** A created transaction and what the wallet learnt from its request object. */
  private record Flow(JsonNode created, JsonNode request) {
    String id() {
      return created.get("id").asText();
    }

    String readToken() {
      return created.get("readToken").asText();
    }

    String clientId() {
      return created.get("clientId").asText();
    }

    String nonce() {
      return request.get("nonce").asText();
    }

    String state() {
      return request.get("state").asText();
    }
  }

  private static JsonNode json(Response response) throws IOException {
    return Json.parseUntrusted(response.body().string()).orElseThrow();
  }

  private static JsonNode create(HttpClient client, String query) throws IOException {
    Response response = client.post("/oid4vp/transactions", "{\"query\":\"" + query + "\"}");
    assertThat(response.code()).isEqualTo(201);
    return json(response);
  }

  private static Flow start(HttpClient client) throws Exception {
    JsonNode created = create(client, "micro-credentials");
    Response fetched = client.get("/oid4vp/requests/" + created.get("id").asText());
    assertThat(fetched.code()).isEqualTo(200);
    assertThat(fetched.header("Content-Type")).startsWith(Oid4vpHandlers.REQUEST_OBJECT_TYPE);
    JWSObject jws = JWSObject.parse(fetched.body().string());
    return new Flow(created, Json.parseUntrusted(jws.getPayload().toString()).orElseThrow());
  }

  private static ObjectNode vpToken(String id, String... presentations) {
    ObjectNode token = Json.object();
    ArrayNode list = token.putArray(id);
    for (String vp : presentations) {
      list.add(vp);
    }
    return token;
  }

  private static Response answer(HttpClient client, String state, String vpToken) {
    return client.request(Oid4vpTransactions.RESPONSE_PATH, b -> b.post(new FormBody.Builder()
        .add("state", state).add("vp_token", vpToken).build()));
  }

  private static JsonNode result(HttpClient client, Flow flow) throws IOException {
    Response response = client.get("/oid4vp/transactions/" + flow.id(),
        b -> b.header("Authorization", "Bearer " + flow.readToken()));
    assertThat(response.code()).isEqualTo(200);
    return json(response);
  }

  private String vp(Holder holder, List<String> credentials, Flow flow) {
    return Presentations.vpJwt(holder, credentials, flow.nonce(), flow.clientId(), Fixture.NOW);
  }

  /** Answers the flow with {@code vpToken} and returns the wallet's error body. */
  private static JsonNode refused(HttpClient client, Flow flow, String vpToken)
      throws IOException {
    Response response = answer(client, flow.state(), vpToken);
    assertThat(response.code()).isEqualTo(400);
    return json(response);
  }

  private static List<String> resultCodes(JsonNode result) {
    return result.get("result").get("errors").findValuesAsText("code");
  }

  @Test
  void flow_twoInstitutionsOneVp_verifiedHolderBound() {
    test((server, client) -> {
      Flow flow = start(client);
      assertThat(flow.request().get("client_id").asText()).isEqualTo(flow.clientId())
          .startsWith("decentralized_identifier:did:web:localhost");
      assertThat(flow.request().get("response_mode").asText()).isEqualTo("direct_post");
      assertThat(flow.request().get("dcql_query").get("credentials").get(0).get("multiple")
          .asBoolean()).isTrue();
      assertThat(json(client.get("/oid4vp/transactions/" + flow.id(),
          b -> b.header("Authorization", "Bearer " + flow.readToken()))).get("status").asText())
          .isEqualTo("in-progress");
      Response response = answer(client, flow.state(), Json.write(vpToken("micro_credentials",
          vp(world.learner, world.learnerCredentials(), flow))));
      assertThat(response.code()).isEqualTo(200);
      JsonNode result = result(client, flow);
      assertThat(result.get("status").asText()).isEqualTo("answered");
      assertThat(result.get("result").get("verified").asBoolean()).isTrue();
      assertThat(result.get("result").get("holderBound").asBoolean()).isTrue();
      assertThat(result.get("result").get("holders").get(0).asText())
          .isEqualTo(world.learner.did());
    });
  }

  @Test
  void flow_oneVpPerCredential_bothAcceptedForOneNonce() {
    test((server, client) -> {
      Flow flow = start(client);
      List<String> credentials = world.learnerCredentials();
      Response response = answer(client, flow.state(), Json.write(vpToken("micro_credentials",
          vp(world.learner, List.of(credentials.get(0)), flow),
          vp(world.learner, List.of(credentials.get(1)), flow))));
      assertThat(response.code()).isEqualTo(200);
      assertThat(result(client, flow).get("result").get("presentations")).hasSize(2);
    });
  }

  @Test
  void requestObject_signedByTheVerifiersDidWebKey() {
    test((server, client) -> {
      JsonNode created = create(client, "micro-credentials");
      JWSObject jws = JWSObject.parse(client.get("/oid4vp/requests/"
          + created.get("id").asText()).body().string());
      assertThat(jws.getHeader().getType().getType()).isEqualTo("oauth-authz-req+jwt");
      String did = created.get("clientId").asText().substring("decentralized_identifier:".length());
      assertThat(jws.getHeader().getKeyID()).startsWith(did + "#");
      DidDocument document = DidDocument.fromJson(json(client.get("/.well-known/did.json")))
          .orElseThrow();
      JWK key = document.key(jws.getHeader().getKeyID()).orElseThrow();
      assertThat(JwsVerifiers.verify(jws, key, JwsAlgorithm.forKey(key))).isTrue();
      assertThat(created.get("authorizationRequest").asText()).startsWith("openid4vp://?client_id=")
          .contains("request_uri=");
    });
  }

  @Test
  void wrongNonce_accessDeniedNonceMismatch() {
    test((server, client) -> {
      Flow flow = start(client);
      String vp = Presentations.vpJwt(world.learner, world.learnerCredentials(), "other-nonce",
          flow.clientId(), Fixture.NOW);
      JsonNode error = refused(client, flow, Json.write(vpToken("micro_credentials", vp)));
      assertThat(error.get("error").asText()).isEqualTo("access_denied");
      assertThat(error.get("code").asText()).isEqualTo("NONCE_MISMATCH");
      assertThat(resultCodes(result(client, flow))).contains("NONCE_MISMATCH");
    });
  }

  @Test
  void wrongAudience_audienceMismatch() {
    test((server, client) -> {
      Flow flow = start(client);
      String vp = Presentations.vpJwt(world.learner, world.learnerCredentials(), flow.nonce(),
          "decentralized_identifier:did:web:other.example", Fixture.NOW);
      assertThat(refused(client, flow, Json.write(vpToken("micro_credentials", vp)))
          .get("code").asText()).isEqualTo("AUDIENCE_MISMATCH");
    });
  }

  @Test
  void replayedPresentation_refusedAtTheVcApiAfterTheFlowAcceptedIt() {
    test((server, client) -> {
      Flow flow = start(client);
      String vp = vp(world.learner, world.learnerCredentials(), flow);
      assertThat(answer(client, flow.state(), Json.write(vpToken("micro_credentials", vp)))
          .code()).isEqualTo(200);
      ObjectNode body = Json.object().put("verifiablePresentation", vp);
      body.putObject("options").put("challenge", flow.nonce()).put("domain", flow.clientId());
      assertThat(json(client.post("/presentations/verify", Json.write(body))).get("errors")
          .findValuesAsText("code")).containsExactly("PRESENTATION_REPLAYED");
    });
  }

  @Test
  void samePresentationTwiceInOneAnswer_replayed() {
    test((server, client) -> {
      Flow flow = start(client);
      String vp = vp(world.learner, world.learnerCredentials(), flow);
      assertThat(refused(client, flow, Json.write(vpToken("micro_credentials", vp, vp)))
          .get("code").asText()).isEqualTo("PRESENTATION_REPLAYED");
    });
  }

  @Test
  void signedByAnotherKey_signatureInvalid() {
    test((server, client) -> {
      Flow flow = start(client);
      JWK other = JwkGenerator.generate(JwsAlgorithm.EdDSA, "other");
      // The learner's DID and kid, another key's signature.
      Holder impostor = new Holder(other, world.learner.did(), world.learner.kid());
      assertThat(refused(client, flow, Json.write(vpToken("micro_credentials",
          vp(impostor, world.learnerCredentials(), flow)))).get("code").asText())
          .isEqualTo("PRESENTATION_SIGNATURE_INVALID");
    });
  }

  @Test
  void anotherLearnersCredential_holderMismatch() {
    test((server, client) -> {
      Flow flow = start(client);
      Holder other = Holder.didKey(JwkGenerator.generate(JwsAlgorithm.EdDSA, "other"));
      List<String> credentials = List.of(world.credential(world.university, world.learner.did()),
          world.credential(world.academy, other.did()));
      assertThat(refused(client, flow, Json.write(vpToken("micro_credentials",
          vp(world.learner, credentials, flow)))).get("code").asText())
          .isEqualTo("HOLDER_MISMATCH");
    });
  }

  @Test
  void oneRevokedAmongThree_credentialNotVerifiedReportSaysWhich() {
    test((server, client) -> {
      world.revoke(world.university, 7);
      Flow flow = start(client);
      List<String> credentials = List.of(world.credential(world.academy, world.learner.did()),
          world.credential(world.university, world.learner.did(), 7),
          world.credential(world.university, world.learner.did(), 8));
      assertThat(refused(client, flow, Json.write(vpToken("micro_credentials",
          vp(world.learner, credentials, flow)))).get("code").asText())
          .isEqualTo("CREDENTIAL_NOT_VERIFIED");
      JsonNode report = result(client, flow).get("result").get("presentations").get(0)
          .get("report");
      assertThat(report.get("credentials").get(1).toString()).contains("REVOKED");
      assertThat(report.get("credentials").get(0).toString()).doesNotContain("REVOKED");
      assertThat(report.get("credentials").get(2).toString()).doesNotContain("REVOKED");
    });
  }

  @Test
  void untrustedIssuerAmongThem_credentialNotVerifiedIssuerNotTrusted() {
    try (Fixture stranger = new Fixture()) {
      test((server, client) -> {
        Flow flow = start(client);
        List<String> credentials = List.of(world.credential(world.university,
            world.learner.did()), world.credential(stranger, world.learner.did()));
        assertThat(refused(client, flow, Json.write(vpToken("micro_credentials",
            vp(world.learner, credentials, flow)))).get("code").asText())
            .isEqualTo("CREDENTIAL_NOT_VERIFIED");
        assertThat(result(client, flow).get("result").get("presentations").get(0).get("report")
            .get("credentials").get(1).toString()).contains("ISSUER_NOT_TRUSTED");
      });
    }
  }

  @Test
  void expiredTransaction_transactionExpired() {
    test((server, client) -> {
      Flow flow = start(client);
      clock.advance(Duration.ofMinutes(6));
      String token = Json.write(vpToken("micro_credentials",
          vp(world.learner, world.learnerCredentials(), flow)));
      JsonNode error = refused(client, flow, token);
      assertThat(error.get("error").asText()).isEqualTo("invalid_request");
      assertThat(error.get("code").asText()).isEqualTo("TRANSACTION_EXPIRED");
      assertThat(result(client, flow).get("status").asText()).isEqualTo("expired");
    });
  }

  @Test
  void secondAnswer_transactionAlreadyAnswered() {
    test((server, client) -> {
      Flow flow = start(client);
      String token = Json.write(vpToken("micro_credentials",
          vp(world.learner, world.learnerCredentials(), flow)));
      assertThat(answer(client, flow.state(), token).code()).isEqualTo(200);
      JsonNode error = refused(client, flow, token);
      assertThat(error.get("code").asText()).isEqualTo("TRANSACTION_ALREADY_ANSWERED");
      assertThat(result(client, flow).get("result").get("verified").asBoolean()).isTrue();
    });
  }

  @Test
  void requestObjectFetchedTwice_secondRefused() {
    test((server, client) -> {
      Flow flow = start(client);
      Response again = client.get("/oid4vp/requests/" + flow.id());
      assertThat(again.code()).isEqualTo(400);
      JsonNode error = json(again);
      assertThat(error.get("error").asText()).isEqualTo("invalid_request_uri");
      assertThat(error.get("code").asText()).isEqualTo("REQUEST_OBJECT_ALREADY_FETCHED");
    });
  }

  @Test
  void oversizedVpToken_vpTokenTooLarge() {
    test((server, client) -> {
      Flow flow = start(client);
      String token = Json.write(vpToken("micro_credentials", "a".repeat(600_000)));
      assertThat(refused(client, flow, token).get("code").asText())
          .isEqualTo("VP_TOKEN_TOO_LARGE");
    });
  }

  @Test
  void malformedVpTokens_vpTokenMalformed() {
    for (String token : List.of("not json", "[]", "{}", "{\"micro_credentials\":[]}",
        "{\"micro_credentials\":\"eyJ\"}", "{\"micro_credentials\":[7]}")) {
      test((server, client) -> {
        Flow flow = start(client);
        JsonNode error = refused(client, flow, token);
        assertThat(error.get("error").asText()).as(token).isEqualTo("invalid_request");
        assertThat(error.get("code").asText()).as(token).isEqualTo("VP_TOKEN_MALFORMED");
      });
    }
  }

  @Test
  void idNotAskedFor_dcqlNotSatisfied() {
    test((server, client) -> {
      Flow flow = start(client);
      assertThat(refused(client, flow, Json.write(vpToken("diploma",
          vp(world.learner, world.learnerCredentials(), flow)))).get("code").asText())
          .isEqualTo("DCQL_NOT_SATISFIED");
    });
  }

  @Test
  void unknownState_transactionNotFound() {
    test((server, client) -> {
      Response response = answer(client, "no-such-state", "{}");
      assertThat(response.code()).isEqualTo(400);
      assertThat(json(response).get("code").asText()).isEqualTo("TRANSACTION_NOT_FOUND");
    });
  }

  @Test
  void walletDeclined_resultSaysSo() {
    test((server, client) -> {
      Flow flow = start(client);
      Response response = client.request(Oid4vpTransactions.RESPONSE_PATH, b -> b.post(
          new FormBody.Builder().add("state", flow.state()).add("error", "access_denied")
              .build()));
      assertThat(response.code()).isEqualTo(200);
      assertThat(resultCodes(result(client, flow))).containsExactly("WALLET_DECLINED");
    });
  }

  @Test
  void result_onlyWithTheReadToken() {
    test((server, client) -> {
      Flow flow = start(client);
      for (Optional<String> header : List.of(Optional.<String>empty(),
          Optional.of("Bearer wrong"), Optional.of(flow.readToken()))) {
        Response response = client.get("/oid4vp/transactions/" + flow.id(),
            b -> header.ifPresent(h -> b.header("Authorization", h)));
        assertThat(response.code()).isEqualTo(404);
      }
    });
  }

  @Test
  void create_unknownQuery_400Problem() {
    test((server, client) -> {
      for (String body : List.of("{\"query\":\"everything\"}", "{}", "[]", "nope")) {
        Response response = client.post("/oid4vp/transactions", body);
        assertThat(response.code()).as(body).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
      }
    });
  }

  private static Flow startEncrypted(HttpClient client) throws Exception {
    Response response = client.post("/oid4vp/transactions",
        "{\"query\":\"micro-credentials\",\"responseMode\":\"direct_post.jwt\"}");
    assertThat(response.code()).isEqualTo(201);
    JsonNode created = json(response);
    JWSObject jws = JWSObject.parse(client.get("/oid4vp/requests/"
        + created.get("id").asText()).body().string());
    return new Flow(created, Json.parseUntrusted(jws.getPayload().toString()).orElseThrow());
  }

  /** The response parameters as a JWE to {@code key} (ECDH-ES, A128GCM), as a wallet makes it. */
  private static String encrypted(ECKey key, String state, ObjectNode vpToken) throws Exception {
    ObjectNode params = Json.object().put("state", state);
    params.set("vp_token", vpToken);
    JWEObject jwe = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.ECDH_ES,
        EncryptionMethod.A128GCM).keyID(key.getKeyID()).build(), new Payload(Json.write(params)));
    jwe.encrypt(new ECDHEncrypter(key.toECPublicKey()));
    return jwe.serialize();
  }

  private static Response answerEncrypted(HttpClient client, String jwe) {
    return client.request(Oid4vpTransactions.RESPONSE_PATH, b -> b.post(new FormBody.Builder()
        .add("response", jwe).build()));
  }

  private static ECKey responseKey(Flow flow) throws Exception {
    return ECKey.parse(Json.write(flow.request().get("client_metadata").get("jwks").get("keys")
        .get(0)));
  }

  @Test
  void directPostJwt_encryptedAnswer_verified() {
    test((server, client) -> {
      Flow flow = startEncrypted(client);
      assertThat(flow.request().get("response_mode").asText()).isEqualTo("direct_post.jwt");
      ECKey key = responseKey(flow);
      assertThat(key.isPrivate()).isFalse();
      String jwe = encrypted(key, flow.state(), vpToken("micro_credentials",
          vp(world.learner, world.learnerCredentials(), flow)));
      assertThat(answerEncrypted(client, jwe).code()).isEqualTo(200);
      assertThat(result(client, flow).get("result").get("holderBound").asBoolean()).isTrue();
    });
  }

  @Test
  void directPostJwt_plainAnswerRefusedWithoutUsingTheTransactionUp() {
    test((server, client) -> {
      Flow flow = startEncrypted(client);
      ObjectNode token = vpToken("micro_credentials",
          vp(world.learner, world.learnerCredentials(), flow));
      assertThat(refused(client, flow, Json.write(token)).get("code").asText())
          .isEqualTo("RESPONSE_ENCRYPTION_INVALID");
      assertThat(answerEncrypted(client, encrypted(responseKey(flow), flow.state(), token))
          .code()).isEqualTo(200);
    });
  }

  @Test
  void directPostJwt_otherKeyOrGarbage_refusedTransactionStaysOpen() {
    test((server, client) -> {
      Flow flow = startEncrypted(client);
      ECKey other = new ECKeyGenerator(Curve.P_256).keyID(flow.id()).generate();
      ObjectNode token = vpToken("micro_credentials",
          vp(world.learner, world.learnerCredentials(), flow));
      Response wrongKey = answerEncrypted(client, encrypted(other, flow.state(), token));
      assertThat(wrongKey.code()).isEqualTo(400);
      assertThat(json(wrongKey).get("code").asText()).isEqualTo("RESPONSE_ENCRYPTION_INVALID");
      Response wrongState = answerEncrypted(client, encrypted(responseKey(flow), "guess", token));
      assertThat(json(wrongState).get("code").asText()).isEqualTo("TRANSACTION_NOT_FOUND");
      assertThat(json(answerEncrypted(client, "not.a.jwe.at.all")).get("code").asText())
          .isEqualTo("TRANSACTION_NOT_FOUND");
      assertThat(result(client, flow).get("status").asText()).isEqualTo("in-progress");
      assertThat(answerEncrypted(client, encrypted(responseKey(flow), flow.state(), token))
          .code()).isEqualTo(200);
    });
  }

  @Test
  void redirectUri_offByDefault_400() {
    test((server, client) -> assertThat(client.post("/oid4vp/transactions",
        "{\"query\":\"micro-credentials\",\"clientIdPrefix\":\"redirect_uri\"}").code())
        .isEqualTo(400));
  }

  @Test
  void redirectUri_whenAllowed_unsignedRequestInTheLinkAudienceIsTheResponseUri() {
    JavalinTest.test(VerifierApp.create(world.verifier(),
        new BodyLimits(VerifierConfig.DEFAULT_MAX_REQUEST_BYTES,
            VerifierConfig.DEFAULT_MAX_IMAGE_BYTES), PageConfig.defaults(0), clock,
        Optional.empty(), new Receipts(ReceiptKey.ephemeral(), "urn:tessera:verifier", clock),
        Oid4vpPolicy.defaults().withRedirectUri(true), () -> { }), (server, client) -> {
          Response response = client.post("/oid4vp/transactions",
              "{\"query\":\"micro-credentials\",\"clientIdPrefix\":\"redirect_uri\"}");
          assertThat(response.code()).isEqualTo(201);
          JsonNode created = json(response);
          String clientId = created.get("clientId").asText();
          assertThat(clientId).isEqualTo("redirect_uri:http://localhost:0"
              + Oid4vpTransactions.RESPONSE_PATH);
          Map<String, String> link = query(created.get("authorizationRequest").asText());
          assertThat(link).containsEntry("client_id", clientId)
              .containsEntry("response_mode", "direct_post").containsKeys("nonce", "state",
                  "dcql_query", "client_metadata").doesNotContainKey("request_uri");
          assertThat(client.get("/oid4vp/requests/" + created.get("id").asText()).code())
              .isEqualTo(404);
          String vp = Presentations.vpJwt(world.learner, world.learnerCredentials(),
              link.get("nonce"), clientId, Fixture.NOW);
          assertThat(answer(client, link.get("state"), Json.write(vpToken("micro_credentials",
              vp))).code()).isEqualTo(200);
        });
  }

  private static Map<String, String> query(String link) {
    Map<String, String> params = new java.util.LinkedHashMap<>();
    for (String pair : link.substring(link.indexOf('?') + 1).split("&")) {
      int eq = pair.indexOf('=');
      params.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1),
          java.nio.charset.StandardCharsets.UTF_8));
    }
    return params;
  }

  @Test
  void response_notAForm_invalidRequest() {
    test((server, client) -> {
      Response response = client.post(Oid4vpTransactions.RESPONSE_PATH, "{\"vp_token\":{}}");
      assertThat(response.code()).isEqualTo(400);
      assertThat(json(response).get("error").asText()).isEqualTo("invalid_request");
    });
  }

}
