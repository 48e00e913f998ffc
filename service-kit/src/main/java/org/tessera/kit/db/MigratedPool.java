package org.tessera.kit.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * A service's connection pool, migrated at open: HikariCP over SQLite (a file; its folder is
 * created) or PostgreSQL (the URL's {@code currentSchema}, else {@code public}; Flyway's advisory
 * lock lets several nodes start at once). The service's store classes hold one and take
 * connections from it; HikariCP and Flyway stay inside this class.
 */
public final class MigratedPool implements AutoCloseable {

  private static final String SQLITE = "jdbc:sqlite:";

  private final HikariDataSource dataSource;

  private MigratedPool(HikariDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Opens the pool and applies the pending migrations of {@code settings.migrations()}.
   *
   * @throws org.flywaydb.core.api.FlywayException when a migration fails (the pool is closed)
   */
  public static MigratedPool open(String jdbcUrl, PoolSettings settings) {
    if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:")) {
      throw new IllegalArgumentException("not a JDBC URL (jdbc:sqlite:… or jdbc:postgresql:…)");
    }
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(jdbcUrl);
    hikari.setPoolName(settings.poolName());
    if (isSqlite(jdbcUrl)) {
      createParentFolder(jdbcUrl.substring(SQLITE.length()));
      // One connection serialises writers inside this process; IMMEDIATE transactions and the
      // busy timeout serialise them across processes sharing the file.
      hikari.setMaximumPoolSize(1);
      hikari.addDataSourceProperty("journal_mode", "WAL");
      hikari.addDataSourceProperty("busy_timeout", "10000");
      hikari.addDataSourceProperty("foreign_keys", "true");
      hikari.addDataSourceProperty("transaction_mode", "IMMEDIATE");
      hikari.addDataSourceProperty("synchronous", "NORMAL");
    } else {
      // A small pool per node keeps the server's connection count (nodes × pool) well below
      // max_connections; requests hold a connection only for their short transaction.
      hikari.setMaximumPoolSize(settings.serverPoolSize());
      hikari.setMinimumIdle(Math.min(2, settings.serverPoolSize()));
      hikari.setConnectionTimeout(10_000);
    }
    hikari.setAutoCommit(true);
    HikariDataSource ds = new HikariDataSource(hikari);
    try {
      Flyway.configure().dataSource(ds).locations(settings.migrations()).load().migrate();
    } catch (RuntimeException e) {
      ds.close();
      throw e;
    }
    return new MigratedPool(ds);
  }

  /** A connection in auto-commit mode; the caller closes it (back to the pool). */
  public Connection connection() throws SQLException {
    return dataSource.getConnection();
  }

  @Override
  public void close() {
    dataSource.close();
  }

  private static boolean isSqlite(String jdbcUrl) {
    return jdbcUrl.startsWith(SQLITE);
  }

  private static void createParentFolder(String file) {
    if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
      return;
    }
    Path parent = Path.of(file).toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the database folder " + parent, e);
    }
  }
}
