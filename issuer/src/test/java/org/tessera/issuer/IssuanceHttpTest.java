package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.issuer.TestIssuer.achievement;
import static org.tessera.issuer.TestIssuer.get;
import static org.tessera.issuer.TestIssuer.issueRequest;
import static org.tessera.issuer.TestIssuer.json;
import static org.tessera.issuer.TestIssuer.post;
import static org.tessera.issuer.TestIssuer.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.JWK;
import java.util.List;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.jose.Jwks;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsVerifiers;
import org.tessera.shared.json.Json;
import org.tessera.shared.schema.CredentialSchemaValidator;

class IssuanceHttpTest extends HttpTestBase {

  @Test
  void issue_validRequest_jwtVerifiesWithPublishedJwksAndPassesBothSchemas() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String achievementId = json(post(client, "/api/achievements", achievement(false)))
          .get("id").asText();

      Response response = post(client, "/api/credentials", issueRequest(achievementId));

      assertThat(response.code()).isEqualTo(201);
      JsonNode issued = json(response);
      JWSObject jws = JWSObject.parse(issued.get("jwt").asText());
      assertThat(jws.getHeader().getKeyID()).isEqualTo(TestIssuer.DID + "#es256-1");
      List<JWK> keys = Jwks.parse(text(client.get("/.well-known/jwks.json")));
      // JWKS clients select the key whose kid equals the header kid.
      JWK key = keys.stream().filter(k -> jws.getHeader().getKeyID().equals(k.getKeyID()))
          .findFirst().orElseThrow();
      assertThat(JwsVerifiers.verify(jws, key, JwsAlgorithm.ES256)).isTrue();
      ObjectNode payload = Json.parseUntrustedObject(jws.getPayload().toString()).orElseThrow();
      assertThat(payload.get("iss").asText()).isEqualTo(TestIssuer.DID);
      assertThat(payload.get("jti").asText()).isEqualTo("urn:uuid:" + issued.get("id").asText());
      ObjectNode credential = (ObjectNode) issued.get("credential");
      assertThat(new CredentialSchemaValidator().validate(credential)).isEmpty();
      assertThat(credential.get("credentialSchema")).hasSize(2);
    });
  }

  @Test
  void issue_neverPutsPlainEmailInCredential() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String achievementId = json(post(client, "/api/achievements", achievement(false)))
          .get("id").asText();

      String body = text(post(client, "/api/credentials", issueRequest(achievementId)));

      assertThat(body).doesNotContain("ada@example.org").contains("sha256$");
    });
  }

  @Test
  void issue_learnerDid_becomesSubjectId() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String achievementId = json(post(client, "/api/achievements", achievement(false)))
          .get("id").asText();
      String request = """
          {"achievementId": "%s", "learner": {"name": "Ada", "email": "ada@example.org",
           "did": "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"}}
          """.formatted(achievementId);

      JsonNode issued = json(post(client, "/api/credentials", request));

      assertThat(issued.at("/credential/credentialSubject/id").asText())
          .isEqualTo("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK");
    });
  }

  @Test
  void issue_badLearner_namesEachField() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String achievementId = json(post(client, "/api/achievements", achievement(false)))
          .get("id").asText();
      String request = """
          {"achievementId": "%s", "learner": {"email": "not-an-address", "did": "did:nope"}}
          """.formatted(achievementId);

      Response response = post(client, "/api/credentials", request);

      assertThat(response.code()).isEqualTo(400);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
      JsonNode problem = json(response);
      assertThat(problem.get("errors").findValuesAsText("field"))
          .containsExactlyInAnyOrder("learner.name", "learner.email", "learner.did");
      assertThat(problem.toString()).doesNotContain("not-an-address");
    });
  }

  @Test
  void issue_unknownAchievement_is404() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Response response = post(client, "/api/credentials",
          issueRequest("00000000-0000-4000-8000-000000000000"));

      assertThat(response.code()).isEqualTo(404);
      assertThat(json(response).get("code").asText()).isEqualTo("ACHIEVEMENT_NOT_FOUND");
    });
  }

  @Test
  void getCredential_afterIssue_returnsStateWithoutRevocation() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String achievementId = json(post(client, "/api/achievements", achievement(false)))
          .get("id").asText();
      String id = json(post(client, "/api/credentials", issueRequest(achievementId)))
          .get("id").asText();

      JsonNode found = json(get(client, "/api/credentials/" + id));
      JsonNode listed = json(get(client, "/api/credentials?limit=10"));

      assertThat(found.at("/status/revoked").asBoolean()).isFalse();
      assertThat(found.has("jwt")).isTrue();
      assertThat(listed.get("total").asInt()).isEqualTo(1);
      assertThat(listed.at("/items/0/id").asText()).isEqualTo(id);
      assertThat(listed.at("/items/0").has("jwt")).isFalse();
    });
  }
}
