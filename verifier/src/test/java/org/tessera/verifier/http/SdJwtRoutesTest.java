package org.tessera.verifier.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import okhttp3.MultipartBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.json.Json;
import org.tessera.verifier.testkit.SdJwtVectors;

/** {@code POST /credentials/verify} and the page with SD-JWT VCs (vectors/sdjwt). */
class SdJwtRoutesTest {

  private final SdJwtVectors.Served served = new SdJwtVectors.Served();
  private final String genuine = SdJwtVectors.genuine();

  @AfterEach
  void close() {
    served.close();
  }

  /** Title (plain), ECTS and EQF disclosed, with a KB-JWT for the expected nonce and audience. */
  private String selective(String nonce, String audience) {
    return SdJwtVectors.selective(genuine, List.of("ects_credits", "eqf_level"), nonce,
        audience);
  }

  private static String body(String sdJwt, String nonce, String audience) {
    ObjectNode body = Json.object().put("verifiableCredential", sdJwt);
    body.putObject("options").put("nonce", nonce).put("audience", audience);
    return Json.write(body);
  }

  private static JsonNode json(Response response) throws IOException {
    return Json.parseUntrusted(response.body().string()).orElseThrow();
  }

  @Test
  void verify_selectiveWithKeyBinding_200WithOnlyTheDisclosedClaims() {
    String body = body(selective(SdJwtVectors.NONCE, SdJwtVectors.AUDIENCE),
        SdJwtVectors.NONCE, SdJwtVectors.AUDIENCE);
    JavalinTest.test(served.app(), (server, client) -> {
      Response response = client.post("/credentials/verify", body);
      JsonNode report = json(response);
      assertThat(response.code()).as(report.path("checks").toString()).isEqualTo(200);
      assertThat(report.path("format").asText()).isEqualTo("SD-JWT VC");
      assertThat(report.path("sdJwt").path("disclosed").toString())
          .isEqualTo("[\"ects_credits\",\"eqf_level\"]");
      assertThat(report.path("sdJwt").path("holderBound").asBoolean()).isTrue();
      assertThat(report.path("sdJwt").path("cmfFacts").path("ects").asInt()).isEqualTo(5);
      assertThat(report.path("sdJwt").path("cmfFacts").path("hours").asText())
          .isEqualTo("not disclosed");
      JsonNode credential = report.path("credential");
      assertThat(credential.path("achievement_title").asText())
          .isEqualTo("Data Stewardship for Researchers");
      assertThat(credential.has("name")).isFalse();
      assertThat(credential.has("learner_identification")).isFalse();
      assertThat(credential.has("_sd")).isFalse();
      assertThat(report.path("cmf").isMissingNode()).isTrue();
    });
  }

  @Test
  void verify_wrongNonce_400NonceMismatch() {
    String body = body(selective("stale", SdJwtVectors.AUDIENCE), SdJwtVectors.NONCE,
        SdJwtVectors.AUDIENCE);
    JavalinTest.test(served.app(), (server, client) -> {
      Response response = client.post("/credentials/verify", body);
      assertThat(response.code()).isEqualTo(400);
      assertThat(json(response).path("errors").findValuesAsText("code"))
          .containsExactly("NONCE_MISMATCH");
    });
  }

  @Test
  void verify_fullCredentialWithoutOptions_200NotBoundInThisPresentation() {
    String body = Json.write(Json.object().put("verifiableCredential", genuine));
    JavalinTest.test(served.app(), (server, client) -> {
      Response response = client.post("/credentials/verify", body);
      JsonNode report = json(response);
      assertThat(response.code()).isEqualTo(200);
      JsonNode kb = report.path("checks").findParents("id").stream()
          .filter(c -> c.path("id").asText().equals("sdjwt.keyBinding")).findFirst().orElseThrow();
      assertThat(kb.path("status").asText()).isEqualTo("skipped");
      assertThat(kb.path("message").asText()).contains("not bound to a holder in this presentation");
      assertThat(report.path("credential").path("name").asText()).isEqualTo("Ada Lovelace");
    });
  }

  @Test
  void verify_oversizedSdJwt_400Malformed() {
    String body = Json.write(Json.object().put("verifiableCredential",
        genuine + "A".repeat(70_000) + "~"));
    JavalinTest.test(served.app(), (server, client) -> {
      Response response = client.post("/credentials/verify", body);
      assertThat(response.code()).isEqualTo(400);
      assertThat(json(response).path("errors").findValuesAsText("code"))
          .containsExactly("SD_JWT_MALFORMED");
    });
  }

  @Test
  void page_selectiveDisclosure_showsTitleEctsEqfAndNothingElse() {
    String sdJwt = selective(SdJwtVectors.NONCE, SdJwtVectors.AUDIENCE);
    JavalinTest.test(served.app(), (server, client) -> {
      MultipartBody form = new MultipartBody.Builder().setType(MultipartBody.FORM)
          .addFormDataPart("credential", sdJwt).build();
      String html = client.request("/en/verify", b -> b.post(form)).body().string();
      assertThat(html).contains("data-verdict=\"valid\"").contains("data-format=\"sdjwt\"")
          .contains("Data Stewardship for Researchers")
          .contains("data-field=\"ects\">5<").contains("data-field=\"eqf\">6<")
          .contains("data-fact=\"hours\">not disclosed<")
          .contains("data-holder-bound=\"true\"")
          .doesNotContain("Ada Lovelace").doesNotContain("learner_identification")
          .doesNotContain("Write a data management plan").doesNotContain("summative")
          .doesNotContain("blended").doesNotContain("supervised");
    });
  }

  @Test
  void page_fullCredential_inGerman_saysNotBoundInThisPresentation() {
    JavalinTest.test(served.app(), (server, client) -> {
      MultipartBody form = new MultipartBody.Builder().setType(MultipartBody.FORM)
          .addFormDataPart("credential", genuine).build();
      String html = client.request("/de/verify", b -> b.post(form)).body().string();
      assertThat(html).contains("data-verdict=\"valid\"").contains("data-holder-bound=\"false\"")
          .contains("Ada Lovelace").contains("In dieser Vorlage an keine Inhaberin");
    });
  }
}
