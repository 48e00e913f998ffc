package org.tessera.issuer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.tessera.issuer.testdb.BothDatabasesTestBase;

/**
 * A fresh issuer over a fresh database and a generated key, per test; every test runs on SQLite
 * and on PostgreSQL.
 */
abstract class HttpTestBase extends BothDatabasesTestBase {

  IssuerApp app;

  @BeforeEach
  void createApp() {
    app = IssuerApp.create(IssuerSettings.of(TestIssuer.config(dir, database.jdbcUrl())),
        TestIssuer.CLOCK);
  }

  @AfterEach
  void closeApp() {
    if (app != null) {
      app.close();
    }
  }
}
