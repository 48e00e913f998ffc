package org.tessera.shared.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tessera.shared.status.StatusListTestData.encodedRaw;
import static org.tessera.shared.status.StatusListTestData.gzip;
import static org.tessera.shared.status.StatusListTestData.multibase;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BitstringStatusListTest {

  private static final int MAX_BYTES = 2 * 1024 * 1024;

  /** Example 3 of the W3C Bitstring Status List v1.0 recommendation. */
  private static final String SPEC_EXAMPLE =
      "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA";

  @Test
  void create_belowMinimum_throws() {
    assertThatThrownBy(() -> BitstringStatusList.create(131_064))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void create_notMultipleOfEight_throws() {
    assertThatThrownBy(() -> BitstringStatusList.create(131_073))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void create_minimum_allClear() {
    BitstringStatusList list = BitstringStatusList.create(131_072);

    assertThat(list.size()).isEqualTo(131_072);
    assertThat(list.get(0)).isFalse();
    assertThat(list.get(131_071)).isFalse();
  }

  @Test
  void with_setBit_returnsCopyAndLeavesOriginal() {
    BitstringStatusList original = BitstringStatusList.create(131_072);

    BitstringStatusList changed = original.with(42, true);

    assertThat(changed.get(42)).isTrue();
    assertThat(changed.get(41)).isFalse();
    assertThat(changed.get(43)).isFalse();
    assertThat(original.get(42)).isFalse();
    assertThat(changed.with(42, false)).isEqualTo(original);
  }

  @Test
  void get_outOfRange_throws() {
    BitstringStatusList list = BitstringStatusList.create(131_072);

    assertThatThrownBy(() -> list.get(131_072)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> list.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> list.with(131_072, true))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void decode_firstByteMostSignificantBit_isIndexZero() {
    byte[] raw = new byte[16_384];
    raw[0] = (byte) 0x80;
    raw[1] = 0x01;
    raw[16_383] = 0x01;

    BitstringStatusList list = BitstringStatusList.decode(encodedRaw(raw), MAX_BYTES);

    assertThat(list.get(0)).isTrue();
    assertThat(list.get(7)).isFalse();
    assertThat(list.get(15)).isTrue();
    assertThat(list.get(131_071)).isTrue();
    assertThat(list.get(131_070)).isFalse();
  }

  @Test
  void decode_specExample_allClearOf131072() {
    BitstringStatusList list = BitstringStatusList.decode(SPEC_EXAMPLE, MAX_BYTES);

    assertThat(list.size()).isEqualTo(131_072);
    assertThat(list).isEqualTo(BitstringStatusList.create(131_072));
  }

  @Test
  void encode_roundTrip_sameBits() {
    BitstringStatusList list = BitstringStatusList.create(262_144)
        .with(0, true).with(7, true).with(8, true).with(200_000, true).with(262_143, true);

    String encoded = list.encode();
    BitstringStatusList decoded = BitstringStatusList.decode(encoded, MAX_BYTES);

    assertThat(encoded).startsWith("u").doesNotContain("=", "+", "/");
    assertThat(decoded).isEqualTo(list);
    assertThat(decoded.size()).isEqualTo(262_144);
  }

  @Test
  void decode_wrongMultibasePrefix_notMultibase() {
    String base64Only = SPEC_EXAMPLE.substring(1);

    assertReason(base64Only, StatusListException.Reason.NOT_MULTIBASE);
    assertReason("U" + base64Only, StatusListException.Reason.NOT_MULTIBASE);
    assertReason("", StatusListException.Reason.NOT_MULTIBASE);
    assertReason(null, StatusListException.Reason.NOT_MULTIBASE);
  }

  @Test
  void decode_invalidBase64url_badBase64() {
    assertReason("uH4sI+AAA/", StatusListException.Reason.BAD_BASE64);
    assertReason("u" + "A".repeat(5), StatusListException.Reason.BAD_BASE64);
    assertReason(SPEC_EXAMPLE + "==", StatusListException.Reason.BAD_BASE64);
  }

  @Test
  void decode_notGzipData_notGzip() {
    assertReason(multibase(new byte[64]), StatusListException.Reason.NOT_GZIP);
  }

  @Test
  void decode_corruptChecksum_notGzip() {
    byte[] compressed = gzip(new byte[16_384]);
    compressed[compressed.length - 8] ^= 0x01;

    assertReason(multibase(compressed), StatusListException.Reason.NOT_GZIP);
  }

  @Test
  void decode_truncatedStream_notGzip() {
    byte[] compressed = gzip(new byte[16_384]);

    assertReason(multibase(Arrays.copyOf(compressed, compressed.length - 9)),
        StatusListException.Reason.NOT_GZIP);
  }

  @Test
  void decode_trailingBytes_notGzip() {
    byte[] compressed = gzip(new byte[16_384]);
    byte[] withTrailer = Arrays.copyOf(compressed, compressed.length * 2);
    System.arraycopy(compressed, 0, withTrailer, compressed.length, compressed.length);

    assertReason(multibase(withTrailer), StatusListException.Reason.NOT_GZIP);
  }

  @Test
  void decode_shorterThan16Kb_tooSmall() {
    assertReason(encodedRaw(new byte[16_383]), StatusListException.Reason.TOO_SMALL);
  }

  @Test
  void decode_largerThanMaxBytes_tooLarge() {
    assertReason(encodedRaw(new byte[MAX_BYTES + 1]), StatusListException.Reason.TOO_LARGE);
  }

  @Test
  void decode_exactlyMaxBytes_accepted() {
    assertThat(BitstringStatusList.decode(encodedRaw(new byte[32_768]), 32_768).size())
        .isEqualTo(262_144);
  }

  @Test
  void decode_encodedTextLongerThanAnyAllowedList_tooLarge() {
    assertReason("u" + "A".repeat(4 * MAX_BYTES), StatusListException.Reason.TOO_LARGE);
  }

  @Test
  void decode_maxBytesBelowMinimum_throws() {
    assertThatThrownBy(() -> BitstringStatusList.decode(SPEC_EXAMPLE, 16_383))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decode_exception_doesNotEchoInput() {
    String attackerText = "u<script>alert(1)</script>";

    assertThatThrownBy(() -> BitstringStatusList.decode(attackerText, MAX_BYTES))
        .isInstanceOf(StatusListException.class)
        .message().doesNotContain("script");
  }

  private static void assertReason(String encoded, StatusListException.Reason reason) {
    assertThatThrownBy(() -> BitstringStatusList.decode(encoded, MAX_BYTES))
        .isInstanceOfSatisfying(StatusListException.class,
            e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
