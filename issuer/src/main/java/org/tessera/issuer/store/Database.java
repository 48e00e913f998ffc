package org.tessera.issuer.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The issuer's database: a HikariCP pool over SQLite (embedded default) or PostgreSQL, migrated
 * by Flyway at open (on PostgreSQL into the URL's {@code currentSchema}, else {@code public};
 * Flyway's advisory lock lets several nodes start at once). Work runs through {@link #inTransaction} or {@link #read}; repositories only
 * ever see the {@link Connection} they are handed.
 */
public final class Database implements AutoCloseable {

  /** A unit of work on one connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Per node; each request holds a connection only for its short transaction. */
  static final int POSTGRES_POOL_SIZE = 10;

  private final HikariDataSource dataSource;

  private Database(HikariDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Opens the pool and applies pending migrations. */
  public static Database open(String jdbcUrl) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(jdbcUrl);
    hikari.setPoolName("tessera-issuer");
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      createParentFolder(jdbcUrl.substring("jdbc:sqlite:".length()));
      // One connection serialises writers inside this process; IMMEDIATE transactions and the
      // busy timeout serialise them across processes sharing the file.
      hikari.setMaximumPoolSize(1);
      hikari.addDataSourceProperty("journal_mode", "WAL");
      hikari.addDataSourceProperty("busy_timeout", "10000");
      hikari.addDataSourceProperty("foreign_keys", "true");
      hikari.addDataSourceProperty("transaction_mode", "IMMEDIATE");
      hikari.addDataSourceProperty("synchronous", "NORMAL");
    } else {
      // Row locks and the allocation primary key make concurrent writers safe; a small pool
      // keeps the server's connection count (nodes × pool) well below max_connections.
      hikari.setMaximumPoolSize(POSTGRES_POOL_SIZE);
      hikari.setMinimumIdle(2);
      hikari.setConnectionTimeout(10_000);
    }
    hikari.setAutoCommit(true);
    HikariDataSource ds = new HikariDataSource(hikari);
    try {
      migrate(ds);
    } catch (RuntimeException e) {
      ds.close();
      throw e;
    }
    return new Database(ds);
  }

  private static void migrate(DataSource ds) {
    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration")
        .load()
        .migrate();
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
      throw new UncheckedIOException("cannot create database folder " + parent, e);
    }
  }

  /** Runs {@code work} in one transaction: committed when it returns, rolled back if it throws. */
  public <T> T inTransaction(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("database transaction failed", e);
    }
  }

  /** Runs read-only {@code work} on a connection in auto-commit mode. */
  public <T> T read(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("database read failed", e);
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
