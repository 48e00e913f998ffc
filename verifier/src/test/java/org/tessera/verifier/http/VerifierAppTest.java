package org.tessera.verifier.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.util.List;
import java.util.Map;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.kit.http.ProblemDetails;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.json.Json;
import org.tessera.shared.status.BitstringStatusList;
import org.tessera.shared.status.StatusPurpose;
import org.tessera.verifier.VerifierConfig;
import org.tessera.verifier.VerifierSettings;
import org.tessera.verifier.testkit.Fixture;

class VerifierAppTest {

  private final Fixture fixture = new Fixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  private Javalin app() {
    return VerifierApp.create(VerifierSettings.of(fixture.config()), fixture.clock);
  }

  private static JsonNode json(Response response) throws java.io.IOException {
    return Json.parseUntrusted(response.body().string()).orElseThrow();
  }

  @Test
  void verify_validJwt_200WithReport() {
    String body = "{\"verifiableCredential\":\"" + fixture.sign(fixture.credential()) + "\"}";
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.post("/credentials/verify", body);
      assertThat(response.code()).isEqualTo(200);
      JsonNode report = json(response);
      assertThat(report.get("verified").asBoolean()).isTrue();
      assertThat(report.get("checks").size()).isEqualTo(11);
      assertThat(report.get("errors").size()).isZero();
      assertThat(report.get("credential").get("issuer").get("id").asText()).isEqualTo(fixture.did);
      assertThat(report.get("issuer").get("name").asText()).isEqualTo(Fixture.ISSUER_NAME);
    });
  }

  @Test
  void verify_envelopedCredential_200() {
    String jwt = fixture.sign(fixture.credential());
    String body = "{\"verifiableCredential\":{\"@context\":\"https://www.w3.org/ns/credentials/v2\","
        + "\"type\":\"EnvelopedVerifiableCredential\",\"id\":\"data:application/vc+jwt," + jwt
        + "\"}}";
    JavalinTest.test(app(), (server, client) ->
        assertThat(client.post("/credentials/verify", body).code()).isEqualTo(200));
  }

  @Test
  void verify_learnerRecord_200WithTranscriptOfEachCredentialReport() {
    String jwt = fixture.sign(fixture.credential());
    String body = "{\"verifiableCredential\":\"" + fixture.learnerRecord(List.of(jwt, jwt)) + "\"}";
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.post("/credentials/verify", body);
      JsonNode report = json(response);
      assertThat(response.code()).as(report.toString()).isEqualTo(200);
      assertThat(report.get("checks").get(11).get("id").asText()).isEqualTo("clr.credentials");
      assertThat(report.get("transcript").findValuesAsText("outcome"))
          .containsExactly("verified", "verified");
      assertThat(report.get("transcript").get(0).get("report").get("verified").asBoolean()).isTrue();
    });
  }

  @Test
  void verify_learnerRecordWithRevokedCredential_400RecordNotVerified() {
    fixture.publishStatusList(StatusPurpose.REVOCATION,
        BitstringStatusList.create(131_072).with(Fixture.STATUS_INDEX, true), Map.of());
    String jwt = fixture.sign(fixture.credential());
    String body = "{\"verifiableCredential\":\"" + fixture.learnerRecord(List.of(jwt)) + "\"}";
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.post("/credentials/verify", body);
      JsonNode report = json(response);
      assertThat(response.code()).isEqualTo(400);
      assertThat(report.get("verified").asBoolean()).isFalse();
      assertThat(report.get("errors").findValuesAsText("code"))
          .containsExactly("EMBEDDED_CREDENTIAL_NOT_VERIFIED");
      assertThat(report.get("transcript").get(0).get("report").get("errors").get(0).get("code")
          .asText()).isEqualTo("REVOKED");
    });
  }

  @Test
  void verify_revoked_400WithSameShape() {
    fixture.publishStatusList(StatusPurpose.REVOCATION,
        BitstringStatusList.create(131_072).with(Fixture.STATUS_INDEX, true), Map.of());
    String body = "{\"verifiableCredential\":\"" + fixture.sign(fixture.credential()) + "\"}";
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.post("/credentials/verify", body);
      assertThat(response.code()).isEqualTo(400);
      JsonNode report = json(response);
      assertThat(report.get("verified").asBoolean()).isFalse();
      assertThat(report.get("errors").get(0).get("code").asText()).isEqualTo("REVOKED");
      assertThat(report.has("checks")).isTrue();
    });
  }

  @Test
  void verify_garbageCredential_400ReportNotEchoingInput() {
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.post("/credentials/verify",
          "{\"verifiableCredential\":\"<img src=x onerror=alert(1)>\"}");
      assertThat(response.code()).isEqualTo(400);
      String text = response.body().string();
      assertThat(text).contains("MALFORMED_INPUT").doesNotContain("onerror");
    });
  }

  @Test
  void verify_malformedRequests_400ProblemNever500() {
    JavalinTest.test(app(), (server, client) -> {
      for (String body : new String[] {"", "not json", "[]", "{}", "{\"verifiableCredential\":5}",
          "{\"a\":1,\"a\":2}", "{".repeat(500), "{\"verifiableCredential\":null}"}) {
        Response response = client.post("/credentials/verify", body);
        assertThat(response.code()).as(body).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith(ProblemDetails.CONTENT_TYPE);
        assertThat(json(response).get("status").asInt()).isEqualTo(400);
      }
    });
  }

  @Test
  void verify_bodyOverLimit_refusedNot500() {
    VerifierConfig small = new VerifierConfig(0, fixture.config().trustList(),
        fixture.config().trustAnchor(), false, true, java.time.Duration.ofSeconds(60), 2048, 2048,
        fixture.config().limits());
    String body = "{\"verifiableCredential\":\"" + "a".repeat(5000) + "\"}";
    JavalinTest.test(VerifierApp.create(VerifierSettings.of(small), fixture.clock),
        (server, client) -> {
      Response response = client.post("/credentials/verify", body);
      assertThat(response.code()).isEqualTo(413);
      // Refused by Jetty's size limit before Javalin: still problem details.
      assertThat(response.header("Content-Type")).startsWith(ProblemDetails.CONTENT_TYPE);
      assertThat(json(response).get("code").asText()).isEqualTo("BODY_TOO_LARGE");
    });
  }
}
