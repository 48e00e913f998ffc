package org.tessera.kit.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PoolSettingsTest {

  @Test
  void constructor_validSettings_kept() {
    PoolSettings settings = new PoolSettings("svc", "classpath:svc/db/migration", 4);
    assertThat(settings.poolName()).isEqualTo("svc");
    assertThat(settings.serverPoolSize()).isEqualTo(4);
  }

  @Test
  void constructor_blankPoolName_rejected() {
    assertThatThrownBy(() -> new PoolSettings(" ", "classpath:x", 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("poolName");
  }

  @Test
  void constructor_locationWithoutScheme_rejected() {
    assertThatThrownBy(() -> new PoolSettings("svc", "db/migration", 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Flyway location");
  }

  @Test
  void constructor_emptyServerPool_rejected() {
    assertThatThrownBy(() -> new PoolSettings("svc", "classpath:x", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("serverPoolSize");
  }
}
