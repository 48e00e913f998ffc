package org.tessera.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VerifierConfigTest {

  @Test
  void maxImageBytes_defaultsTo8MiB() {
    assertThat(VerifierConfig.fromEnvironment(Map.of()).maxImageBytes()).isEqualTo(8_388_608);
  }

  @Test
  void maxImageBytes_readFromEnvironment() {
    VerifierConfig config =
        VerifierConfig.fromEnvironment(Map.of("VERIFIER_MAX_IMAGE_BYTES", " 2097152 "));
    assertThat(config.maxImageBytes()).isEqualTo(2_097_152);
    assertThat(config.maxRequestBytes()).isEqualTo(VerifierConfig.DEFAULT_MAX_REQUEST_BYTES);
  }

  @Test
  void maxImageBytes_belowRequestLimitAboveExtractorCapOrNotANumber_refused() {
    for (String value : new String[] {"1000", "8388609", "-1", "8 MiB", ""}) {
      assertThatThrownBy(() ->
          VerifierConfig.fromEnvironment(Map.of("VERIFIER_MAX_IMAGE_BYTES", value)))
          .as(value).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
