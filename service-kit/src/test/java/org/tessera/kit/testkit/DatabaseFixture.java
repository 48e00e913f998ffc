package org.tessera.kit.testkit;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A fresh, empty database for one test: a SQLite file in the test's folder, or a new
 * PostgreSQL schema ({@code t_<random>}, selected by {@code currentSchema}) dropped on close.
 */
public final class DatabaseFixture implements AutoCloseable {

  private final DatabaseKind kind;
  private final String jdbcUrl;
  private final Optional<String> schema;

  private DatabaseFixture(DatabaseKind kind, String jdbcUrl, Optional<String> schema) {
    this.kind = kind;
    this.jdbcUrl = jdbcUrl;
    this.schema = schema;
  }

  /** Skips (or fails, when required) the test if PostgreSQL is wanted and not reachable. */
  public static DatabaseFixture create(DatabaseKind kind, Path dir) {
    if (kind == DatabaseKind.SQLITE) {
      return new DatabaseFixture(kind, "jdbc:sqlite:" + dir.resolve("test.db"),
          Optional.empty());
    }
    byte[] bytes = new byte[8];
    new SecureRandom().nextBytes(bytes);
    String schema = "t_" + HexFormat.of().formatHex(bytes);
    execute("CREATE SCHEMA " + schema);
    return new DatabaseFixture(kind,
        PostgresServer.withParameter(PostgresServer.url(), "currentSchema", schema),
        Optional.of(schema));
  }

  public DatabaseKind kind() {
    return kind;
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  /** Drops the PostgreSQL schema; close every pool on it first. */
  @Override
  public void close() {
    schema.ifPresent(s -> execute("DROP SCHEMA " + s + " CASCADE"));
  }

  private static void execute(String sql) {
    try (Connection c = PostgresServer.connectOrSkip(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL fixture: " + sql, e);
    }
  }

  @Override
  public String toString() {
    return kind.name();
  }
}
