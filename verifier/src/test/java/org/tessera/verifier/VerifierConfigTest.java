package org.tessera.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tessera.verifier.checks.VerificationLimits;

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

  @Test
  void limits_defaultsAndEnvironment() {
    assertThat(VerifierConfig.fromEnvironment(Map.of()).limits())
        .isEqualTo(VerificationLimits.defaults());
    VerificationLimits limits = VerifierConfig.fromEnvironment(Map.of(
        "VERIFIER_STATUS_MAX_ENTRIES", "3", "VERIFIER_STATUS_MAX_LISTS", " 2 ",
        "VERIFIER_VERIFICATION_DEADLINE_SECONDS", "30")).limits();
    assertThat(limits).isEqualTo(new VerificationLimits(3, 2, Duration.ofSeconds(30)));
  }

  @Test
  void limits_outOfRangeOrNotANumber_refusedAtStartUp() {
    for (Map<String, String> env : List.of(Map.of("VERIFIER_STATUS_MAX_ENTRIES", "0"),
        Map.of("VERIFIER_STATUS_MAX_ENTRIES", "1001"),
        Map.of("VERIFIER_STATUS_MAX_ENTRIES", "2", "VERIFIER_STATUS_MAX_LISTS", "3"),
        Map.of("VERIFIER_STATUS_MAX_LISTS", "many"),
        Map.of("VERIFIER_VERIFICATION_DEADLINE_SECONDS", "0"),
        Map.of("VERIFIER_VERIFICATION_DEADLINE_SECONDS", "301"))) {
      assertThatThrownBy(() -> VerifierConfig.fromEnvironment(env)).as(env.toString())
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
