-- Portable SQL (SQLite and PostgreSQL). Several institutions (awarding bodies, each with its own
-- did:web, keys and status lists) in one deployment. Every issuer-side row belongs to one
-- institution; rows written before this migration belong to the default institution.

-- The institutions the deployment has served: the DID each id was first published under.
CREATE TABLE institutions (
  id         TEXT   PRIMARY KEY,
  did        TEXT   NOT NULL,
  name       TEXT   NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

ALTER TABLE achievements ADD COLUMN institution_id TEXT NOT NULL DEFAULT 'default';
ALTER TABLE credentials ADD COLUMN institution_id TEXT NOT NULL DEFAULT 'default';
ALTER TABLE status_lists ADD COLUMN institution_id TEXT NOT NULL DEFAULT 'default';
CREATE INDEX achievements_institution ON achievements (institution_id, created_at, id);
CREATE INDEX credentials_institution ON credentials (institution_id, created_at, id);
DROP INDEX status_lists_purpose;
CREATE INDEX status_lists_open ON status_lists (institution_id, purpose, created_at);

-- API tokens: NULL = deployment-wide (every institution), else the one institution it serves.
-- Tokens created before this migration served the only institution there was: deployment-wide.
ALTER TABLE api_tokens ADD COLUMN institution_id TEXT;

-- Audit events: NULL for deployment-level events and for rows written before this migration
-- (their hash does not cover the institution: see EventChain).
ALTER TABLE events ADD COLUMN institution_id TEXT;
CREATE INDEX events_institution ON events (institution_id, seq);

-- Key ids are unique per institution, not per deployment.
CREATE TABLE key_states_v6 (
  institution_id    TEXT   NOT NULL,
  key_id            TEXT   NOT NULL,
  state             TEXT   NOT NULL,
  compromised_since BIGINT,
  updated_at        BIGINT NOT NULL,
  PRIMARY KEY (institution_id, key_id)
);
INSERT INTO key_states_v6 (institution_id, key_id, state, compromised_since, updated_at)
  SELECT 'default', key_id, state, compromised_since, updated_at FROM key_states;
DROP TABLE key_states;
ALTER TABLE key_states_v6 RENAME TO key_states;

-- Idempotency keys are chosen by each institution's registrars: unique per institution.
CREATE TABLE idempotency_keys_v6 (
  institution_id TEXT   NOT NULL,
  idem_key       TEXT   NOT NULL,
  request_hash   TEXT   NOT NULL,
  credential_id  TEXT   NOT NULL REFERENCES credentials (id),
  created_at     BIGINT NOT NULL,
  PRIMARY KEY (institution_id, idem_key)
);
INSERT INTO idempotency_keys_v6 (institution_id, idem_key, request_hash, credential_id,
    created_at)
  SELECT 'default', idem_key, request_hash, credential_id, created_at FROM idempotency_keys;
DROP TABLE idempotency_keys;
ALTER TABLE idempotency_keys_v6 RENAME TO idempotency_keys;
