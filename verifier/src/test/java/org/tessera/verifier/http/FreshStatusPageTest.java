package org.tessera.verifier.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.verifier.http.PageTestSupport.body;
import static org.tessera.verifier.http.PageTestSupport.postForm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.did.DidJwk;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.json.Json;
import org.tessera.shared.status.BitstringStatusList;
import org.tessera.shared.status.StatusPurpose;
import org.tessera.verifier.testkit.Fixture;

/**
 * Pages revalidate status lists (decision 0050) and never dress up a credential that did not
 * verify: no green standards line, no share button.
 */
class FreshStatusPageTest extends PageAppTestBase {

  private static final Map<String, String> CACHEABLE_V1 =
      Map.of("ETag", "\"v1\"", "Cache-Control", "public, max-age=300");
  private static final Map<String, String> CACHEABLE_V2 =
      Map.of("ETag", "\"v2\"", "Cache-Control", "public, max-age=300");

  private static String cmfSection(String html) {
    return html.substring(html.indexOf("<section aria-labelledby=\"cmf-title\""),
        html.indexOf("</section>", html.indexOf("aria-labelledby=\"cmf-title\"")));
  }

  @Test
  void sharePage_afterRevocation_revokedAtOnceWhileTheApiAnswersFromItsCache() {
    fixture.publishStatusList(StatusPurpose.REVOCATION, BitstringStatusList.create(131_072),
        CACHEABLE_V1);
    String jwt = fixture.sign(fixture.credential());
    JavalinTest.test(app(), (server, client) -> {
      String url = Json.parseUntrusted(body(client.post("/shares",
          "{\"credential\":\"" + jwt + "\"}"))).orElseThrow().get("url").asText();
      String path = url.substring("https://verify.example".length());
      assertThat(body(client.get(path))).contains("data-verdict=\"valid\"",
          "data-status-checked", "Revocation checked with the issuer on 15 January 2026");

      fixture.publishStatusList(StatusPurpose.REVOCATION,
          BitstringStatusList.create(131_072).with(Fixture.STATUS_INDEX, true), CACHEABLE_V2);
      assertThat(client.post("/credentials/verify", "{\"verifiableCredential\":\"" + jwt
          + "\"}").code()).as("the bulk API keeps its cache for the list's ttl").isEqualTo(200);

      String revoked = body(client.get(path));
      assertThat(revoked).contains("data-verdict=\"revoked\"", ">Revoked</h2>",
          "data-summary=\"current\" data-state=\"no\"", "Revoked by the issuer",
          "data-status-checked");
      assertThat(cmfSection(revoked)).contains("class=\"info\"").doesNotContain("class=\"ok\"");
      assertThat(revoked).doesNotContain("id=\"share\"", "data-state=\"ok\" class=\"sum sum-ok\">"
          + "<span class=\"mark\" aria-hidden=\"true\"></span>Meets");
    });
  }

  @Test
  void resultPage_unchangedList_revalidatedWithNotModified() {
    fixture.publishStatusList(StatusPurpose.REVOCATION, BitstringStatusList.create(131_072),
        CACHEABLE_V1);
    String jwt = fixture.sign(fixture.credential());
    JavalinTest.test(app(), (server, client) -> {
      for (int i = 0; i < 2; i++) {
        assertThat(body(postForm(client, "/verify", Map.of("credential", jwt))))
            .contains("data-verdict=\"valid\"");
      }
      assertThat(fixture.site.notModified(Fixture.STATUS_PATH)).isEqualTo(1);
    });
  }

  @Test
  void resultPage_valid_credentialFirstWithGreenStandardsAndShareButton() {
    String jwt = fixture.sign(fixture.credential());
    JavalinTest.test(app(), (server, client) -> {
      String html = body(postForm(client, "/verify", Map.of("credential", jwt)));
      assertThat(html.indexOf("id=\"headline\"")).isLessThan(html.indexOf("data-verdict"));
      assertThat(html).contains("data-issuer=\"listed\"", "class=\"tag tag-ok\">accredited<",
          "<ul class=\"facts\"><li>5 ECTS</li>", "data-standard=\"recommendation\" data-met=\"true\"",
          "data-standard=\"emc-cmf\" data-met=\"true\"", "This credential: 5 ECTS",
          "id=\"share\"", "<details class=\"more\" id=\"details\">");
      assertThat(cmfSection(html)).contains("class=\"ok\"");
      String firstScreen = html.substring(0, html.indexOf("<details class=\"more\""));
      assertThat(firstScreen).doesNotContain("did:web", "did:jwk", "envelope");
    });
  }

  @Test
  void resultPage_untrustedIssuer_selfAssertedNameSetApartNoGreenNoShare() {
    JWK self = JwkGenerator.generate(JwsAlgorithm.ES256, "0");
    String didJwk = DidJwk.encode(self.toPublicJWK());
    ObjectNode credential = Fixture.credential(didJwk, fixture.statusUrl());
    String jwt = CredentialJwt.sign(credential, JwsSigners.forKey(self), JwsAlgorithm.ES256,
        didJwk + "#0");
    JavalinTest.test(app(), (server, client) -> {
      String html = body(postForm(client, "/verify", Map.of("credential", jwt)));
      assertThat(html).contains("data-verdict=\"not-trusted\"",
          "data-issuer=\"self-asserted\"", "class=\"tag tag-warn\"",
          "data-summary=\"accredited\" data-state=\"no\"")
          .doesNotContain("id=\"share\"", "tag-ok");
      assertThat(cmfSection(html)).doesNotContain("class=\"ok\"");
    });
  }
}
