package org.tessera.kit.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tessera.kit.testkit.DatabaseFixture;
import org.tessera.kit.testkit.DatabaseKind;

@ParameterizedClass(name = "{0}")
@EnumSource(DatabaseKind.class)
class MigratedPoolTest {

  static final PoolSettings SETTINGS =
      new PoolSettings("kit-test", "classpath:org/tessera/kit/db/migration", 3);

  @TempDir Path dir;
  @Parameter DatabaseKind kind;
  DatabaseFixture database;

  @BeforeEach
  void createDatabase() {
    database = DatabaseFixture.create(kind, dir);
  }

  @AfterEach
  void dropDatabase() {
    database.close();
  }

  @Test
  void open_freshDatabase_appliesTheServicesMigrations() throws SQLException {
    try (MigratedPool pool = MigratedPool.open(database.jdbcUrl(), SETTINGS);
        Connection c = pool.connection(); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO probe (id, note) VALUES (1, 'one')");
      try (ResultSet rs = s.executeQuery("SELECT note FROM probe WHERE id = 1")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("one");
      }
      assertThat(c.getAutoCommit()).isTrue();
    }
  }

  @Test
  void open_again_keepsDataAndAppliesNothingTwice() throws SQLException {
    try (MigratedPool pool = MigratedPool.open(database.jdbcUrl(), SETTINGS);
        Connection c = pool.connection(); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO probe (id, note) VALUES (1, 'kept')");
    }
    try (MigratedPool pool = MigratedPool.open(database.jdbcUrl(), SETTINGS);
        Connection c = pool.connection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM flyway_schema_history "
            + "WHERE success = " + (kind == DatabaseKind.SQLITE ? "1" : "true"))) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(1);
      try (ResultSet kept = s.executeQuery("SELECT note FROM probe")) {
        assertThat(kept.next()).isTrue();
        assertThat(kept.getString(1)).isEqualTo("kept");
      }
    }
  }

  @Test
  void open_brokenMigration_throwsFlywayException() {
    PoolSettings broken = new PoolSettings("kit-test", "classpath:org/tessera/kit/db/broken", 3);
    assertThatThrownBy(() -> MigratedPool.open(database.jdbcUrl(), broken))
        .isInstanceOf(FlywayException.class);
  }
}
