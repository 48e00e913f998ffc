package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.issuer.TestIssuer.BASE;
import static org.tessera.issuer.TestIssuer.json;

import com.authlete.sd.SDJWT;
import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.JWK;
import java.nio.file.Path;
import java.util.List;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.jose.Jwks;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsVerifiers;

/**
 * Institution scoping of SD-JWT VCs: a further institution's SD-JWT VC names its own base URL as
 * {@code iss}, is signed with its own key (found at the path-inserted jwt-vc-issuer address) and
 * uses its own Token Status List; only the type is the deployment's.
 */
class SdJwtInstitutionHttpTest {

  private static final String UVA = "/institutions/uva";

  @TempDir Path dir;
  private IssuerApp app;

  @BeforeEach
  void createApp() {
    app = IssuerApp.create(IssuerSettings.of(TestIssuer.config(dir)
        .withInstitutions(List.of(TestIssuer.institution(dir, "uva"),
            TestIssuer.institution(dir, "tud")))), TestIssuer.CLOCK);
  }

  @AfterEach
  void closeApp() {
    app.close();
  }

  @Test
  void sdJwtVcOfAnInstitution_usesItsIssuerUrlKeyAndStatusList() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String achievement = json(TestIssuer.post(client, UVA + "/api/achievements",
          TestIssuer.achievement(false))).get("id").asText();
      String id = json(TestIssuer.post(client, UVA + "/api/credentials",
          TestIssuer.issueRequest(achievement))).get("id").asText();
      Response link = TestIssuer.post(client, UVA + "/api/credentials/" + id + "/claim-link",
          "{\"email\": \"ada@example.org\"}");
      String claim = json(link).get("claim").get("url").asText().substring(BASE.length());
      SDJWT sdJwt = SDJWT.parse(client.get(claim + "/credential.sd-jwt").body().string());
      JWSObject jws = JWSObject.parse(sdJwt.getCredentialJwt());
      JsonNode payload = SdJwtVcHttpTest.payload(sdJwt);

      assertThat(payload.get("iss").asText()).isEqualTo(BASE + UVA);
      assertThat(payload.get("issuing_authority").asText()).isEqualTo("University uva");
      assertThat(payload.get("vct").asText()).isEqualTo(SdJwtVcHttpTest.VCT);
      assertThat(jws.getHeader().getKeyID())
          .isEqualTo(TestIssuer.DID + ":institutions:uva#uva-es256");
      JsonNode metadata = json(client.get("/.well-known/jwt-vc-issuer" + UVA));
      assertThat(metadata.get("issuer").asText()).isEqualTo(BASE + UVA);
      assertThat(verifies(metadata, jws)).isTrue();
      assertThat(verifies(json(client.get("/.well-known/jwt-vc-issuer")), jws)).isFalse();

      String uri = payload.path("status").path("status_list").get("uri").asText();
      assertThat(uri).startsWith(BASE + UVA + "/token-status/");
      String path = uri.substring(BASE.length());
      assertThat(client.get(path).code()).isEqualTo(200);
      assertThat(client.get(path.replace(UVA, "")).code()).isEqualTo(404);
      assertThat(client.get(path.replace(UVA, "/institutions/tud")).code()).isEqualTo(404);
      // A token list is not a Bitstring list, and the other way round.
      assertThat(client.get(path.replace("/token-status/", "/status/")).code()).isEqualTo(404);
    });
  }

  private static boolean verifies(JsonNode metadata, JWSObject jws) {
    List<JWK> keys = Jwks.parse(metadata.get("jwks").toString());
    return keys.stream().filter(k -> k.getKeyID().equals(jws.getHeader().getKeyID()))
        .anyMatch(k -> JwsVerifiers.verify(jws, k, JwsAlgorithm.ES256));
  }
}
