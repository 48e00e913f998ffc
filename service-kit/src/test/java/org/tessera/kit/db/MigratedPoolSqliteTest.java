package org.tessera.kit.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigratedPoolSqliteTest {

  @TempDir Path dir;

  @Test
  void open_sqliteFileInMissingFolders_createsThem() throws SQLException {
    Path file = dir.resolve("a/b/service.db");
    try (MigratedPool pool = MigratedPool.open("jdbc:sqlite:" + file, MigratedPoolTest.SETTINGS);
        Connection c = pool.connection()) {
      assertThat(c.isValid(2)).isTrue();
    }
    assertThat(Files.isRegularFile(file)).isTrue();
  }

  @Test
  void open_sqlite_foreignKeysEnforced() throws SQLException {
    try (MigratedPool pool = MigratedPool.open("jdbc:sqlite:" + dir.resolve("fk.db"),
        MigratedPoolTest.SETTINGS); Connection c = pool.connection();
        var s = c.createStatement(); var rs = s.executeQuery("PRAGMA foreign_keys")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(1);
    }
  }

  @Test
  void open_notAJdbcUrl_rejectedBeforeAnyPool() {
    assertThatThrownBy(() -> MigratedPool.open("postgres://host/db", MigratedPoolTest.SETTINGS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a JDBC URL");
  }
}
