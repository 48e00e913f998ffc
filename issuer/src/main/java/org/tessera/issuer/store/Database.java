package org.tessera.issuer.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.tessera.kit.db.MigratedPool;
import org.tessera.kit.db.PoolSettings;

/**
 * The issuer's database: the kit's {@link MigratedPool} over SQLite (embedded default) or
 * PostgreSQL, migrated at open from {@code classpath:db/migration}. Work runs through
 * {@link #inTransaction} or {@link #read}; repositories only ever see the {@link Connection} they
 * are handed.
 */
public final class Database implements AutoCloseable {

  /** A unit of work on one connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Per node; each request holds a connection only for its short transaction. */
  static final int POSTGRES_POOL_SIZE = 10;

  private static final PoolSettings SETTINGS =
      new PoolSettings("tessera-issuer", "classpath:db/migration", POSTGRES_POOL_SIZE);

  private final MigratedPool pool;

  private Database(MigratedPool pool) {
    this.pool = pool;
  }

  /** Opens the pool and applies pending migrations. */
  public static Database open(String jdbcUrl) {
    return new Database(MigratedPool.open(jdbcUrl, SETTINGS));
  }

  /** Runs {@code work} in one transaction: committed when it returns, rolled back if it throws. */
  public <T> T inTransaction(Work<T> work) {
    try (Connection c = pool.connection()) {
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
    try (Connection c = pool.connection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("database read failed", e);
    }
  }

  /** Readiness: a connection answers within two seconds. */
  public boolean reachable() {
    try {
      return read(c -> c.isValid(2));
    } catch (StoreException e) {
      return false;
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}
