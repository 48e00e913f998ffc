package org.tessera.issuer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.tessera.issuer.oid4vci.Oid4vciSettings;
import org.tessera.issuer.testdb.BothDatabasesTestBase;
import org.tessera.shared.testkit.MutableClock;

/** A fresh issuer per test on SQLite and on PostgreSQL, with a clock the test can move. */
abstract class Oid4vciTestBase extends BothDatabasesTestBase {

  MutableClock clock;
  IssuerApp app;

  @BeforeEach
  void createApp() {
    clock = new MutableClock(TestIssuer.NOW);
    app = IssuerApp.create(TestIssuer.config(dir, database.jdbcUrl()), Oid4vciSettings.DEFAULTS, clock);
  }

  @AfterEach
  void closeApp() {
    app.close();
  }
}
