package org.tessera.issuer;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.issuer.testdb.DatabaseFixture;
import org.tessera.issuer.testdb.DatabaseKind;

/** A fresh issuer over a fresh database and a generated key, per test. */
abstract class HttpTestBase {

  @TempDir Path dir;
  DatabaseFixture database;
  IssuerApp app;

  /** SQLite unless a subclass runs against both stores ({@link BothDatabasesHttpTestBase}). */
  DatabaseKind databaseKind() {
    return DatabaseKind.SQLITE;
  }

  @BeforeEach
  void createApp() {
    database = DatabaseFixture.create(databaseKind(), dir);
    app = IssuerApp.create(TestIssuer.config(dir, database.jdbcUrl()), TestIssuer.CLOCK);
  }

  @AfterEach
  void closeApp() {
    if (app != null) {
      app.close();
    }
    if (database != null) {
      database.close();
    }
  }
}
