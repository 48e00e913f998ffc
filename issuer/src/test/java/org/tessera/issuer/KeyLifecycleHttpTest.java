package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.issuer.TestIssuer.json;
import static org.tessera.issuer.TestIssuer.post;
import static org.tessera.issuer.TestIssuer.text;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.jose.JwsAlgorithm;

class KeyLifecycleHttpTest extends HttpTestBase {

  @BeforeEach
  void secondKey() {
    TestIssuer.writeKey(dir.resolve("keys"), JwsAlgorithm.ES256, "es256-2");
    app.close();
    app = IssuerApp.create(IssuerSettings.of(TestIssuer.config(dir, database.jdbcUrl())),
        TestIssuer.CLOCK);
  }

  private static String state(JsonNode keys, String keyId) {
    for (JsonNode key : keys.get("items")) {
      if (key.get("keyId").asText().equals(keyId)) {
        return key.get("state").asText();
      }
    }
    throw new AssertionError("no key " + keyId);
  }

  @Test
  void listKeys_firstStart_configuredKeyActiveOtherStandby_noPrivateParts() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Response response = TestIssuer.get(client, "/api/keys");
      String body = text(response);
      JsonNode keys = json(TestIssuer.get(client, "/api/keys"));
      assertThat(state(keys, "es256-1")).isEqualTo("active");
      assertThat(state(keys, "es256-2")).isEqualTo("standby");
      assertThat(keys.findValues("d")).isEmpty();
      assertThat(body).doesNotContain("\"d\"");
    });
  }

  @Test
  void activate_thenRetireOld_stateChangesAndRulesHold() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      assertThat(post(client, "/api/keys/es256-1/retire", "{}").code()).isEqualTo(409);
      JsonNode activated = json(post(client, "/api/keys/es256-2/activate", "{}"));
      assertThat(state(activated, "es256-2")).isEqualTo("active");
      assertThat(state(activated, "es256-1")).isEqualTo("standby");

      JsonNode retired = json(post(client, "/api/keys/es256-1/retire", "{}"));
      assertThat(state(retired, "es256-1")).isEqualTo("retired");
      Response again = post(client, "/api/keys/es256-1/activate", "{}");
      assertThat(again.code()).isEqualTo(409);
      assertThat(json(again).get("code").asText()).isEqualTo("KEY_RETIRED");
      // Retired keys stay published: what they signed keeps verifying.
      assertThat(text(client.get("/.well-known/jwks.json"))).contains("es256-1");
    });
  }

  @Test
  void compromise_rules_activeRefused_futureRefused_neverActivatedAgain() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Response active = post(client, "/api/keys/es256-1/compromise",
          "{\"since\": \"2026-01-01T00:00:00Z\"}");
      assertThat(json(active).get("code").asText()).isEqualTo("KEY_IS_ACTIVE");
      Response future = post(client, "/api/keys/es256-2/compromise",
          "{\"since\": \"2099-01-01T00:00:00Z\"}");
      assertThat(future.code()).isEqualTo(400);
      Response unknown = post(client, "/api/keys/nope/compromise",
          "{\"since\": \"2026-01-01T00:00:00Z\"}");
      assertThat(json(unknown).get("code").asText()).isEqualTo("KEY_NOT_FOUND");

      post(client, "/api/keys/es256-2/compromise", "{\"since\": \"2026-01-01T00:00:00Z\"}");
      // A later instant never shortens the compromise window.
      JsonNode later = json(post(client, "/api/keys/es256-2/compromise",
          "{\"since\": \"2026-02-01T00:00:00Z\"}"));
      for (JsonNode key : later.get("items")) {
        if (key.get("keyId").asText().equals("es256-2")) {
          assertThat(key.get("compromisedSince").asText()).isEqualTo("2026-01-01T00:00:00Z");
        }
      }
      assertThat(json(post(client, "/api/keys/es256-2/activate", "{}")).get("code").asText())
          .isEqualTo("KEY_COMPROMISED");
      JsonNode did = json(client.get("/.well-known/did.json"));
      assertThat(did.findValuesAsText("revoked")).containsExactly("2026-01-01T00:00:00Z");
    });
  }

  @Test
  void activation_survivesRestart_databaseDecidesOverConfig() {
    JavalinTest.test(app.server().javalin(), (server, client) ->
        post(client, "/api/keys/es256-2/activate", "{}"));
    app.close();
    app = IssuerApp.create(IssuerSettings.of(TestIssuer.config(dir, database.jdbcUrl())),
        TestIssuer.CLOCK);
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String achievementId = json(post(client, "/api/achievements",
          TestIssuer.achievement(false))).get("id").asText();
      String jwt = json(post(client, "/api/credentials",
          TestIssuer.issueRequest(achievementId))).get("jwt").asText();
      assertThat(com.nimbusds.jose.JWSObject.parse(jwt).getHeader().getKeyID())
          .endsWith("#es256-2");
    });
  }
}
