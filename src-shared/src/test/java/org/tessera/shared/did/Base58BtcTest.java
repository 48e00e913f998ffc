package org.tessera.shared.did;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Base58BtcTest {

  @Test
  void encode_knownValues_bitcoinAlphabet() {
    // Values from the base58 IETF draft (draft-msporny-base58) examples.
    assertThat(Base58Btc.encode("Hello World!".getBytes(StandardCharsets.US_ASCII))).isEqualTo("2NEpo7TZRRrLZSi2U");
    assertThat(Base58Btc.encode(new byte[] {0, 0, 40, 127, (byte) 180, (byte) 205})).isEqualTo("11233QC4");
    assertThat(Base58Btc.encode(new byte[0])).isEmpty();
  }

  @Test
  void decode_randomBytesWithLeadingZeros_roundTrip() {
    Random random = new Random(42);
    for (int i = 0; i < 200; i++) {
      byte[] bytes = new byte[random.nextInt(40)];
      random.nextBytes(bytes);
      if (bytes.length > 2 && i % 3 == 0) {
        bytes[0] = 0;
        bytes[1] = 0;
      }
      assertThat(Base58Btc.decode(Base58Btc.encode(bytes))).isEqualTo(bytes);
    }
  }

  @Test
  void decode_charactersOutsideAlphabet_rejected() {
    for (String bad : new String[] {"0", "O", "I", "l", "abc+", "é"}) {
      assertThatThrownBy(() -> Base58Btc.decode(bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
