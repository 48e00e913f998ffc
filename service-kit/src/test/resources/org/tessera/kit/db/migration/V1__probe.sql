-- A table for MigratedPoolTest; valid on SQLite and PostgreSQL.
CREATE TABLE probe (
  id   INTEGER PRIMARY KEY,
  note TEXT    NOT NULL
);
