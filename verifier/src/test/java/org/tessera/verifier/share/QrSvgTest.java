package org.tessera.verifier.share;

import static org.assertj.core.api.Assertions.assertThat;

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
  void svg_decodesBackToTheUrl() throws Exception {
    String url = "https://verify.example/s/AbCdEfGhIjKlMnOpQrStUv";
    String svg = QrSvg.svg(url, "QR <code>");
    assertThat(svg).startsWith("<svg").contains("aria-label=\"QR &lt;code&gt;\"")
        .doesNotContain("<script");
    assertThat(new QRCodeReader().decode(bitmap(svg)).getText()).isEqualTo(url);
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
