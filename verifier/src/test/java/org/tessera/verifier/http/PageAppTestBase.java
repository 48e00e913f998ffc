package org.tessera.verifier.http;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.verifier.VerifierSettings;
import org.tessera.verifier.testkit.Fixture;

/** A fixture issuer and a page-enabled verifier app with a share store in a temp folder. */
abstract class PageAppTestBase {

  protected final Fixture fixture = new Fixture();
  @TempDir
  Path dir;

  @AfterEach
  void closeFixture() {
    fixture.close();
  }

  protected Javalin app() {
    return app(fixture.clock);
  }

  protected Javalin app(Clock clock) {
    return VerifierApp.create(new VerifierSettings(fixture.config(),
        PageTestSupport.pageConfig(dir.resolve("s.db"))), clock);
  }
}
