package org.tessera.verifier.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSObject;
import java.io.IOException;
import java.util.List;
import okhttp3.FormBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.kit.testkit.HttpClient;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.did.DidJwk;
import org.tessera.shared.json.Json;
import org.tessera.verifier.oid4vp.Oid4vpTransactions;
import org.tessera.verifier.testkit.SdJwtVectors;

/**
 * OpenID4VP with a {@code dc+sd-jwt} DCQL query ({@code eu-learning-credential}) over real
 * HTTP: the wallet discloses only what the query's claim paths ask for, bound to the
 * transaction by its key-binding JWT (vectors/sdjwt).
 */
class Oid4vpSdJwtRoutesTest {

  private static final String QUERY = "eu-learning-credential";
  private static final String ID = "learning_credential";

  private final SdJwtVectors.Served served = new SdJwtVectors.Served();
  private final String genuine = SdJwtVectors.genuine();

  @AfterEach
  void close() {
    served.close();
  }

  /** A created transaction and the wallet's view of its signed request object. */
  private record Flow(JsonNode created, JsonNode request) {
    String clientId() {
      return created.get("clientId").asText();
    }

    String nonce() {
      return request.get("nonce").asText();
    }
  }

  private static JsonNode json(Response response) throws IOException {
    return Json.parseUntrusted(response.body().string()).orElseThrow();
  }

  private static Flow start(HttpClient client) throws Exception {
    Response created = client.post("/oid4vp/transactions", "{\"query\":\"" + QUERY + "\"}");
    assertThat(created.code()).isEqualTo(201);
    JsonNode transaction = json(created);
    Response fetched = client.get("/oid4vp/requests/" + transaction.get("id").asText());
    JWSObject jws = JWSObject.parse(fetched.body().string());
    return new Flow(transaction, Json.parseUntrusted(jws.getPayload().toString()).orElseThrow());
  }

  /** The SD-JWT with only {@code claims} disclosed, and a KB-JWT for nonce and audience. */
  private String presentation(List<String> claims, String nonce, String audience) {
    return SdJwtVectors.selective(genuine, claims, nonce, audience);
  }

  private static Response answer(HttpClient client, Flow flow, String presentation) {
    return answerToken(client, flow, token(presentation));
  }

  private static Response answerToken(HttpClient client, Flow flow, String vpToken) {
    return client.request(Oid4vpTransactions.RESPONSE_PATH, b -> b.post(new FormBody.Builder()
        .add("state", flow.request().get("state").asText()).add("vp_token", vpToken).build()));
  }

  /** Answers with {@code vpToken}, expects the wallet's 400 and returns its code. */
  private static String refusedCode(HttpClient client, Flow flow, String vpToken)
      throws IOException {
    Response response = answerToken(client, flow, vpToken);
    assertThat(response.code()).isEqualTo(400);
    return json(response).get("code").asText();
  }

  private static String token(String presentation) {
    ObjectNode token = Json.object();
    token.putArray(ID).add(presentation);
    return Json.write(token);
  }

  private static JsonNode result(HttpClient client, Flow flow) throws IOException {
    return json(client.get("/oid4vp/transactions/" + flow.created().get("id").asText(),
        b -> b.header("Authorization", "Bearer " + flow.created().get("readToken").asText())))
        .get("result");
  }

  @Test
  void requestObject_asksForDcSdJwtWithTheThreeClaimPaths() {
    JavalinTest.test(served.app(), (server, client) -> {
      JsonNode credential = start(client).request().get("dcql_query").get("credentials").get(0);
      assertThat(credential.get("format").asText()).isEqualTo("dc+sd-jwt");
      assertThat(credential.get("meta").get("vct_values").toString())
          .isEqualTo("[\"urn:eu.europa.ec.eudi:learning:credential:1\"]");
      assertThat(credential.get("claims").findValues("path").toString())
          .isEqualTo("[[\"achievement_title\"], [\"ects_credits\"], [\"eqf_level\"]]");
    });
  }

  @Test
  void titleEctsEqfDisclosed_verifiedHolderBoundShowingNothingElse() {
    JavalinTest.test(served.app(), (server, client) -> {
      Flow flow = start(client);
      Response response = answer(client, flow,
          presentation(List.of("ects_credits", "eqf_level"), flow.nonce(), flow.clientId()));
      JsonNode result = result(client, flow);
      assertThat(response.code()).as(result.toString()).isEqualTo(200);
      assertThat(result.get("verified").asBoolean()).isTrue();
      assertThat(result.get("holderBound").asBoolean()).isTrue();
      assertThat(result.get("holders").get(0).asText())
          .isEqualTo(DidJwk.encode(SdJwtVectors.holderKey().toPublicJWK()));
      JsonNode report = result.get("presentations").get(0).get("report").get("credentials")
          .get(0).get("report");
      assertThat(report.get("format").asText()).isEqualTo("SD-JWT VC");
      assertThat(report.get("sdJwt").get("disclosed").toString())
          .isEqualTo("[\"ects_credits\",\"eqf_level\"]");
      assertThat(report.get("credential").get("achievement_title").asText())
          .isEqualTo("Data Stewardship for Researchers");
      assertThat(report.get("credential").has("name")).isFalse();
      assertThat(report.get("credential").has("workload_hours")).isFalse();
    });
  }

  @Test
  void requestedClaimNotDisclosed_dcqlNotSatisfied() {
    JavalinTest.test(served.app(), (server, client) -> {
      Flow flow = start(client);
      assertThat(refusedCode(client, flow, token(
          presentation(List.of("ects_credits"), flow.nonce(), flow.clientId()))))
          .isEqualTo("DCQL_NOT_SATISFIED");
      assertThat(result(client, flow).get("message").asText()).contains("requested claim");
    });
  }

  @Test
  void wrongNonce_nonceMismatch() {
    JavalinTest.test(served.app(), (server, client) -> {
      Flow flow = start(client);
      assertThat(refusedCode(client, flow, token(presentation(
          List.of("ects_credits", "eqf_level"), SdJwtVectors.NONCE, flow.clientId()))))
          .isEqualTo("NONCE_MISMATCH");
      assertThat(result(client, flow).get("verified").asBoolean()).isFalse();
    });
  }

  @Test
  void otherAudience_audienceMismatch() {
    JavalinTest.test(served.app(), (server, client) -> {
      Flow flow = start(client);
      assertThat(refusedCode(client, flow, token(presentation(
          List.of("ects_credits", "eqf_level"), flow.nonce(), SdJwtVectors.AUDIENCE))))
          .isEqualTo("AUDIENCE_MISMATCH");
    });
  }

  @Test
  void noKeyBindingJwt_kbJwtMissing() {
    JavalinTest.test(served.app(), (server, client) -> {
      Flow flow = start(client);
      String unbound = SdJwtVectors.present(SdJwtVectors.jwt(genuine), List.of(
          SdJwtVectors.disclosure(genuine, "ects_credits"),
          SdJwtVectors.disclosure(genuine, "eqf_level")));
      assertThat(refusedCode(client, flow, token(unbound))).isEqualTo("KB_JWT_MISSING");
      assertThat(result(client, flow).get("holderBound").asBoolean()).isFalse();
    });
  }

  @Test
  void objectInsteadOfSdJwt_sdJwtMalformedNot500() {
    JavalinTest.test(served.app(), (server, client) -> {
      Flow flow = start(client);
      assertThat(refusedCode(client, flow, "{\"" + ID + "\":[{\"vp\":{}}]}"))
          .isEqualTo("SD_JWT_MALFORMED");
    });
  }

  @Test
  void resultPage_showsTitleEctsEqfAndNothingElse() {
    JavalinTest.test(served.app(), (server, client) -> {
      Flow flow = start(client);
      answer(client, flow,
          presentation(List.of("ects_credits", "eqf_level"), flow.nonce(), flow.clientId()))
          .close();
      String id = flow.created().get("id").asText();
      String html = client.get("/en/ask/" + id, b -> b.header("Cookie",
          "tessera-ask-" + id + "=" + flow.created().get("readToken").asText())).body().string();
      assertThat(html).contains("data-verified=\"true\"").contains("data-format=\"sdjwt\"")
          .contains("Data Stewardship for Researchers")
          .contains("data-field=\"ects\">5<").contains("data-field=\"eqf\">6<")
          .doesNotContain("Ada Lovelace").doesNotContain("learner_identification");
    });
  }
}
