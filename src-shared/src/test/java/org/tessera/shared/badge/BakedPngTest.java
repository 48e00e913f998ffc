package org.tessera.shared.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class BakedPngTest {

  @Test
  void bakePng_thenExtract_returnsTheJwt() {
    byte[] baked = BakedBadges.bakePng(BadgeImages.png(), BadgeImages.JWT);

    assertThat(BakedBadges.extract(baked)).contains(BadgeImages.JWT);
  }

  @Test
  void bakePng_insertsOneUncompressedItxtChunkBeforeIend_andStaysAReadableImage()
      throws IOException {
    byte[] baked = BakedBadges.bakePng(BadgeImages.png(), BadgeImages.JWT);

    List<PngChunk> chunks = PngChunks.read(baked).orElseThrow();
    assertThat(chunks.get(chunks.size() - 1).type()).isEqualTo("IEND");
    PngChunk itxt = chunks.get(chunks.size() - 2);
    assertThat(itxt.type()).isEqualTo("iTXt");
    String data = new String(baked, itxt.dataOffset(), itxt.dataLength(),
        StandardCharsets.ISO_8859_1);
    assertThat(data).isEqualTo("openbadgecredential\0\0\0\0\0" + BadgeImages.JWT);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(baked));
    assertThat(image.getRGB(1, 1) & 0xFFFFFF).isEqualTo(0x336699);
  }

  @Test
  void bakePng_alreadyBaked_isRefused() {
    byte[] baked = BakedBadges.bakePng(BadgeImages.png(), BadgeImages.JWT);

    assertThatThrownBy(() -> BakedBadges.bakePng(baked, BadgeImages.JWT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already baked");
  }

  @Test
  void bakePng_notAPng_isRefused() {
    assertThatThrownBy(() -> BakedBadges.bakePng("GIF89a".getBytes(StandardCharsets.US_ASCII),
        BadgeImages.JWT)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void extract_twoCredentialChunks_isEmpty() {
    byte[] once = BakedBadges.bakePng(BadgeImages.png(), BadgeImages.JWT);
    List<PngChunk> chunks = PngChunks.read(once).orElseThrow();
    PngChunk itxt = chunks.get(chunks.size() - 2);
    byte[] chunkBytes = Arrays.copyOfRange(once, itxt.offset(), itxt.offset() + itxt.totalLength());
    byte[] twice = insertAt(once, itxt.offset(), chunkBytes);

    assertThat(PngChunks.read(twice)).isPresent();
    assertThat(BakedBadges.extract(twice)).isEmpty();
  }

  @Test
  void extract_chunkLengthBeyondTheFile_isEmpty() {
    byte[] baked = BakedBadges.bakePng(BadgeImages.png(), BadgeImages.JWT);
    PngChunk itxt = itxtChunk(baked);
    baked[itxt.offset()] = 0x7F; // length ≈ 2 GB

    assertThat(BakedBadges.extract(baked)).isEmpty();
  }

  @Test
  void extract_badCrc_isEmpty() {
    byte[] baked = BakedBadges.bakePng(BadgeImages.png(), BadgeImages.JWT);
    PngChunk itxt = itxtChunk(baked);
    baked[itxt.dataOffset() + itxt.dataLength() - 1] ^= 1; // flip a bit of the JWT text

    assertThat(BakedBadges.extract(baked)).isEmpty();
  }

  @Test
  void extract_truncatedFile_isEmpty() {
    byte[] baked = BakedBadges.bakePng(BadgeImages.png(), BadgeImages.JWT);

    assertThat(BakedBadges.extract(Arrays.copyOf(baked, baked.length - 5))).isEmpty();
  }

  @Test
  void extract_bytesAfterIend_isEmpty() {
    byte[] baked = BakedBadges.bakePng(BadgeImages.png(), BadgeImages.JWT);

    assertThat(BakedBadges.extract(Arrays.copyOf(baked, baked.length + 1))).isEmpty();
  }

  @Test
  void extract_compressedText_isEmpty() {
    byte[] baked = BakedBadges.bakePng(BadgeImages.png(), BadgeImages.JWT);
    PngChunk itxt = itxtChunk(baked);
    byte[] data = Arrays.copyOfRange(baked, itxt.dataOffset(), itxt.dataOffset() + itxt.dataLength());
    data["openbadgecredential\0".length()] = 1; // compression flag
    byte[] replaced = replaceChunk(baked, itxt, PngChunks.encode("iTXt", data));

    assertThat(PngChunks.read(replaced)).isPresent();
    assertThat(BakedBadges.extract(replaced)).isEmpty();
  }

  @Test
  void extract_overTheSizeCap_isEmptyWithoutParsing() {
    byte[] baked = BakedBadges.bakePng(BadgeImages.png(), BadgeImages.JWT);
    byte[] huge = Arrays.copyOf(baked, BakedBadges.MAX_BYTES + 1);

    assertThat(BakedBadges.extract(huge)).isEmpty();
  }

  @Test
  void extract_plainPngWithoutCredential_isEmpty() {
    assertThat(BakedBadges.extract(BadgeImages.png())).isEmpty();
  }

  @Test
  void extract_neitherPngNorSvg_isEmpty() {
    assertThat(BakedBadges.extract(BadgeImages.JWT.getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(BakedBadges.extract(new byte[0])).isEmpty();
    assertThat(BakedBadges.extract(null)).isEmpty();
  }

  private static PngChunk itxtChunk(byte[] png) {
    List<PngChunk> chunks = PngChunks.read(png).orElseThrow();
    return chunks.get(chunks.size() - 2);
  }

  private static byte[] insertAt(byte[] file, int at, byte[] inserted) {
    byte[] out = new byte[file.length + inserted.length];
    System.arraycopy(file, 0, out, 0, at);
    System.arraycopy(inserted, 0, out, at, inserted.length);
    System.arraycopy(file, at, out, at + inserted.length, file.length - at);
    return out;
  }

  private static byte[] replaceChunk(byte[] file, PngChunk chunk, byte[] replacement) {
    byte[] without = new byte[file.length - chunk.totalLength()];
    System.arraycopy(file, 0, without, 0, chunk.offset());
    System.arraycopy(file, chunk.offset() + chunk.totalLength(), without, chunk.offset(),
        file.length - chunk.offset() - chunk.totalLength());
    return insertAt(without, chunk.offset(), replacement);
  }
}
