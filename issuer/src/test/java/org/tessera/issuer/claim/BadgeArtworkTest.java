package org.tessera.issuer.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.tessera.shared.badge.BakedBadges;

class BadgeArtworkTest {

  @Test
  void png_isA400PixelImage() throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(
        BadgeArtwork.png("Data Stewardship", "Test University")));

    assertThat(image.getWidth()).isEqualTo(BadgeArtwork.SIZE);
    assertThat(image.getRGB(200, 30) & 0xFFFFFF).isNotEqualTo(0); // the medal is drawn
  }

  @Test
  void svg_escapesTheTitleAndStaysWellFormedForBaking() {
    String svg = BadgeArtwork.svg("<script>alert(1)</script> & \"more\"", "Uni & Co");

    assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;").contains("Uni &amp; Co");
    String baked = BakedBadges.bakeSvg(svg, "a.b.c");
    assertThat(BakedBadges.extract(baked.getBytes(StandardCharsets.UTF_8))).contains("a.b.c");
  }

  @Test
  void wrap_longTitle_isAtMostFourShortLines() {
    assertThat(BadgeArtwork.wrap("Advanced Research Data Management and Stewardship for the"
        + " Life Sciences and Humanities in Europe")).hasSizeLessThanOrEqualTo(4)
        .allMatch(line -> line.length() <= 24);
  }
}
