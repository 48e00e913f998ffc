-- Portable SQL (SQLite and PostgreSQL). Key lifecycle, API tokens, and the hash-chained audit
-- trail. Key material is not stored here: it stays in ISSUER_KEYS files or the PKCS#11 token.

-- One row per key the issuer has published. state: ACTIVE (signs; exactly one), STANDBY
-- (published, verifies, may be activated), RETIRED (published, never signs again),
-- COMPROMISED (published with a `revoked` time; never signs again).
CREATE TABLE key_states (
  key_id            TEXT   PRIMARY KEY,
  state             TEXT   NOT NULL,
  compromised_since BIGINT,
  updated_at        BIGINT NOT NULL
);

-- Admin API tokens: only the SHA-256 of the token is kept.
CREATE TABLE api_tokens (
  id          TEXT   PRIMARY KEY,
  label       TEXT   NOT NULL,
  role        TEXT   NOT NULL,
  token_hash  TEXT   NOT NULL UNIQUE,
  created_at  BIGINT NOT NULL,
  created_by  TEXT   NOT NULL,
  revoked_at  BIGINT
);

-- The events table becomes a hash chain: seq orders it, hash = SHA-256 over the previous row's
-- hash and this row's canonical content. Rows written before this migration are chained at the
-- next start-up (seq NULL until then).
ALTER TABLE events ADD COLUMN seq BIGINT;
ALTER TABLE events ADD COLUMN detail TEXT;
ALTER TABLE events ADD COLUMN prev_hash TEXT;
ALTER TABLE events ADD COLUMN hash TEXT;
CREATE UNIQUE INDEX events_seq ON events (seq);
CREATE INDEX events_action_time ON events (action, created_at);

-- The chain head: one row, updated first by every append, so concurrent appenders (several
-- issuer nodes on PostgreSQL) queue on its row lock and the chain stays linear.
CREATE TABLE audit_head (
  id   INTEGER PRIMARY KEY,
  seq  BIGINT  NOT NULL,
  hash TEXT    NOT NULL
);

INSERT INTO audit_head (id, seq, hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
