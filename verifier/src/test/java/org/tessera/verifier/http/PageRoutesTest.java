package org.tessera.verifier.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.verifier.http.PageTestSupport.body;
import static org.tessera.verifier.http.PageTestSupport.postForm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.badge.BakedBadges;
import org.tessera.shared.status.BitstringStatusList;
import org.tessera.shared.status.StatusPurpose;
import org.tessera.verifier.testkit.Fixture;

class PageRoutesTest extends PageAppTestBase {

  @Test
  void form_get_accessibleFormWithSecurityHeaders() {
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.get("/");
      String html = body(response);
      assertThat(response.code()).isEqualTo(200);
      assertThat(html).contains("<html lang=\"en\">", "<main id=\"main\"",
          "<label for=\"credential\">", "<label for=\"file\">", "method=\"post\"",
          "enctype=\"multipart/form-data\"", "<script src=\"/assets/page.js\" defer>");
      // No inline script anywhere: the CSP forbids it.
      assertThat(html.split("<script").length - 1).isEqualTo(1);
      assertThat(response.header("Content-Security-Policy"))
          .contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe");
      assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
    });
  }

  @Test
  void form_uploadHint_statesTheConfiguredLimits() {
    JavalinTest.test(app(), (server, client) -> {
      assertThat(body(client.get("/en/"))).contains(
          ".jwt or .json up to 1\u00a0MB; badge image (.png or .svg) or PDF certificate up to 8\u00a0MiB");
      assertThat(body(client.get("/fr/"))).contains("jusqu’à 1\u00a0Mo", "jusqu’à 8\u00a0Mio");
    });
  }

  @Test
  void form_germanPrefix_germanPageAndLanguageCookie() {
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.get("/de/");
      assertThat(body(response)).contains("<html lang=\"de\">", "Prüfen",
          "action=\"/de/verify\"");
      assertThat(response.header("Set-Cookie")).startsWith("lang=de").contains("HttpOnly");
    });
  }

  @Test
  void form_acceptLanguageDutch_dutchPage() {
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.request("/", b -> b.header("Accept-Language", "nl-BE,nl;q=0.9"));
      assertThat(body(response)).contains("<html lang=\"nl\">", "Verifiëren");
    });
  }

  @Test
  void form_unknownLanguagePrefix_404() {
    JavalinTest.test(app(), (server, client) ->
        assertThat(client.get("/xx/").code()).isEqualTo(404));
  }

  @Test
  void assets_served_withTypes() {
    JavalinTest.test(app(), (server, client) -> {
      Response js = client.get("/assets/page.js");
      assertThat(js.header("Content-Type")).startsWith("text/javascript");
      assertThat(body(js)).contains("BarcodeDetector");
      assertThat(client.get("/assets/page.css").header("Content-Type")).startsWith("text/css");
      assertThat(client.get("/assets/other.js").code()).isEqualTo(404);
      // The QR decoder for browsers without BarcodeDetector, served from the jar.
      Response jsQr = client.get("/assets/jsqr.js");
      assertThat(jsQr.header("Content-Type")).startsWith("text/javascript");
      assertThat(body(jsQr)).contains("root[\"jsQR\"] = factory()");
      assertThat(client.get("/assets/README.md").code()).isEqualTo(404);
    });
  }

  @Test
  void verify_validPasted_validBannerTrustListIssuerAndCmfFields() {
    String jwt = fixture.sign(fixture.credential());
    JavalinTest.test(app(), (server, client) -> {
      Response response = postForm(client, "/verify", Map.of("credential", jwt));
      String html = body(response);
      assertThat(response.code()).isEqualTo(200);
      assertThat(response.header("Cache-Control")).isEqualTo("no-store");
      assertThat(html).contains("data-verdict=\"valid\"", ">Valid</h2>",
          "Ana Example earned <cite>Databases I</cite>",
          Fixture.ISSUER_NAME, "EU-CMF", "EQF levels 5 to 8", "Ana Example",
          "data-field=\"ects\">5<", "data-field=\"eqf\">6<", "data-field=\"hours\">",
          "data-field=\"title\">Databases I<", "data-cmf=\"true\"",
          "data-check=\"signature\" data-status=\"passed\"", "<details class=\"raw\">",
          "action=\"/receipts\"", "action=\"/en/shares\"");
    });
  }

  @Test
  void verify_revoked_revokedBannerInGerman() {
    fixture.publishStatusList(StatusPurpose.REVOCATION,
        BitstringStatusList.create(131_072).with(Fixture.STATUS_INDEX, true), Map.of());
    String jwt = fixture.sign(fixture.credential());
    JavalinTest.test(app(), (server, client) -> {
      String html = body(postForm(client, "/de/verify", Map.of("credential", jwt)));
      assertThat(html).contains("data-verdict=\"revoked\"", ">Widerrufen</h2>",
          "hat diesen Nachweis widerrufen");
    });
  }

  @Test
  void verify_tampered_invalidAndNoContentShown() {
    String jwt = fixture.sign(fixture.credential());
    String[] parts = jwt.split("\\.");
    char flipped = parts[1].charAt(10) == 'A' ? 'B' : 'A';
    String tampered = parts[0] + "." + parts[1].substring(0, 10) + flipped
        + parts[1].substring(11) + "." + parts[2];
    JavalinTest.test(app(), (server, client) -> {
      String html = body(postForm(client, "/verify", Map.of("credential", tampered)));
      assertThat(html).contains("data-verdict=\"invalid\"").doesNotContain("Ana Example")
          .doesNotContain("<details class=\"raw\">");
    });
  }

  @Test
  void verify_scriptInCredentialName_renderedEscaped() {
    ObjectNode credential = fixture.credential();
    ObjectNode achievement =
        (ObjectNode) credential.get("credentialSubject").get("achievement");
    achievement.put("name", "<script>alert(1)</script>");
    ObjectNode nameId = (ObjectNode) credential.get("credentialSubject").get("identifier").get(1);
    nameId.put("identityHash", "Eve \"><img src=x onerror=alert(2)>");
    String jwt = fixture.sign(credential);
    JavalinTest.test(app(), (server, client) -> {
      String html = body(postForm(client, "/verify", Map.of("credential", jwt)));
      assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;",
          "Eve &quot;&gt;&lt;img src=x onerror=alert(2)&gt;");
      assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x");
    });
  }

  @Test
  void verify_nothingSubmitted_400FormWithError() {
    JavalinTest.test(app(), (server, client) -> {
      Response response = postForm(client, "/verify", Map.of("credential", "  "));
      assertThat(response.code()).isEqualTo(400);
      assertThat(body(response)).contains("role=\"alert\"", "Please paste a credential");
    });
  }

  @Test
  void verify_uploadedBakedPng_verifiesEmbeddedCredential() throws IOException {
    byte[] baked = BakedBadges.bakePng(png(), fixture.sign(fixture.credential()));
    JavalinTest.test(app(), (server, client) -> {
      MultipartBody form = new MultipartBody.Builder().setType(MultipartBody.FORM)
          .addFormDataPart("credential", "")
          .addFormDataPart("file", "badge.png", RequestBody.create(baked,
              MediaType.get("image/png"))).build();
      String html = body(client.request("/verify", b -> b.post(form)));
      assertThat(html).contains("data-verdict=\"valid\"", "Ana Example");
    });
  }

  @Test
  void verify_uploadedImageWithoutCredential_unreadableError() throws IOException {
    byte[] plain = png();
    JavalinTest.test(app(), (server, client) -> {
      MultipartBody form = new MultipartBody.Builder().setType(MultipartBody.FORM)
          .addFormDataPart("file", "photo.png", RequestBody.create(plain,
              MediaType.get("image/png"))).build();
      Response response = client.request("/verify", b -> b.post(form));
      assertThat(response.code()).isEqualTo(400);
      assertThat(body(response)).contains("does not contain a credential");
    });
  }

  @Test
  void verify_queryStringCredential_ignored() {
    String jwt = fixture.sign(fixture.credential());
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.request("/verify?credential=" + jwt,
          b -> b.post(new okhttp3.FormBody.Builder().build()));
      assertThat(response.code()).isEqualTo(400);
      assertThat(body(response)).doesNotContain("data-verdict");
    });
  }

  static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

}
