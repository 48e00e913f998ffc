package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tessera.issuer.config.ConfigException;
import org.tessera.issuer.config.ProductionEnvironment;
import org.tessera.issuer.oid4vci.Oid4vciSettings;

class IssuerSettingsTest {

  private static Map<String, String> production() {
    return ProductionEnvironment.minimal();
  }

  @Test
  void fromEnvironment_everyPart_readFromTheOneEnvironment() {
    Map<String, String> env = production();
    env.put("ISSUER_RATE_API", "7");
    env.put("ISSUER_CLAIM_TTL", "P2D");

    IssuerSettings settings = IssuerSettings.fromEnvironment(env);

    assertThat(settings.issuer().issuerName()).isEqualTo("Example University");
    assertThat(settings.access().apiPerMinute()).isEqualTo(7);
    assertThat(settings.claims().ttl()).isEqualTo(Duration.ofDays(2));
    assertThat(settings.oid4vci()).isEqualTo(Oid4vciSettings.DEFAULTS);
  }

  @Test
  void fromEnvironment_badAccessSetting_refusedAtStartUp() {
    Map<String, String> env = production();
    env.put("ISSUER_TRUST_PROXY", "maybe");

    assertThatThrownBy(() -> IssuerSettings.fromEnvironment(env))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
            .containsExactly("ISSUER_TRUST_PROXY must be true or false"));
  }
}
