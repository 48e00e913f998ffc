package org.tessera.issuer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.issuer.issuance.CredentialRepository;
import org.tessera.kit.testkit.DatabaseFixture;
import org.tessera.kit.testkit.DatabaseKind;

class PostgresDatabaseTest {

  @TempDir Path dir;
  private DatabaseFixture database;

  @BeforeEach
  void createDatabase() {
    database = DatabaseFixture.create(DatabaseKind.POSTGRESQL, dir);
  }

  @AfterEach
  void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void open_postgres_migratesIntoTheUrlsSchema() {
    try (Database db = Database.open(database.jdbcUrl())) {
      String schema = db.read(c -> single(c, "SELECT current_schema()")).get(0);
      List<String> tables = db.read(c -> single(c, "SELECT table_name FROM"
          + " information_schema.tables WHERE table_schema = current_schema()"
          + " ORDER BY table_name"));

      assertThat(schema).startsWith("t_");
      assertThat(tables).contains("achievements", "credentials", "events",
          "flyway_schema_history", "status_allocations", "status_lists");
      assertThat(db.read(Dialect::of)).isEqualTo(Dialect.POSTGRESQL);
    }
  }

  @Test
  void open_twiceOnOneSchema_secondFindsItMigrated() {
    try (Database first = Database.open(database.jdbcUrl());
        Database second = Database.open(database.jdbcUrl())) {
      List<String> versions = second.read(c -> single(c,
          "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank"));

      assertThat(versions).startsWith("1", "2").doesNotHaveDuplicates();
      assertThat(first.read(new CredentialRepository(Scope.DEFAULT)::count)).isZero();
    }
  }

  private static List<String> single(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    }
  }
}
