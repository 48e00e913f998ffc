package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.issuer.TestIssuer.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.tessera.kit.testkit.HttpClient;
import org.tessera.shared.json.Json;

/** The wallet's side of the pre-authorized code flow, step by step, over a JavalinTest client. */
final class Oid4vciFlow {

  static final String CONFIGURATION = "OpenBadgeCredential_jwt_vc_json";
  private static final MediaType JSON = MediaType.get("application/json");

  private final HttpClient client;

  Oid4vciFlow(HttpClient client) {
    this.client = client;
  }

  /** Awards a fresh credential through the admin API; returns its row id. */
  String issueCredential() {
    Response achievement = TestIssuer.post(client, "/api/achievements",
        TestIssuer.achievement(false));
    String achievementId = json(achievement).get("id").asText();
    Response issued = TestIssuer.post(client, "/api/credentials",
        TestIssuer.issueRequest(achievementId));
    assertThat(issued.code()).isEqualTo(201);
    return json(issued).get("id").asText();
  }

  JsonNode offer(String credentialId, boolean txCode) {
    Response response = TestIssuer.post(client, "/api/credentials/" + credentialId + "/offer",
        "{\"txCode\": " + txCode + "}");
    assertThat(response.code()).isEqualTo(201);
    return json(response);
  }

  /** Fetches the offer behind {@code credential_offer_uri} (served under our test base URL). */
  Response fetchOffer(JsonNode created) {
    String uri = created.get("credential_offer_uri").asText();
    assertThat(uri).startsWith(TestIssuer.BASE + "/credential-offers/");
    return client.get(uri.substring(TestIssuer.BASE.length()));
  }

  String code(JsonNode created) {
    JsonNode offer = json(fetchOffer(created));
    return offer.path("grants").path("urn:ietf:params:oauth:grant-type:pre-authorized_code")
        .path("pre-authorized_code").asText();
  }

  Response token(String code, Optional<String> txCode) {
    FormBody.Builder form = new FormBody.Builder()
        .add("grant_type", "urn:ietf:params:oauth:grant-type:pre-authorized_code")
        .add("pre-authorized_code", code);
    txCode.ifPresent(tx -> form.add("tx_code", tx));
    FormBody body = form.build();
    return client.request("/token", b -> b.post(body));
  }

  String accessToken(String code, Optional<String> txCode) {
    Response response = token(code, txCode);
    assertThat(response.code()).isEqualTo(200);
    return json(response).get("access_token").asText();
  }

  /** An offer redeemed: the access token. */
  String accessTokenFor(String credentialId) {
    return accessToken(code(offer(credentialId, false)), Optional.empty());
  }

  String nonce() {
    Response response = client.request("/nonce", b -> b.post(RequestBody.create(new byte[0])));
    assertThat(response.code()).isEqualTo(200);
    assertThat(response.header("Cache-Control")).contains("no-store");
    return json(response).get("c_nonce").asText();
  }

  Response credential(String accessToken, ObjectNode body) {
    return client.request("/credential", b -> b.post(RequestBody.create(Json.write(body), JSON))
        .header("Authorization", "Bearer " + accessToken));
  }

  static ObjectNode v1Request(String configuration, String proof) {
    ObjectNode body = Json.object();
    body.put("credential_configuration_id", configuration);
    body.putObject("proofs").putArray("jwt").add(proof);
    return body;
  }

  static ObjectNode draft13Request(String format, String proof) {
    ObjectNode body = Json.object();
    body.put("format", format);
    body.putObject("credential_definition").putArray("type").add("VerifiableCredential")
        .add("OpenBadgeCredential");
    body.putObject("proof").put("proof_type", "jwt").put("jwt", proof);
    return body;
  }

  /** The admin view of a stored credential (with JWT and JSON). */
  JsonNode stored(String credentialId) {
    return json(TestIssuer.get(client, "/api/credentials/" + credentialId));
  }
}
