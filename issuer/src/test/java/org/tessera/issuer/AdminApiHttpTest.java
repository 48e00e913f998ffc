package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.issuer.TestIssuer.achievement;
import static org.tessera.issuer.TestIssuer.json;
import static org.tessera.issuer.TestIssuer.post;
import static org.tessera.issuer.TestIssuer.postWithoutAuth;
import static org.tessera.issuer.TestIssuer.text;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.did.DidDocument;
import org.tessera.shared.json.Json;

class AdminApiHttpTest extends HttpTestBase {

  @Test
  void adminApi_withoutOrWithWrongToken_is401WithChallenge() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Response none = postWithoutAuth(client, "/api/achievements", achievement(false));
      Response wrong = client.request("/api/credentials",
          b -> b.get().header("Authorization", "Bearer " + TestIssuer.TOKEN + "x"));
      Response vcApi = postWithoutAuth(client, "/credentials/issue", "{}");

      for (Response r : new Response[] {none, wrong, vcApi}) {
        assertThat(r.code()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(json(r).get("code").asText()).isEqualTo("UNAUTHORIZED");
      }
      assertThat(json(TestIssuer.get(client, "/api/achievements")).get("items")).isEmpty();
    });
  }

  @Test
  void createAchievement_invalid_namesEveryBadField() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      ObjectNodeEdit edit = new ObjectNodeEdit(achievement(false));
      edit.json.remove("name");
      edit.json.put("eqfLevel", 9);
      edit.json.put("participationForm", "by-post");
      ((com.fasterxml.jackson.databind.node.ObjectNode) edit.json.get("assessment"))
          .remove("summative");
      edit.json.put("colour", "blue");

      Response response = post(client, "/api/achievements", edit.text());

      assertThat(response.code()).isEqualTo(400);
      assertThat(json(response).get("errors").findValuesAsText("field"))
          .containsExactlyInAnyOrder("name", "eqfLevel", "participationForm",
              "assessment.summative", "colour");
    });
  }

  @Test
  void createAchievement_valid_isServedPubliclyAtItsId() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Response created = post(client, "/api/achievements", achievement(false));
      assertThat(created.code()).isEqualTo(201);
      JsonNode body = json(created);
      String id = body.get("id").asText();

      JsonNode published = json(client.get("/achievements/" + id));

      assertThat(body.at("/achievement/id").asText())
          .isEqualTo(TestIssuer.BASE + "/achievements/" + id);
      assertThat(published.get("id").asText()).isEqualTo(TestIssuer.BASE + "/achievements/" + id);
      assertThat(published.get("achievementType").asText()).isEqualTo("MicroCredential");
      assertThat(published.at("/microCredential/volumeOfLearning").asText()).isEqualTo("PT125H");
      assertThat(published.at("/creator/address/addressCountry").asText()).isEqualTo("BE");
      assertThat(client.get("/achievements/unknown").code()).isEqualTo(404);
    });
  }

  @Test
  void malformedJson_is400Problem() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Response response = post(client, "/api/achievements", "{\"name\": \"a\", \"name\": \"b\"}");

      assertThat(response.code()).isEqualTo(400);
      assertThat(json(response).get("code").asText()).isEqualTo("MALFORMED_JSON");
    });
  }

  @Test
  void oversizedBody_is413() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String huge = "{\"name\": \"" + "x".repeat(300 * 1024) + "\"}";

      Response response = post(client, "/api/achievements", huge);

      assertThat(response.code()).isEqualTo(413);
    });
  }

  @Test
  void unknownRoute_is404Problem() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Response response = client.get("/nothing-here");

      assertThat(response.code()).isEqualTo(404);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    });
  }

  @Test
  void didDocument_listsActiveKeyUnderIssuerDid() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      DidDocument document = DidDocument.fromJson(
          json(client.get("/.well-known/did.json"))).orElseThrow();

      assertThat(document.id()).isEqualTo(TestIssuer.DID);
      assertThat(document.key(TestIssuer.DID + "#es256-1")).isPresent();
      assertThat(text(client.get("/.well-known/jwks.json"))).doesNotContain("\"d\"");
    });
  }

  @Test
  void cmfContextAndSchema_areServed() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Response context = client.get("/contexts/cmf-v1.jsonld");
      Response schema = client.get("/schemas/cmf-v1.json");

      assertThat(context.code()).isEqualTo(200);
      assertThat(json(context).has("@context")).isTrue();
      assertThat(schema.code()).isEqualTo(200);
      assertThat(json(schema).has("$schema")).isTrue();
    });
  }

  /** Small helper to edit a JSON text in a test. */
  private static final class ObjectNodeEdit {
    final com.fasterxml.jackson.databind.node.ObjectNode json;

    ObjectNodeEdit(String text) {
      this.json = Json.parseUntrustedObject(text).orElseThrow();
    }

    String text() {
      return Json.write(json);
    }
  }
}
