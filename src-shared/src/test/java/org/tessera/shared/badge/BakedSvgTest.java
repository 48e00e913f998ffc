package org.tessera.shared.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BakedSvgTest {

  @Test
  void bakeSvg_thenExtract_returnsTheJwt() {
    String baked = BakedBadges.bakeSvg(BadgeImages.SVG, BadgeImages.JWT);

    assertThat(BakedBadges.extract(bytes(baked))).contains(BadgeImages.JWT);
  }

  @Test
  void bakeSvg_declaresTheNamespaceAndPutsTheElementFirst() {
    String baked = BakedBadges.bakeSvg(BadgeImages.SVG, BadgeImages.JWT);

    assertThat(baked).contains("xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\"")
        .contains("data-x=\"a>b\" xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\">"
            + "<openbadges:credential>" + BadgeImages.JWT + "</openbadges:credential><rect");
  }

  @Test
  void bakeSvg_jsonCredential_isWrappedInCdataAndRoundTrips() {
    String json = "{\"type\":[\"VerifiableCredential\"],\"name\":\"a < b & c\"}";

    String baked = BakedBadges.bakeSvg(BadgeImages.SVG, json);

    assertThat(baked).contains("<![CDATA[" + json + "]]>");
    assertThat(BakedBadges.extract(bytes(baked))).contains(json);
  }

  @Test
  void bakeSvg_selfClosingRoot_becomesAnElementWithTheCredential() {
    String baked = BakedBadges.bakeSvg("<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        BadgeImages.JWT);

    assertThat(baked).endsWith("</openbadges:credential></svg>");
    assertThat(BakedBadges.extract(bytes(baked))).contains(BadgeImages.JWT);
  }

  @Test
  void bakeSvg_alreadyBaked_isRefused() {
    String baked = BakedBadges.bakeSvg(BadgeImages.SVG, BadgeImages.JWT);

    assertThatThrownBy(() -> BakedBadges.bakeSvg(baked, BadgeImages.JWT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already baked");
  }

  @Test
  void bakeSvg_textThatIsNeitherJwsNorJson_isRefused() {
    assertThatThrownBy(() -> BakedBadges.bakeSvg(BadgeImages.SVG, "</openbadges:credential>"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bakeSvg_notSvg_isRefused() {
    assertThatThrownBy(() -> BakedBadges.bakeSvg("<html/>", BadgeImages.JWT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void extract_externalEntity_isRefusedAndNotRead(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM \""
        + secret.toUri() + "\">]>\n"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\" "
        + "xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\">"
        + "<openbadges:credential>&x;</openbadges:credential></svg>";

    assertThat(BakedBadges.extract(bytes(xxe))).isEmpty();
  }

  @Test
  void extract_entityExpansionBomb_isRefused() {
    String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\">"
        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\" "
        + "xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\">"
        + "<openbadges:credential>&c;</openbadges:credential></svg>";

    assertThat(BakedBadges.extract(bytes(bomb))).isEmpty();
  }

  @Test
  void extract_twoCredentialElements_isEmpty() {
    String baked = BakedBadges.bakeSvg(BadgeImages.SVG, BadgeImages.JWT);
    String twice = baked.replace("<rect", "<openbadges:credential>" + BadgeImages.JWT
        + "</openbadges:credential><rect");

    assertThat(BakedBadges.extract(bytes(twice))).isEmpty();
  }

  @Test
  void extract_elementInAnotherNamespace_isEmpty() {
    String foreign = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"urn:other\">"
        + "<openbadges:credential>" + BadgeImages.JWT + "</openbadges:credential></svg>";

    assertThat(BakedBadges.extract(bytes(foreign))).isEmpty();
  }

  @Test
  void extract_rootIsNotSvg_isEmpty() {
    String html = "<html xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\">"
        + "<openbadges:credential>" + BadgeImages.JWT + "</openbadges:credential></html>";

    assertThat(BakedBadges.extract(bytes(html))).isEmpty();
  }

  @Test
  void extract_malformedXml_isEmpty() {
    assertThat(BakedBadges.extract(bytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><g>")))
        .isEmpty();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
