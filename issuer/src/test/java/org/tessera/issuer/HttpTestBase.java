package org.tessera.issuer;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh issuer over a temp SQLite file and a generated key, per test. */
abstract class HttpTestBase {

  @TempDir Path dir;
  IssuerApp app;

  @BeforeEach
  void createApp() {
    app = IssuerApp.create(TestIssuer.config(dir), TestIssuer.CLOCK);
  }

  @AfterEach
  void closeApp() {
    app.close();
  }
}
