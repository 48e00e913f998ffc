package org.tessera.verifier.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Optional;
import okhttp3.Response;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.json.Json;
import org.tessera.verifier.VerifierConfig;
import org.tessera.verifier.http.VerifierApp;
import org.tessera.verifier.share.ShareDatabase;
import org.tessera.verifier.share.ShareService;

/**
 * Every attack vector POSTed to the HTTP API: a 400 with JSON (the report), never a 500; and to
 * {@code POST /shares}: refused with a problem {@code code} (the vector's {@code shares}
 * expectation, else 422 NOT_SHAREABLE, or 400 for input that is no compact JWT), never stored.
 */
class AttackVectorsHttpTest extends WithAttackHarness {

  @TempDir
  Path dir;

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

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void postShares_attackVector_refusedWithCode(AttackVector vector) {
    AttackHarness.Target target = harness.target(vector);
    String body = Json.write(Json.object().put("credential", vector.input()));
    try (ShareDatabase db = ShareDatabase.open("jdbc:sqlite:" + dir.resolve(vector.name()))) {
      ShareService shares = new ShareService(db, target.clock());
      JavalinTest.test(VerifierApp.create(target.verifier(),
          VerifierConfig.DEFAULT_MAX_REQUEST_BYTES, target.clock(), Optional.of(shares)),
          (server, client) -> {
            Response response = client.post("/shares", body);
            JsonNode answer = Json.parseUntrusted(response.body().string()).orElseThrow();
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            Optional<JsonNode> expected = vector.setup("shares");
            if (expected.isPresent()) {
              assertThat(response.code()).isEqualTo(expected.get().get("status").asInt());
              assertThat(answer.get("code").asText()).isEqualTo(expected.get().get("code").asText());
            } else {
              assertThat(response.code()).isIn(400, 422);
              assertThat(answer.get("code").asText()).isIn("NOT_SHAREABLE", "MALFORMED_REQUEST");
            }
          });
    }
  }
}
