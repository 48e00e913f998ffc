package org.tessera.kit.db;

import java.util.Objects;

/**
 * What one service's pool needs to know besides the JDBC URL.
 *
 * @param poolName the HikariCP pool name (shows in logs and thread names), e.g. {@code tessera-issuer}
 * @param migrations the Flyway location of the service's own scripts, e.g.
 *     {@code classpath:org/tessera/verifier/db/migration}; one location per service so that two
 *     services on one classpath never run each other's scripts
 * @param serverPoolSize the most connections on a database server (PostgreSQL); SQLite always
 *     gets one
 */
public record PoolSettings(String poolName, String migrations, int serverPoolSize) {

  public PoolSettings {
    Objects.requireNonNull(poolName, "poolName");
    Objects.requireNonNull(migrations, "migrations");
    if (poolName.isBlank()) {
      throw new IllegalArgumentException("poolName must not be blank");
    }
    if (!migrations.startsWith("classpath:") && !migrations.startsWith("filesystem:")) {
      throw new IllegalArgumentException(
          "migrations must be a Flyway location (classpath:… or filesystem:…): " + migrations);
    }
    if (serverPoolSize < 1) {
      throw new IllegalArgumentException("serverPoolSize must be at least 1: " + serverPoolSize);
    }
  }
}
