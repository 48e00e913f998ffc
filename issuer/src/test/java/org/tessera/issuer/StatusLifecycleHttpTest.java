package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.issuer.TestIssuer.achievement;
import static org.tessera.issuer.TestIssuer.issueRequest;
import static org.tessera.issuer.TestIssuer.json;
import static org.tessera.issuer.TestIssuer.post;
import static org.tessera.issuer.TestIssuer.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSObject;
import java.util.Optional;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.tessera.kit.testkit.HttpClient;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.json.Json;
import org.tessera.shared.status.BitstringStatusList;
import org.tessera.shared.status.StatusListCredentialView;
import org.tessera.shared.status.StatusListCredentials;

class StatusLifecycleHttpTest extends HttpTestBase {

  private static JsonNode issue(HttpClient client, boolean suspension) {
    String achievementId = json(post(client, "/api/achievements", achievement(suspension)))
        .get("id").asText();
    return json(post(client, "/api/credentials", issueRequest(achievementId)));
  }

  /** The status entry of {@code purpose} in an issued credential. */
  private static JsonNode entry(JsonNode issued, String purpose) {
    JsonNode status = issued.at("/credential/credentialStatus");
    for (JsonNode e : status.isArray() ? status : Json.mapper().createArrayNode().add(status)) {
      if (purpose.equals(e.get("statusPurpose").asText())) {
        return e;
      }
    }
    throw new AssertionError("no " + purpose + " entry");
  }

  private static String path(JsonNode entry) {
    return entry.get("statusListCredential").asText().substring(TestIssuer.BASE.length());
  }

  private static boolean bit(HttpClient client, JsonNode entry) throws Exception {
    JWSObject jws = JWSObject.parse(text(client.get(path(entry))));
    StatusListCredentialView view = StatusListCredentials.fromJson(
        Json.parseUntrusted(jws.getPayload().toString()).orElseThrow()).orElseThrow();
    return BitstringStatusList.decode(view.encodedList(), 1 << 20)
        .get(entry.get("statusListIndex").asInt());
  }

  @Test
  void statusList_served_asSignedVcJwtWithCachingHeaders() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      JsonNode revocation = entry(issue(client, false), "revocation");

      Response response = client.get(path(revocation));

      assertThat(response.code()).isEqualTo(200);
      assertThat(response.header("Content-Type")).startsWith("application/vc+jwt");
      assertThat(response.header("Cache-Control")).isEqualTo("public, max-age=300");
      assertThat(response.header("ETag")).isNotBlank();
      JWSObject jws = JWSObject.parse(text(response));
      JsonNode payload = Json.parseUntrusted(jws.getPayload().toString()).orElseThrow();
      assertThat(payload.at("/credentialSubject/ttl").asLong()).isEqualTo(300_000);
      assertThat(payload.get("iss").asText()).isEqualTo(TestIssuer.DID);
      assertThat(StatusListCredentials.fromJson(payload)).map(StatusListCredentialView::id)
          .isEqualTo(Optional.of(revocation.get("statusListCredential").asText()));
    });
  }

  @Test
  void statusList_ifNoneMatchCurrentEtag_is304() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String listPath = path(entry(issue(client, false), "revocation"));
      String etag = client.get(listPath).header("ETag");

      Response response = client.request(listPath, b -> b.get().header("If-None-Match", etag));

      assertThat(response.code()).isEqualTo(304);
    });
  }

  @Test
  void revoke_setsBitAndChangesEtag() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      JsonNode issued = issue(client, false);
      JsonNode revocation = entry(issued, "revocation");
      String before = client.get(path(revocation)).header("ETag");
      assertThat(bit(client, revocation)).isFalse();

      Response response = post(client,
          "/api/credentials/" + issued.get("id").asText() + "/revoke", "{\"reason\":\"fraud\"}");

      assertThat(response.code()).isEqualTo(200);
      assertThat(json(response).at("/status/revoked").asBoolean()).isTrue();
      assertThat(bit(client, revocation)).isTrue();
      assertThat(client.get(path(revocation)).header("ETag")).isNotEqualTo(before);
    });
  }

  @Test
  void reinstate_afterRevoke_is409() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String id = issue(client, true).get("id").asText();
      post(client, "/api/credentials/" + id + "/revoke", "");

      Response reinstate = post(client, "/api/credentials/" + id + "/reinstate", "");
      Response again = post(client, "/api/credentials/" + id + "/revoke", "");

      assertThat(reinstate.code()).isEqualTo(409);
      assertThat(json(reinstate).get("code").asText()).isEqualTo("ALREADY_REVOKED");
      assertThat(again.code()).isEqualTo(409);
    });
  }

  @Test
  void suspendAndReinstate_withOptIn_flipSuspensionBitOnly() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      JsonNode issued = issue(client, true);
      String id = issued.get("id").asText();
      JsonNode suspension = entry(issued, "suspension");
      JsonNode revocation = entry(issued, "revocation");

      assertThat(post(client, "/api/credentials/" + id + "/suspend", "").code()).isEqualTo(200);
      assertThat(bit(client, suspension)).isTrue();
      assertThat(bit(client, revocation)).isFalse();
      assertThat(post(client, "/api/credentials/" + id + "/suspend", "").code()).isEqualTo(409);

      assertThat(post(client, "/api/credentials/" + id + "/reinstate", "").code())
          .isEqualTo(200);
      assertThat(bit(client, suspension)).isFalse();
      assertThat(post(client, "/api/credentials/" + id + "/reinstate", "").code())
          .isEqualTo(409);
    });
  }

  @Test
  void suspend_withoutOptIn_is409() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      JsonNode issued = issue(client, false);

      Response response = post(client,
          "/api/credentials/" + issued.get("id").asText() + "/suspend", "");

      assertThat(response.code()).isEqualTo(409);
      assertThat(json(response).get("code").asText()).isEqualTo("SUSPENSION_NOT_ENABLED");
      assertThat(issued.at("/credential/credentialStatus").isObject()).isTrue();
    });
  }

  @Test
  void revoke_unknownCredential_is404() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Response response = post(client, "/api/credentials/nope/revoke", "");

      assertThat(response.code()).isEqualTo(404);
    });
  }
}
