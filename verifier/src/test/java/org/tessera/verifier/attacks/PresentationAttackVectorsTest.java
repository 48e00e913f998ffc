package org.tessera.verifier.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.json.Json;
import org.tessera.verifier.VerifierConfig;
import org.tessera.verifier.http.VerifierApp;
import org.tessera.verifier.presentation.PresentationExpectations;
import org.tessera.verifier.presentation.PresentationReport;

/** Every presentation attack vector, through the library and through the HTTP API. */
class PresentationAttackVectorsTest extends WithAttackHarness {

  static List<AttackVector> presentations() {
    return AttackVector.presentations();
  }

  private static PresentationExpectations expected(AttackVector vector) {
    return new PresentationExpectations(vector.setup().get("nonce").asText(),
        vector.setup().get("audience").asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presentations")
  void verifyPresentation_attackVector_rejectedWithDocumentedCode(AttackVector vector) {
    AttackHarness.Target target = harness.target(vector);

    PresentationReport report =
        target.verifier().verifyPresentation(vector.input(), expected(vector));

    assertThat(report.verified()).isFalse();
    assertThat(report.errorCodes()).contains(vector.code());
    target.fetcher().ifPresent(f -> assertThat(AttackHarness.hostsOutsideSuite(f)).isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presentations")
  void postPresentation_attackVector_400WithCode(AttackVector vector) {
    AttackHarness.Target target = harness.target(vector);
    ObjectNode body = Json.object().put("verifiablePresentation", vector.input());
    body.putObject("options").put("challenge", expected(vector).nonce())
        .put("domain", expected(vector).audience());
    JavalinTest.test(VerifierApp.create(target.verifier(),
        VerifierConfig.DEFAULT_MAX_REQUEST_BYTES, target.clock()), (server, client) -> {
          Response response = client.post("/presentations/verify", Json.write(body));
          assertThat(response.code()).isEqualTo(400);
          assertThat(response.header("Content-Type")).startsWith("application/json");
          JsonNode answer = Json.parseUntrusted(response.body().string()).orElseThrow();
          assertThat(answer.get("errors").findValuesAsText("code"))
              .contains(vector.code().name());
        });
  }

  @Test
  void presentations_coverTheirBlock() {
    assertThat(presentations()).hasSize(10)
        .allMatch(v -> v.name().compareTo("070") > 0 && v.name().compareTo("080") < 0);
  }
}
