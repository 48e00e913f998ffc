package org.tessera.shared.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

class TokenStatusBitsTest {

  @Test
  void lst_setBits_areLeastSignificantFirstInZlib() throws DataFormatException {
    BitstringStatusList list = BitstringStatusList.create(BitstringStatusList.MIN_SIZE)
        .with(0, true).with(9, true).with(131_071, true);

    byte[] raw = inflate(TokenStatusBits.lst(list));

    assertThat(raw).hasSize(BitstringStatusList.MIN_BYTES);
    assertThat(raw[0]).isEqualTo((byte) 0b0000_0001); // index 0: bit 0 of byte 0
    assertThat(raw[1]).isEqualTo((byte) 0b0000_0010); // index 9: bit 1 of byte 1
    assertThat(raw[16_383]).isEqualTo((byte) 0b1000_0000); // last index: top bit of last byte
    int set = 0;
    for (byte b : raw) {
      set += Integer.bitCount(b & 0xFF);
    }
    assertThat(set).isEqualTo(3);
  }

  @Test
  void lst_draftExample_matchesTheSpecification() throws DataFormatException {
    // draft-ietf-oauth-status-list §4.1 example: statuses 1 0 0 1 1 1 0 1 | 1 1 0 0 0 1 0 1 are
    // the bytes 0xB9 0xA3 (the draft compresses just those two bytes to "eNrbuRgAAhcBXQ").
    int[] ones = {0, 3, 4, 5, 7, 8, 9, 13, 15};
    BitstringStatusList list = BitstringStatusList.create(BitstringStatusList.MIN_SIZE);
    for (int i : ones) {
      list = list.with(i, true);
    }
    byte[] raw = inflate(TokenStatusBits.lst(list));
    assertThat(raw[0]).isEqualTo((byte) 0xB9);
    assertThat(raw[1]).isEqualTo((byte) 0xA3);
  }

  private static byte[] inflate(String lst) throws DataFormatException {
    Inflater inflater = new Inflater(); // ZLIB wrapper expected: nowrap = false
    inflater.setInput(Base64.getUrlDecoder().decode(lst));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    while (!inflater.finished()) {
      int n = inflater.inflate(buffer);
      if (n == 0 && inflater.needsInput()) {
        throw new DataFormatException("truncated");
      }
      out.write(buffer, 0, n);
    }
    inflater.end();
    return out.toByteArray();
  }
}
