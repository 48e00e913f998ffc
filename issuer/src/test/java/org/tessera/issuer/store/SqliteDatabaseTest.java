package org.tessera.issuer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDatabaseTest {

  @TempDir Path dir;

  @Test
  void open_sqlite_usesWalForeignKeysAndCreatesFolder() {
    try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("nested/issuer.db"))) {
      String mode = db.read(c -> pragma(c, "journal_mode"));
      String foreignKeys = db.read(c -> pragma(c, "foreign_keys"));
      String busyTimeout = db.read(c -> pragma(c, "busy_timeout"));
      Dialect dialect = db.read(Dialect::of);

      assertThat(mode).isEqualToIgnoringCase("wal");
      assertThat(foreignKeys).isEqualTo("1");
      assertThat(Integer.parseInt(busyTimeout)).isPositive();
      assertThat(dialect).isEqualTo(Dialect.SQLITE);
      assertThat(Files.isRegularFile(dir.resolve("nested/issuer.db"))).isTrue();
    }
  }

  private static String pragma(Connection c, String name) throws SQLException {
    try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA " + name)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
