package org.tessera.issuer;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tessera.issuer.testdb.DatabaseKind;

/** Runs every test of a subclass once on SQLite and once on a fresh PostgreSQL schema. */
@ParameterizedClass(name = "{0}")
@EnumSource(DatabaseKind.class)
abstract class BothDatabasesHttpTestBase extends HttpTestBase {

  @Parameter DatabaseKind kind;

  @Override
  DatabaseKind databaseKind() {
    return kind;
  }
}
