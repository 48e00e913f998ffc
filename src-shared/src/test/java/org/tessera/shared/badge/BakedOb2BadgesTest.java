package org.tessera.shared.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Open Badges 2.0 baked images: read by the same extractor as OB 3.0 ones, never baked. */
class BakedOb2BadgesTest {

  private static final String URL = "https://issuer.example/assertions/1.json";

  /** The test PNG with one iTXt chunk {@code keyword} holding {@code text}, before IEND. */
  private static byte[] withItxt(String keyword, String text) {
    return withItxt(BadgeImages.png(), keyword, text);
  }

  private static byte[] withItxt(byte[] png, String keyword, String text) {
    List<PngChunk> chunks = PngChunks.read(png).orElseThrow();
    PngChunk iend = chunks.get(chunks.size() - 1);
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    data.writeBytes((keyword + "\0").getBytes(StandardCharsets.ISO_8859_1));
    data.writeBytes(new byte[] {0, 0, 0, 0});
    data.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(png, 0, iend.offset());
    out.writeBytes(PngChunks.encode("iTXt", data.toByteArray()));
    out.write(png, iend.offset(), iend.totalLength());
    return out.toByteArray();
  }

  private static byte[] svg(String element) {
    return ("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"http://openbadges.org\">"
        + element + "<rect width=\"1\" height=\"1\"/></svg>").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void extract_pngWithOpenbadgesChunk_returnsItsText() {
    assertThat(BakedBadges.extract(withItxt("openbadges", URL))).contains(URL);
    assertThat(BakedBadges.extract(withItxt("openbadges", BadgeImages.JWT)))
        .contains(BadgeImages.JWT);
  }

  @Test
  void extract_pngWithBothOb2AndOb3Chunks_isEmpty() {
    byte[] both = withItxt(withItxt("openbadges", URL), "openbadgecredential", BadgeImages.JWT);
    assertThat(BakedBadges.extract(both)).isEmpty();
  }

  @Test
  void bakePng_imageHoldingAnOb2Badge_isRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> BakedBadges.bakePng(withItxt("openbadges", URL), BadgeImages.JWT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void extract_pngWithAnotherKeyword_isEmpty() {
    assertThat(BakedBadges.extract(withItxt("openbadgesX", URL))).isEmpty();
  }

  @Test
  void extract_svgAssertion_contentWinsOverVerifyAttribute() {
    String json = "{\"id\":\"" + URL + "\"}";
    assertThat(BakedBadges.extract(svg("<openbadges:assertion verify=\"" + URL + "\"><![CDATA["
        + json + "]]></openbadges:assertion>"))).contains(json);
    assertThat(BakedBadges.extract(svg("<openbadges:assertion verify=\"" + BadgeImages.JWT
        + "\"/>"))).contains(BadgeImages.JWT);
  }

  @Test
  void extract_svgAssertionInAnotherNamespace_orTwice_isEmpty() {
    byte[] foreign = ("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"urn:x\">"
        + "<openbadges:assertion verify=\"" + URL + "\"/></svg>").getBytes(StandardCharsets.UTF_8);
    String one = "<openbadges:assertion verify=\"" + URL + "\"/>";
    assertThat(BakedBadges.extract(foreign)).isEmpty();
    assertThat(BakedBadges.extract(svg(one + one))).isEmpty();
  }
}
