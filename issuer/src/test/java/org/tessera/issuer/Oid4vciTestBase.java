package org.tessera.issuer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.tessera.issuer.testdb.BothDatabasesTestBase;
import org.tessera.shared.testkit.MutableClock;

/** A fresh issuer per test on SQLite and on PostgreSQL, with a clock the test can move. */
abstract class Oid4vciTestBase extends BothDatabasesTestBase {

  MutableClock clock;
  IssuerApp app;

  @BeforeEach
  void createApp() {
    clock = new MutableClock(TestIssuer.NOW);
    app = IssuerApp.create(IssuerSettings.of(TestIssuer.config(dir, database.jdbcUrl())), clock);
  }

  @AfterEach
  void closeApp() {
    app.close();
  }
}
