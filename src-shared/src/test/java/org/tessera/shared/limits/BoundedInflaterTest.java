package org.tessera.shared.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

class BoundedInflaterTest {

  private static byte[] deflate(byte[] plain) {
    Deflater deflater = new Deflater();
    deflater.setInput(plain);
    deflater.finish();
    byte[] out = new byte[plain.length + 64];
    int n = deflater.deflate(out);
    deflater.end();
    return Arrays.copyOf(out, n);
  }

  @Test
  void inflate_withinTheCeiling_theOriginalBytes_alsoFromAnOffset() {
    byte[] plain = "status bits".repeat(100).getBytes();
    byte[] zlib = deflate(plain);
    byte[] padded = new byte[zlib.length + 3];
    System.arraycopy(zlib, 0, padded, 2, zlib.length);

    assertThat(BoundedInflater.inflate(zlib, 0, zlib.length, plain.length)).hasValue(plain);
    assertThat(BoundedInflater.inflate(padded, 2, zlib.length, plain.length)).hasValue(plain);
  }

  @Test
  void inflate_bombOverTheCeiling_truncatedOrGarbage_empty() {
    byte[] bomb = deflate(new byte[10_000_000]);
    assertThat(bomb.length).isLessThan(20_000);
    assertThat(BoundedInflater.inflate(bomb, 0, bomb.length, 1_000_000)).isEmpty();
    assertThat(BoundedInflater.inflate(bomb, 0, bomb.length / 2, 20_000_000)).isEmpty();
    assertThat(BoundedInflater.inflate(new byte[] {1, 2, 3, 4}, 0, 4, 100)).isEmpty();
  }
}
