package org.tessera.verifier.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import okhttp3.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.shared.json.Json;
import org.tessera.verifier.VerifierConfig;
import org.tessera.verifier.http.VerifierApp;

/** Every attack vector POSTed to the HTTP API: a 400 with JSON (the report), never a 500. */
class AttackVectorsHttpTest extends WithAttackHarness {

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void postVerify_attackVector_400WithCode(AttackVector vector) {
    AttackHarness.Target target = harness.target(vector);
    String body = Json.write(Json.object().put("verifiableCredential", vector.input()));
    JavalinTest.test(VerifierApp.create(target.verifier(),
        VerifierConfig.DEFAULT_MAX_REQUEST_BYTES, target.clock()), (server, client) -> {
          Response response = client.post("/credentials/verify", body);
          assertThat(response.code()).isEqualTo(400);
          String type = response.header("Content-Type");
          JsonNode answer = Json.parseUntrusted(response.body().string()).orElseThrow();
          if (type.startsWith("application/problem+json")) {
            // Only a body the JSON reader refuses outright (a string over its 1,000,000-char
            // limit) is answered before the pipeline: still a 400 with JSON, never a 500.
            assertThat(vector.input().length()).isGreaterThan(1_000_000);
            assertThat(answer.get("status").asInt()).isEqualTo(400);
          } else {
            assertThat(type).startsWith("application/json");
            assertThat(answer.get("verified").asBoolean()).isFalse();
            assertThat(answer.get("errors").findValuesAsText("code"))
                .contains(vector.code().name());
          }
        });
  }
}
