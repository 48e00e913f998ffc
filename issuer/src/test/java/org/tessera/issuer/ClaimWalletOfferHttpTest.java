package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.issuer.TestIssuer.achievement;
import static org.tessera.issuer.TestIssuer.issueRequest;
import static org.tessera.issuer.TestIssuer.json;
import static org.tessera.issuer.TestIssuer.post;
import static org.tessera.issuer.TestIssuer.text;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tessera.kit.testkit.JavalinTest;

/** The claim page with the real OpenID4VCI offer service behind it. */
class ClaimWalletOfferHttpTest extends HttpTestBase {

  private static final Pattern OFFER = Pattern.compile(
      "id=\"offer-link\" href=\"openid-credential-offer://\\?credential_offer_uri=([^\"]+)\"");

  @Test
  void claimPage_showsARedeemableOfferByReferenceWithTxCode() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String id = json(post(client, "/api/achievements", achievement(false))).get("id").asText();
      String url = json(post(client, "/api/credentials", issueRequest(id)))
          .get("claim").get("url").asText();

      String html = text(client.get(url.substring(TestIssuer.BASE.length())));

      Matcher offer = OFFER.matcher(html);
      assertThat(offer.find()).isTrue();
      String offerUri = URLDecoder.decode(offer.group(1), StandardCharsets.UTF_8);
      assertThat(offerUri).startsWith(TestIssuer.BASE + "/credential-offers/");
      assertThat(html).contains("<svg class=\"qr\"").containsPattern("id=\"tx-code\"[^>]*>\\S+<");
      var offerJson = json(client.get(offerUri.substring(TestIssuer.BASE.length())));
      assertThat(offerJson.get("credential_issuer").asText()).isEqualTo(TestIssuer.BASE);
      assertThat(offerJson.path("grants").fieldNames().next())
          .isEqualTo("urn:ietf:params:oauth:grant-type:pre-authorized_code");
    });
  }
}
