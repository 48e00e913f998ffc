-- Idempotency keys of issuance requests. Written in the issuance transaction, after the
-- credential: a key exists exactly when its credential does. The primary key settles races
-- between nodes; request_hash (SHA-256 of the request body) tells a retry from a misuse.
CREATE TABLE idempotency_keys (
  idem_key      TEXT   PRIMARY KEY,
  request_hash  TEXT   NOT NULL,
  credential_id TEXT   NOT NULL REFERENCES credentials (id),
  created_at    BIGINT NOT NULL
);
