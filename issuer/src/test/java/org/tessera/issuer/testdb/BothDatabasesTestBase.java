package org.tessera.issuer.testdb;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tessera.kit.testkit.DatabaseFixture;
import org.tessera.kit.testkit.DatabaseKind;

/**
 * Runs every test of a subclass once on a SQLite file and once on a fresh PostgreSQL schema
 * ({@link #database}); subclasses close their pools in their own {@code @AfterEach}, which runs
 * before the schema is dropped here.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(DatabaseKind.class)
public abstract class BothDatabasesTestBase {

  @TempDir protected Path dir;
  @Parameter protected DatabaseKind kind;
  protected DatabaseFixture database;

  @BeforeEach
  protected void createDatabase() {
    database = DatabaseFixture.create(kind, dir);
  }

  @AfterEach
  protected void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
