package org.tessera.shared.cmf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CmfPolicyTest {

  @Test
  void euCmf_thresholdsOfTheFramework() {
    assertThat(CmfPolicy.EU_CMF).isEqualTo(new CmfPolicy(100, 150, 4, 6, 5, 8, true, true));
  }

  @Test
  void constructor_minAboveMax_rejected() {
    assertThatThrownBy(() -> new CmfPolicy(150, 100, 4, 6, 5, 8, true, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CmfPolicy(100, 150, 4, 6, 0, 8, true, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CmfPolicy(100, 150, Double.NaN, 6, 5, 8, true, true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void verdict_conformantWithReasons_rejected() {
    assertThatThrownBy(() -> new CmfVerdict(true,
        List.of(new CmfReason(CmfReasonCode.NOT_SUMMATIVE, "x")), CmfFacts.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
