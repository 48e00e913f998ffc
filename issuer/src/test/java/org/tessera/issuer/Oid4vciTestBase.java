package org.tessera.issuer;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.issuer.oid4vci.Oid4vciSettings;

/** A fresh issuer per test over a temp SQLite file, with a clock the test can move. */
abstract class Oid4vciTestBase {

  @TempDir Path dir;
  MutableClock clock;
  IssuerApp app;

  @BeforeEach
  void createApp() {
    clock = new MutableClock(TestIssuer.NOW);
    app = IssuerApp.create(TestIssuer.config(dir), Oid4vciSettings.DEFAULTS, clock);
  }

  @AfterEach
  void closeApp() {
    app.close();
  }
}
