package org.tessera.verifier.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.verifier.testkit.TwoInstitutions.AUDIENCE;
import static org.tessera.verifier.testkit.TwoInstitutions.NONCE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.util.List;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.json.Json;
import org.tessera.verifier.VerifierConfig;
import org.tessera.verifier.testkit.Fixture;
import org.tessera.verifier.testkit.Presentations;
import org.tessera.verifier.testkit.TwoInstitutions;

class PresentationRoutesTest {

  private final TwoInstitutions world = new TwoInstitutions();

  @AfterEach
  void close() {
    world.close();
  }

  private Javalin app() {
    return VerifierApp.create(world.verifier(), VerifierConfig.DEFAULT_MAX_REQUEST_BYTES,
        world.university.clock);
  }

  private static String body(JsonNode presentation, String challenge, String domain) {
    ObjectNode body = Json.object();
    body.set("verifiablePresentation", presentation);
    body.putObject("options").put("challenge", challenge).put("domain", domain);
    return Json.write(body);
  }

  private String vpBody(String challenge, String domain) {
    String vp = Presentations.vpJwt(world.learner, world.learnerCredentials(), NONCE, AUDIENCE,
        Fixture.NOW);
    return body(Json.mapper().getNodeFactory().textNode(vp), challenge, domain);
  }

  private static JsonNode json(Response response) throws IOException {
    return Json.parseUntrusted(response.body().string()).orElseThrow();
  }

  @Test
  void verifyPresentation_twoInstitutions_200HolderBound() {
    String body = vpBody(NONCE, AUDIENCE);
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.post("/presentations/verify", body);
      assertThat(response.code()).isEqualTo(200);
      JsonNode report = json(response);
      assertThat(report.get("verified").asBoolean()).isTrue();
      assertThat(report.get("holderBound").asBoolean()).isTrue();
      assertThat(report.get("holder").asText()).isEqualTo(world.learner.did());
      assertThat(report.get("credentials")).hasSize(2);
    });
  }

  @Test
  void verifyPresentation_envelopedObject_200() {
    String vp = Presentations.enveloped(Presentations.vpJoseCose(world.learner,
        world.learnerCredentials(), NONCE, AUDIENCE, Fixture.NOW));
    String body = body(Json.parseUntrusted(vp).orElseThrow(), NONCE, AUDIENCE);
    JavalinTest.test(app(), (server, client) ->
        assertThat(client.post("/presentations/verify", body).code()).isEqualTo(200));
  }

  @Test
  void verifyPresentation_wrongChallenge_400ReportNonceMismatch() {
    String body = vpBody("another-nonce", AUDIENCE);
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.post("/presentations/verify", body);
      assertThat(response.code()).isEqualTo(400);
      assertThat(response.header("Content-Type")).startsWith("application/json");
      assertThat(json(response).get("errors").findValuesAsText("code"))
          .containsExactly("NONCE_MISMATCH");
    });
  }

  @Test
  void verifyPresentation_wrongDomain_400ReportAudienceMismatch() {
    String body = vpBody(NONCE, "https://other.example");
    JavalinTest.test(app(), (server, client) -> assertThat(json(client.post(
        "/presentations/verify", body)).get("errors").findValuesAsText("code"))
        .containsExactly("AUDIENCE_MISMATCH"));
  }

  @Test
  void verifyPresentation_sentTwice_secondIsReplayed() {
    String body = vpBody(NONCE, AUDIENCE);
    JavalinTest.test(app(), (server, client) -> {
      assertThat(client.post("/presentations/verify", body).code()).isEqualTo(200);
      Response again = client.post("/presentations/verify", body);
      assertThat(again.code()).isEqualTo(400);
      assertThat(json(again).get("errors").findValuesAsText("code"))
          .containsExactly("PRESENTATION_REPLAYED");
    });
  }

  @Test
  void verifyPresentation_missingOptions_400Problem() {
    String vp = Presentations.vpJwt(world.learner, world.learnerCredentials(), NONCE, AUDIENCE,
        Fixture.NOW);
    for (String body : List.of("{\"verifiablePresentation\":\"" + vp + "\"}",
        "{\"verifiablePresentation\":\"" + vp + "\",\"options\":{\"challenge\":\"\","
            + "\"domain\":\"x\"}}",
        "{\"verifiablePresentation\":7,\"options\":{\"challenge\":\"n\",\"domain\":\"x\"}}",
        "[]", "not json")) {
      JavalinTest.test(app(), (server, client) -> {
        Response response = client.post("/presentations/verify", body);
        assertThat(response.code()).as(body).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(json(response).get("detail").asText())
            .isEqualTo(PresentationHandler.EXPECTED_BODY);
      });
    }
  }

  @Test
  void verifyPresentation_garbagePresentation_400ReportNever500() {
    for (String vp : List.of("", "a.b.c", "{}", "x".repeat(200_000))) {
      String body = body(Json.mapper().getNodeFactory().textNode(vp), NONCE, AUDIENCE);
      JavalinTest.test(app(), (server, client) -> {
        Response response = client.post("/presentations/verify", body);
        assertThat(response.code()).isEqualTo(400);
        assertThat(json(response).get("errors").findValuesAsText("code"))
            .containsExactly("PRESENTATION_MALFORMED");
      });
    }
  }

  @Test
  void verifyPresentation_bodyOverTheLimit_413() {
    String body = body(Json.mapper().getNodeFactory().textNode(
        "a".repeat(VerifierConfig.DEFAULT_MAX_REQUEST_BYTES)), NONCE, AUDIENCE);
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.post("/presentations/verify", body);
      assertThat(response.code()).isEqualTo(413);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    });
  }
}
