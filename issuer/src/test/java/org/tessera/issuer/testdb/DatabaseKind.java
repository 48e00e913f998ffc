package org.tessera.issuer.testdb;

/** The stores a test class runs against. */
public enum DatabaseKind {
  SQLITE,
  POSTGRESQL
}
