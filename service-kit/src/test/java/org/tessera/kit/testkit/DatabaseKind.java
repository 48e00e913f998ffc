package org.tessera.kit.testkit;

/** The databases a service test runs against (the two {@code MigratedPool} supports). */
public enum DatabaseKind {
  SQLITE,
  POSTGRESQL
}
