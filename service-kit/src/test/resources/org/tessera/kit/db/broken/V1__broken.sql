-- Not SQL: MigratedPoolTest checks that a failed migration closes the pool and is reported.
CREATE TABLE;
