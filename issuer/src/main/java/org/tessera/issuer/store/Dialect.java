package org.tessera.issuer.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The few places where SQLite and PostgreSQL need different SQL. Everything else (migrations,
 * queries) is portable. SQLite runs every write transaction {@code IMMEDIATE}, so it is already
 * serialised and needs no row locks; PostgreSQL runs READ COMMITTED with explicit locks.
 */
public enum Dialect {
  SQLITE(""),
  POSTGRESQL(" FOR NO KEY UPDATE");

  private final String rowLock;

  Dialect(String rowLock) {
    this.rowLock = rowLock;
  }

  /**
   * Suffix of a {@code SELECT} that locks the rows it reads until the transaction ends.
   * {@code NO KEY UPDATE} does not block foreign-key checks of concurrent inserts.
   */
  public String rowLock() {
    return rowLock;
  }

  public static Dialect of(Connection c) throws SQLException {
    String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgres")) {
      return POSTGRESQL;
    }
    if (product.contains("sqlite")) {
      return SQLITE;
    }
    throw new StoreException("unsupported database: " + product);
  }
}
