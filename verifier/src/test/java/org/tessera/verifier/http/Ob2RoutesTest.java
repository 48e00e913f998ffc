package org.tessera.verifier.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.util.List;
import okhttp3.MultipartBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.json.Json;
import org.tessera.verifier.VerifierSettings;
import org.tessera.verifier.testkit.Fixture;
import org.tessera.verifier.testkit.Ob2Badges;

/** {@code POST /credentials/verify} and the page with Open Badges 2.0 assertions. */
class Ob2RoutesTest {

  private final Fixture fixture = new Fixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  private Javalin app() {
    fixture.writeTrustList(fixture.trustList(List.of(Ob2Badges.trusted(fixture.site))));
    return VerifierApp.create(VerifierSettings.of(fixture.config()), fixture.clock);
  }

  private static JsonNode json(Response response) throws java.io.IOException {
    return Json.parseUntrusted(response.body().string()).orElseThrow();
  }

  @Test
  void verify_assertionJsonWithRecipientEmail_200AsOpenBadges2() {
    ObjectNode assertion = Ob2Badges.publishHosted(fixture.site, "h1");
    ObjectNode body = Json.object().put("recipientEmail", Ob2Badges.EMAIL);
    body.set("verifiableCredential", assertion);
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.post("/credentials/verify", Json.write(body));
      JsonNode report = json(response);
      assertThat(response.code()).as(report.path("errors").toString()).isEqualTo(200);
      assertThat(report.path("format").asText()).isEqualTo("Open Badges 2.0");
      assertThat(report.path("checks").findValuesAsText("id")).contains("ob2.recipient");
      assertThat(report.toString()).doesNotContain(Ob2Badges.EMAIL);
    });
  }

  @Test
  void verify_assertionUrlWithWrongRecipient_400WithCode() {
    ObjectNode assertion = Ob2Badges.publishHosted(fixture.site, "h2");
    String body = Json.write(Json.object().put("verifiableCredential", assertion.get("id").asText())
        .put("recipientEmail", "other@example.org"));
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.post("/credentials/verify", body);
      assertThat(response.code()).isEqualTo(400);
      assertThat(json(response).path("errors").findValuesAsText("code"))
          .containsExactly("OB2_RECIPIENT_MISMATCH");
    });
  }

  @Test
  void page_hostedAssertion_saysOpenBadges2AndShowsTheBadgeClass() {
    ObjectNode assertion = Ob2Badges.publishHosted(fixture.site, "h3");
    JavalinTest.test(app(), (server, client) -> {
      MultipartBody form = new MultipartBody.Builder().setType(MultipartBody.FORM)
          .addFormDataPart("credential", Json.write(assertion)).build();
      Response response = client.request("/en/verify", b -> b.post(form));
      String html = response.body().string();
      assertThat(html).contains("data-verdict=\"valid\"").contains("data-format=\"ob2\"")
          .contains("Data Literacy").contains("Open Badges 2.0")
          .contains("data-summary=\"genuine\" data-state=\"ok\"")
          .doesNotContain("data-summary=\"cmf\" data-state=\"ok\"");
    });
  }
}
