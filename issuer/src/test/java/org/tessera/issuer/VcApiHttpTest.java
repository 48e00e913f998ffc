package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.issuer.TestIssuer.achievement;
import static org.tessera.issuer.TestIssuer.issueRequest;
import static org.tessera.issuer.TestIssuer.json;
import static org.tessera.issuer.TestIssuer.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.json.Json;

class VcApiHttpTest extends HttpTestBase {

  /** A valid unsigned credential: one of ours with its id and status taken away. */
  private static ObjectNode unsigned(org.tessera.kit.testkit.HttpClient client) {
    String achievementId = json(post(client, "/api/achievements", achievement(false)))
        .get("id").asText();
    ObjectNode credential = (ObjectNode) json(post(client, "/api/credentials",
        issueRequest(achievementId))).get("credential").deepCopy();
    credential.remove("id");
    credential.remove("credentialStatus");
    return credential;
  }

  @Test
  void issue_validCredential_returnsEnvelopedJwtWithRevocationEntry() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      ObjectNode body = Json.object();
      body.set("credential", unsigned(client));
      body.putObject("options");

      Response response = post(client, "/credentials/issue", Json.write(body));

      assertThat(response.code()).isEqualTo(201);
      JsonNode vc = json(response).get("verifiableCredential");
      assertThat(vc.get("type").asText()).isEqualTo("EnvelopedVerifiableCredential");
      String id = vc.get("id").asText();
      assertThat(id).startsWith("data:application/vc+jwt,");
      ObjectNode signed = CredentialJwt.parse(id.substring(id.indexOf(',') + 1))
          .orElseThrow().credential();
      assertThat(signed.at("/credentialStatus/statusPurpose").asText()).isEqualTo("revocation");
      assertThat(signed.get("credentialStatus")).hasSize(5);
      assertThat(signed.get("id").asText()).startsWith("urn:uuid:");
    });
  }

  @Test
  void issue_foreignIssuer_is400NamingIssuer() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      ObjectNode credential = unsigned(client);
      ((ObjectNode) credential.get("issuer")).put("id", "did:web:elsewhere.example");
      ObjectNode body = Json.object();
      body.set("credential", credential);

      Response response = post(client, "/credentials/issue", Json.write(body));

      assertThat(response.code()).isEqualTo(400);
      assertThat(json(response).at("/errors/0/field").asText()).isEqualTo("credential.issuer");
    });
  }

  @Test
  void issue_schemaViolation_is400() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      ObjectNode credential = unsigned(client);
      credential.putArray("type").add("VerifiableCredential");
      ObjectNode body = Json.object();
      body.set("credential", credential);

      Response response = post(client, "/credentials/issue", Json.write(body));

      assertThat(response.code()).isEqualTo(400);
      assertThat(json(response).get("code").asText()).isEqualTo("VALIDATION_FAILED");
    });
  }

  @Test
  void issue_issuerAsBareDidAndAchievementById_filledFromProfileAndCatalogue() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      ObjectNode ours = unsigned(client);
      ObjectNode credential = ours.deepCopy();
      credential.put("issuer", ours.at("/issuer/id").asText());
      credential.remove("name");
      credential.remove("validFrom");
      ObjectNode achievement = ((ObjectNode) credential.at("/credentialSubject")).putObject(
          "achievement");
      achievement.put("id", ours.at("/credentialSubject/achievement/id").asText());

      ObjectNode signed = signed(post(client, "/credentials/issue", body(credential)));

      assertThat(signed.get("issuer")).isEqualTo(ours.get("issuer"));
      assertThat(signed.at("/credentialSubject/achievement"))
          .isEqualTo(ours.at("/credentialSubject/achievement"));
      assertThat(signed.get("name")).isEqualTo(ours.get("name"));
      assertThat(signed.get("validFrom").asText()).isEqualTo(TestIssuer.CLOCK.instant()
          .toString());
    });
  }

  @Test
  void issue_issuerFieldsOfAnotherInstitution_are400NamingTheField() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Map<String, java.util.function.Consumer<ObjectNode>> forgeries = new LinkedHashMap<>();
      forgeries.put("credential.issuer.name",
          c -> ((ObjectNode) c.get("issuer")).put("name", "University of Elsewhere"));
      forgeries.put("credential.issuer.url",
          c -> ((ObjectNode) c.get("issuer")).put("url", "https://elsewhere.example"));
      forgeries.put("credential.credentialSubject.achievement.creator",
          c -> ((ObjectNode) c.at("/credentialSubject/achievement/creator"))
              .put("name", "University of Elsewhere"));
      forgeries.put("credential.credentialSubject.achievement.name",
          c -> ((ObjectNode) c.at("/credentialSubject/achievement")).put("name", "MSc Physics"));
      forgeries.put("credential.credentialSubject.achievement.id",
          c -> ((ObjectNode) c.at("/credentialSubject/achievement")).put("id",
              c.at("/credentialSubject/achievement/id").asText()
                  .replace(TestIssuer.BASE, "https://elsewhere.example")));
      forgeries.put("credential.name", c -> c.put("name", "MSc Physics"));
      forgeries.put("credential.validFrom", c -> c.put("validFrom",
          TestIssuer.CLOCK.instant().minusSeconds(3600).toString()));
      ObjectNode ours = unsigned(client);
      forgeries.forEach((field, forge) -> {
        ObjectNode credential = ours.deepCopy();
        forge.accept(credential);

        Response response = post(client, "/credentials/issue", body(credential));

        assertThat(response.code()).as(field).isEqualTo(400);
        assertThat(json(response).at("/errors/0/field").asText()).isEqualTo(field);
      });
    });
  }

  @Test
  void issue_unknownAchievementId_is400() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      ObjectNode credential = unsigned(client);
      ((ObjectNode) credential.at("/credentialSubject/achievement")).put("id",
          TestIssuer.BASE + "/achievements/00000000-0000-4000-8000-000000000000");

      Response response = post(client, "/credentials/issue", body(credential));

      assertThat(response.code()).isEqualTo(400);
      assertThat(json(response).at("/errors/0/field").asText())
          .isEqualTo("credential.credentialSubject.achievement.id");
    });
  }

  @Test
  void issue_callersRelatedResource_keptBeforeTheIssuersDigestsOfCmfFiles() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      ObjectNode credential = unsigned(client);
      JsonNode ours = credential.remove("relatedResource");
      credential.putObject("relatedResource").put("id", "https://example.org/syllabus.pdf")
          .put("digestSRI", "sha384-AAAA");

      ObjectNode signed = signed(post(client, "/credentials/issue", body(credential)));

      assertThat(signed.get("relatedResource")).hasSize(3);
      assertThat(signed.at("/relatedResource/0/id").asText())
          .isEqualTo("https://example.org/syllabus.pdf");
      assertThat(signed.get("relatedResource").get(1)).isEqualTo(ours.get(0));
      assertThat(signed.get("relatedResource").get(2)).isEqualTo(ours.get(1));
    });
  }

  @Test
  void issue_otherDigestForTheCmfContext_is400NamingRelatedResource() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      ObjectNode credential = unsigned(client);
      ((ObjectNode) credential.get("relatedResource").get(0)).put("digestSRI", "sha384-AAAA");

      Response response = post(client, "/credentials/issue", body(credential));

      assertThat(response.code()).isEqualTo(400);
      assertThat(json(response).at("/errors/0/field").asText())
          .isEqualTo("credential.relatedResource");
    });
  }

  private static String body(ObjectNode credential) {
    ObjectNode body = Json.object();
    body.set("credential", credential);
    return Json.write(body);
  }

  private static ObjectNode signed(Response response) {
    assertThat(response.code()).isEqualTo(201);
    String id = json(response).at("/verifiableCredential/id").asText();
    return CredentialJwt.parse(id.substring(id.indexOf(',') + 1)).orElseThrow().credential();
  }
}
