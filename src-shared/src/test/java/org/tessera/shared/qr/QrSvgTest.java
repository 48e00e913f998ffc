package org.tessera.shared.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrSvgTest {

  @Test
  void render_decodesBackToTheUrl() throws Exception {
    String url = "https://verify.example/s/AbCdEfGhIjKlMnOpQrStUv";
    String svg = QrSvg.render(url, "QR <code>");
    assertThat(svg).startsWith("<svg class=\"qr\"").contains("aria-label=\"QR &lt;code&gt;\"")
        .doesNotContain("<script").doesNotContain("href");
    assertThat(new QRCodeReader().decode(bitmap(svg)).getText()).isEqualTo(url);
  }

  @Test
  void render_nonAsciiOffer_decodesBackAsUtf8() throws Exception {
    String offer = "https://issuer.example/claim/Zürich-Straße";
    assertThat(new QRCodeReader().decode(bitmap(QrSvg.render(offer, "offer"))).getText())
        .isEqualTo(offer);
  }

  @Test
  void render_labelWithControlCharacter_replacedInTheAttribute() {
    assertThat(QrSvg.render("x", "a\u0000\"b")).contains("aria-label=\"a\uFFFD&quot;b\"");
  }

  @Test
  void render_textTooLong_illegalArgument() {
    assertThatThrownBy(() -> QrSvg.render("x".repeat(8000), "too long"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit");
  }

  /** Rasterises our own SVG (one path of unit squares) at 4 px per module. */
  private static BinaryBitmap bitmap(String svg) {
    Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
    assertThat(box.find()).isTrue();
    int size = Integer.parseInt(box.group(1));
    int scale = 4;
    int[] pixels = new int[size * scale * size * scale];
    java.util.Arrays.fill(pixels, 0xFFFFFF);
    Matcher module = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
    while (module.find()) {
      int x = Integer.parseInt(module.group(1));
      int y = Integer.parseInt(module.group(2));
      for (int dy = 0; dy < scale; dy++) {
        for (int dx = 0; dx < scale; dx++) {
          pixels[(y * scale + dy) * size * scale + x * scale + dx] = 0;
        }
      }
    }
    LuminanceSource source = new RGBLuminanceSource(size * scale, size * scale, pixels);
    return new BinaryBitmap(new HybridBinarizer(source));
  }
}
