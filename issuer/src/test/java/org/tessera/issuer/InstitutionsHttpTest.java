package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.issuer.AccessControlHttpTest.as;
import static org.tessera.issuer.TestIssuer.achievement;
import static org.tessera.issuer.TestIssuer.json;
import static org.tessera.issuer.TestIssuer.post;
import static org.tessera.issuer.TestIssuer.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.JWK;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.issuer.access.AccessConfig;
import org.tessera.issuer.testdb.BothDatabasesTestBase;
import org.tessera.kit.testkit.HttpClient;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsVerifiers;
import org.tessera.shared.json.Json;

/**
 * One deployment serving the default institution and two more ("uva", "tud"): each publishes
 * its own DID, keys, achievements, status lists and OpenID4VCI metadata, and none can read or
 * change another's data, whatever the path or token.
 */
class InstitutionsHttpTest extends BothDatabasesTestBase {

  private static final String UVA = "/institutions/uva";
  private static final String TUD = "/institutions/tud";
  private static final String UVA_DID = TestIssuer.DID + ":institutions:uva";
  private static final MediaType JSON = MediaType.get("application/json");

  private IssuerApp app;

  @BeforeEach
  void createApp() {
    app = IssuerApp.create(IssuerSettings.of(TestIssuer.config(dir, database.jdbcUrl())
        .withInstitutions(List.of(TestIssuer.institution(dir, "uva"),
            TestIssuer.institution(dir, "tud")))), TestIssuer.CLOCK);
  }

  @AfterEach
  void closeApp() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void institutions_publishTheirOwnDidDocumentsAndAreListed() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      JsonNode listed = json(client.get("/institutions"));
      assertThat(listed.get("items")).extracting(i -> i.get("did").asText())
          .containsExactly(TestIssuer.DID, UVA_DID, TestIssuer.DID + ":institutions:tud");
      assertThat(listed.at("/items/1/url").asText()).isEqualTo(TestIssuer.BASE + UVA);

      JsonNode didDoc = json(client.get(UVA + "/did.json"));
      assertThat(didDoc.get("id").asText()).isEqualTo(UVA_DID);
      assertThat(didDoc.at("/verificationMethod/0/id").asText()).isEqualTo(UVA_DID + "#uva-es256");
      assertThat(text(client.get("/.well-known/did.json"))).doesNotContain("uva-es256");
      assertThat(text(client.get(UVA + "/.well-known/jwks.json"))).contains("uva-es256")
          .doesNotContain("es256-1\"");

      assertThat(client.get("/institutions/default/did.json").code()).isEqualTo(404);
      Response unknown = client.get("/institutions/nope/did.json");
      assertThat(unknown.code()).isEqualTo(404);
      assertThat(json(unknown).get("code").asText()).isEqualTo("NOT_FOUND");
    });
  }

  @Test
  void issuanceUnderAnInstitution_signsWithItsKeyAndNamesItsDidAndUrls() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      JsonNode issued = issue(client, UVA);
      JWSObject jws = JWSObject.parse(issued.get("jwt").asText());
      assertThat(jws.getHeader().getKeyID()).isEqualTo(UVA_DID + "#uva-es256");
      JWK key = JWK.parse(json(client.get(UVA + "/did.json"))
          .at("/verificationMethod/0/publicKeyJwk").toString());
      assertThat(JwsVerifiers.verify(jws, key, JwsAlgorithm.ES256)).isTrue();
      JsonNode payload = Json.parseUntrusted(jws.getPayload().toString()).orElseThrow();
      assertThat(payload.get("iss").asText()).isEqualTo(UVA_DID);
      JsonNode credential = issued.get("credential");
      assertThat(credential.at("/issuer/id").asText()).isEqualTo(UVA_DID);
      assertThat(credential.at("/issuer/name").asText()).isEqualTo("University uva");
      String achievementIri = credential.at("/credentialSubject/achievement/id").asText();
      assertThat(achievementIri).startsWith(TestIssuer.BASE + UVA + "/achievements/");
      assertThat(client.get(achievementIri.substring(TestIssuer.BASE.length())).code())
          .isEqualTo(200);

      JsonNode status = credential.get("credentialStatus");
      String listUrl = (status.isArray() ? status.get(0) : status)
          .get("statusListCredential").asText();
      assertThat(listUrl).startsWith(TestIssuer.BASE + UVA + "/status/");
      String listPath = listUrl.substring(TestIssuer.BASE.length());
      JWSObject list = JWSObject.parse(text(client.get(listPath)));
      assertThat(list.getHeader().getKeyID()).startsWith(UVA_DID + "#");
      assertThat(JwsVerifiers.verify(list, key, JwsAlgorithm.ES256)).isTrue();
      // The same documents are not served under another institution's address.
      assertThat(client.get(listPath.replace(UVA, "")).code()).isEqualTo(404);
      assertThat(client.get(listPath.replace(UVA, TUD)).code()).isEqualTo(404);
      String achievementPath = achievementIri.substring(TestIssuer.BASE.length());
      assertThat(client.get(achievementPath.replace(UVA, "")).code()).isEqualTo(404);
    });
  }

  @Test
  void anInstitutionsCredentials_areInvisibleAndUnchangeableElsewhere() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String id = issue(client, UVA).get("id").asText();

      assertThat(TestIssuer.get(client, UVA + "/api/credentials/" + id).code()).isEqualTo(200);
      for (String other : new String[] {"", TUD}) {
        Response found = TestIssuer.get(client, other + "/api/credentials/" + id);
        assertThat(found.code()).isEqualTo(404);
        assertThat(json(found).get("code").asText()).isEqualTo("CREDENTIAL_NOT_FOUND");
        assertThat(post(client, other + "/api/credentials/" + id + "/revoke", "{}").code())
            .isEqualTo(404);
        assertThat(post(client, other + "/api/credentials/" + id + "/offer", "{}").code())
            .isEqualTo(404);
        assertThat(text(TestIssuer.get(client, other + "/api/credentials"))).doesNotContain(id);
      }
      Response revoked = post(client, UVA + "/api/credentials/" + id + "/revoke", "{}");
      assertThat(revoked.code()).isEqualTo(200);
    });
  }

  @Test
  void institutionToken_servesOnlyItsInstitution() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String achievementId = json(post(client, UVA + "/api/achievements", achievement(false)))
          .get("id").asText();
      Response created = post(client, UVA + "/api/tokens",
          "{\"label\": \"uva registrar\", \"role\": \"registrar\"}");
      assertThat(created.code()).isEqualTo(201);
      JsonNode token = json(created);
      assertThat(token.get("institution").asText()).isEqualTo("uva");
      String registrar = token.get("token").asText();

      assertThat(as(client, registrar, "POST", UVA + "/api/credentials",
          TestIssuer.issueRequest(achievementId)).code()).isEqualTo(201);
      for (String other : new String[] {"", TUD}) {
        Response refused = as(client, registrar, "GET", other + "/api/credentials", "");
        assertThat(refused.code()).isEqualTo(403);
        assertThat(json(refused).get("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(as(client, registrar, "POST", other + "/credentials/issue", "{}").code())
            .isEqualTo(403);
      }
      // A double slash does not reach another institution's routes either.
      assertThat(as(client, registrar, "GET", "/institutions//tud/api/credentials", "").code())
          .isIn(403, 404);
    });
  }

  @Test
  void institutionAdmin_cannotMakeATokenWiderThanItsOwn() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String uvaAdmin = json(post(client, "/api/tokens",
          "{\"label\": \"uva admin\", \"role\": \"admin\", \"institution\": \"uva\"}"))
          .get("token").asText();

      Response own = as(client, uvaAdmin, "POST", UVA + "/api/tokens",
          "{\"label\": \"uva auditor\", \"role\": \"auditor\"}");
      assertThat(own.code()).isEqualTo(201);
      assertThat(json(own).get("institution").asText()).isEqualTo("uva");

      Response other = as(client, uvaAdmin, "POST", UVA + "/api/tokens",
          "{\"label\": \"x\", \"role\": \"admin\", \"institution\": \"tud\"}");
      assertThat(other.code()).isEqualTo(400);
      assertThat(text(other)).contains("institution");
      assertThat(as(client, uvaAdmin, "POST", "/api/tokens",
          "{\"label\": \"x\", \"role\": \"admin\"}").code()).isEqualTo(403);
      Response unknown = post(client, "/api/tokens",
          "{\"label\": \"x\", \"role\": \"admin\", \"institution\": \"nope\"}");
      assertThat(unknown.code()).isEqualTo(400);
    });
  }

  @Test
  void tokensAndAudit_showEachInstitutionOnlyItsOwn() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      issue(client, "");
      issue(client, UVA);
      issue(client, TUD);
      String uvaAuditor = json(post(client, "/api/tokens",
          "{\"label\": \"uva audit\", \"role\": \"auditor\", \"institution\": \"uva\"}"))
          .get("token").asText();
      String tudAdmin = json(post(client, TUD + "/api/tokens",
          "{\"label\": \"tud admin\", \"role\": \"admin\"}")).get("token").asText();

      JsonNode uvaEvents = json(as(client, uvaAuditor, "GET", UVA + "/api/audit?limit=100", ""));
      assertThat(uvaEvents.get("items")).isNotEmpty()
          .allSatisfy(e -> assertThat(e.get("institution").asText()).isEqualTo("uva"));
      assertThat(actions(uvaEvents)).contains("ISSUE", "ACHIEVEMENT_CREATE", "KEY_ACTIVATE");
      String export = text(as(client, uvaAuditor, "GET", UVA + "/api/audit/export", ""));
      assertThat(export.lines()).isNotEmpty()
          .allSatisfy(line -> assertThat(line).contains("\"institution\":\"uva\""));

      JsonNode all = json(TestIssuer.get(client, "/api/audit?limit=100"));
      assertThat(all.get("items")).extracting(e -> e.path("institution").asText())
          .contains("default", "uva", "tud");
      JsonNode filtered = json(TestIssuer.get(client, "/api/audit?institution=tud&limit=100"));
      assertThat(filtered.get("items")).isNotEmpty()
          .allSatisfy(e -> assertThat(e.get("institution").asText()).isEqualTo("tud"));
      assertThat(as(client, uvaAuditor, "GET", UVA + "/api/audit?institution=tud", "").code())
          .isEqualTo(403);

      JsonNode tudTokens = json(as(client, tudAdmin, "GET", TUD + "/api/tokens", ""));
      assertThat(tudTokens.get("items")).extracting(t -> t.get("label").asText())
          .containsExactly("tud admin");
      String uvaTokenId = json(TestIssuer.get(client, UVA + "/api/tokens"))
          .at("/items/0/id").asText();
      assertThat(as(client, tudAdmin, "DELETE", TUD + "/api/tokens/" + uvaTokenId, "").code())
          .isEqualTo(404);
      assertThat(json(TestIssuer.get(client, "/api/tokens")).get("items")).hasSize(2);

      assertThat(json(TestIssuer.get(client, "/api/audit/verify")).get("valid").asBoolean())
          .isTrue();
    });
  }

  @Test
  void keys_areListedAndRotatedPerInstitution() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      JsonNode uvaKeys = json(TestIssuer.get(client, UVA + "/api/keys"));
      assertThat(uvaKeys.get("items")).extracting(k -> k.get("keyId").asText())
          .containsExactly("uva-es256");
      assertThat(uvaKeys.at("/items/0/state").asText()).isEqualTo("active");
      Response foreign = post(client, UVA + "/api/keys/es256-1/retire", "{}");
      assertThat(foreign.code()).isEqualTo(404);
      assertThat(json(TestIssuer.get(client, "/api/keys")).at("/items/0/state").asText())
          .isEqualTo("active");
    });
  }

  @Test
  void idempotencyKeys_arePerInstitution() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      List<String> ids = new ArrayList<>();
      for (String prefix : new String[] {UVA, TUD}) {
        String achievementId = json(post(client, prefix + "/api/achievements",
            achievement(false))).get("id").asText();
        Response issued = client.request(prefix + "/api/credentials", b -> b
            .post(RequestBody.create(TestIssuer.issueRequest(achievementId), JSON))
            .header("Authorization", "Bearer " + TestIssuer.TOKEN)
            .header("Idempotency-Key", "batch-7-row-1"));
        assertThat(issued.code()).isEqualTo(201);
        ids.add(json(issued).get("id").asText());
      }
      assertThat(ids.get(0)).isNotEqualTo(ids.get(1));
    });
  }

  @Test
  void oid4vci_metadataAndOffersArePerInstitution() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      JsonNode inserted = json(client.get("/.well-known/openid-credential-issuer" + UVA));
      JsonNode appended = json(client.get(UVA + "/.well-known/openid-credential-issuer"));
      assertThat(inserted).isEqualTo(appended);
      assertThat(inserted.get("credential_issuer").asText()).isEqualTo(TestIssuer.BASE + UVA);
      assertThat(inserted.get("credential_endpoint").asText())
          .isEqualTo(TestIssuer.BASE + UVA + "/credential");
      assertThat(json(client.get("/.well-known/oauth-authorization-server" + UVA))
          .get("issuer").asText()).isEqualTo(TestIssuer.BASE + UVA);

      String id = issue(client, UVA).get("id").asText();
      JsonNode offer = json(post(client, UVA + "/api/credentials/" + id + "/offer", "{}"));
      String uri = offer.get("credential_offer_uri").asText();
      assertThat(uri).startsWith(TestIssuer.BASE + UVA + "/credential-offers/");
      String offerPath = uri.substring(TestIssuer.BASE.length());
      assertThat(client.get(offerPath.replace(UVA, TUD)).code()).isEqualTo(404);
      JsonNode fetched = json(client.get(offerPath));
      assertThat(fetched.get("credential_issuer").asText()).isEqualTo(TestIssuer.BASE + UVA);
      String code = fetched.at("/grants/urn:ietf:params:oauth:grant-type:pre-authorized_code"
          + "/pre-authorized_code").asText();

      // Another institution's token endpoint does not know the code, and does not burn it.
      Response elsewhere = token(client, TUD, code);
      assertThat(elsewhere.code()).isEqualTo(400);
      assertThat(json(elsewhere).get("error").asText()).isEqualTo("invalid_grant");
      assertThat(token(client, "", code).code()).isEqualTo(400);
      assertThat(token(client, UVA, code).code()).isEqualTo(200);
    });
  }

  @Test
  void claimLinks_liveUnderTheirInstitution() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String url = issue(client, UVA).at("/claim/url").asText();
      assertThat(url).startsWith(TestIssuer.BASE + UVA + "/claim/");
      String path = url.substring(TestIssuer.BASE.length());
      Response page = client.get(path);
      assertThat(page.code()).isEqualTo(200);
      assertThat(text(page)).contains("University uva")
          .contains(UVA + "/assets/claim.css");
      assertThat(client.get(path.replace(UVA, "")).code()).isEqualTo(404);
      assertThat(client.get(path.replace(UVA, TUD)).code()).isEqualTo(404);
      assertThat(client.get(UVA + "/assets/claim.css").code()).isEqualTo(200);
    });
  }

  @Test
  void metrics_countIssuanceAndRevocationPerInstitution() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String id = issue(client, UVA).get("id").asText();
      issue(client, "");
      assertThat(post(client, UVA + "/api/credentials/" + id + "/revoke", "{}").code())
          .isEqualTo(200);
      assertThat(text(client.get("/metrics")))
          .contains("tessera_credentials_issued_total{institution=\"uva\"} 1.0")
          .contains("tessera_credentials_issued_total{institution=\"default\"} 1.0")
          .contains("tessera_credential_status_changes_total{action=\"revoke\","
              + "institution=\"uva\"} 1.0")
          .contains("route=\"/institutions/{institution}/api/credentials\"")
          .doesNotContain(id);
    });
  }

  @Test
  void adminRoutesUnderAnInstitution_areNoStoreAndOutsideTheIpBudget() {
    app.close();
    app = IssuerApp.create(IssuerSettings.of(TestIssuer.config(dir, database.jdbcUrl())
            .withInstitutions(List.of(TestIssuer.institution(dir, "uva"))))
        .withAccess(new AccessConfig(2, 1000, false, java.time.Duration.ofSeconds(5),
            Optional.empty())), TestIssuer.CLOCK);
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Response token = post(client, UVA + "/api/tokens",
          "{\"label\": \"ci\", \"role\": \"registrar\"}");
      assertThat(token.code()).isEqualTo(201);
      assertThat(token.header("Cache-Control")).isEqualTo("no-store");
      for (int i = 0; i < 3; i++) {
        Response listed = TestIssuer.get(client, UVA + "/api/achievements");
        assertThat(listed.code()).as("admin request %d", i).isEqualTo(200);
        assertThat(listed.header("Cache-Control")).isEqualTo("no-store");
      }
      Response vcApi = post(client, UVA + "/credentials/issue", "{}");
      assertThat(vcApi.code()).isEqualTo(400);
      assertThat(vcApi.header("Cache-Control")).isEqualTo("no-store");
      // Public routes of the institution still count against the per-IP budget.
      assertThat(client.get(UVA + "/did.json").code()).isEqualTo(200);
      assertThat(client.get(UVA + "/did.json").code()).isEqualTo(200);
      assertThat(client.get(UVA + "/did.json").code()).isEqualTo(429);
    });
  }

  private static JsonNode issue(HttpClient client, String prefix) {
    String achievementId = json(post(client, prefix + "/api/achievements", achievement(false)))
        .get("id").asText();
    Response issued = post(client, prefix + "/api/credentials",
        TestIssuer.issueRequest(achievementId));
    assertThat(issued.code()).isEqualTo(201);
    return json(issued);
  }

  private static Response token(HttpClient client, String prefix, String code) {
    FormBody form = new FormBody.Builder()
        .add("grant_type", "urn:ietf:params:oauth:grant-type:pre-authorized_code")
        .add("pre-authorized_code", code).build();
    return client.request(prefix + "/token", b -> b.post(form));
  }

  private static List<String> actions(JsonNode page) {
    List<String> actions = new ArrayList<>();
    page.get("items").forEach(e -> actions.add(e.get("action").asText()));
    return actions;
  }
}
