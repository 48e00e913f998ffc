package org.tessera.verifier.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.tessera.shared.status.BitstringStatusList;
import org.tessera.shared.status.StatusListException;
import org.tessera.verifier.status.StatusListService;

/**
 * Coverage-guided fuzzing (Jazzer) of {@link BitstringStatusList#decode}: a list within the
 * verifier's size limit or a {@link StatusListException} with a reason, nothing else. One target
 * takes the encoded text as is, the other the compressed bytes (so mutations reach the inflater).
 */
class StatusListFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void decode_anyText_listOrStatusListException(byte[] data) {
    decode(new String(data, StandardCharsets.UTF_8));
  }

  @FuzzTest(maxDuration = "60s")
  void decode_anyCompressedBytes_listOrStatusListException(byte[] data) {
    decode("u" + Base64.getUrlEncoder().withoutPadding().encodeToString(data));
  }

  private static void decode(String encoded) {
    try {
      BitstringStatusList list =
          BitstringStatusList.decode(encoded, StatusListService.MAX_DECODED_BYTES);
      assertThat(list.size()).isBetween(BitstringStatusList.MIN_SIZE,
          StatusListService.MAX_DECODED_BYTES * 8);
    } catch (StatusListException e) {
      assertThat(e.reason()).isNotNull();
    }
  }
}
