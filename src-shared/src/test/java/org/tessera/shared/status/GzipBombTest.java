package org.tessera.shared.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class GzipBombTest {

  private static final int MAX_BYTES = 2 * 1024 * 1024;
  private static final int BOMB_MEGABYTES = 200;

  @Test
  void decode_gzipBombOf200Megabytes_tooLargeWithoutExpandingIt() {
    String bomb = StatusListTestData.multibase(zerosGzipped(BOMB_MEGABYTES));
    assertThat(bomb.length()).isLessThan(MAX_BYTES);

    assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
        assertThatThrownBy(() -> BitstringStatusList.decode(bomb, MAX_BYTES))
            .isInstanceOfSatisfying(StatusListException.class,
                e -> assertThat(e.reason()).isEqualTo(StatusListException.Reason.TOO_LARGE)));
  }

  private static byte[] zerosGzipped(int megabytes) {
    byte[] megabyte = new byte[1024 * 1024];
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (BestCompressionGzip gzip = new BestCompressionGzip(out)) {
      for (int i = 0; i < megabytes; i++) {
        gzip.write(megabyte);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Level 9, as an attacker would use, to make the bomb small. */
  private static final class BestCompressionGzip extends GZIPOutputStream {
    BestCompressionGzip(ByteArrayOutputStream out) throws IOException {
      super(out, 64 * 1024);
      def.setLevel(Deflater.BEST_COMPRESSION);
    }
  }
}
