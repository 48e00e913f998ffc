package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.issuer.TestIssuer.achievement;
import static org.tessera.issuer.TestIssuer.issueRequest;
import static org.tessera.issuer.TestIssuer.json;
import static org.tessera.issuer.TestIssuer.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.testtools.JavalinTest;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.json.Json;

class VcApiHttpTest extends HttpTestBase {

  /** A valid unsigned credential: one of ours with its id and status taken away. */
  private static ObjectNode unsigned(io.javalin.testtools.HttpClient client) {
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
    JavalinTest.test(app.javalin(), (server, client) -> {
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
    JavalinTest.test(app.javalin(), (server, client) -> {
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
    JavalinTest.test(app.javalin(), (server, client) -> {
      ObjectNode credential = unsigned(client);
      ((ObjectNode) credential.at("/credentialSubject/achievement")).remove("microCredential");
      ObjectNode body = Json.object();
      body.set("credential", credential);

      Response response = post(client, "/credentials/issue", Json.write(body));

      assertThat(response.code()).isEqualTo(400);
      assertThat(json(response).get("code").asText()).isEqualTo("VALIDATION_FAILED");
    });
  }
}
