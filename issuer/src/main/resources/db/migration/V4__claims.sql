-- Claim links: the learner's capability to fetch their credential. Only the SHA-256 of the
-- 256-bit token is stored. The current wallet offer is kept sealed (AES-GCM) under a key derived
-- from the token itself, so the database alone cannot open it. Portable SQL (SQLite, PostgreSQL).

CREATE TABLE claims (
  token_hash       TEXT   PRIMARY KEY,
  credential_id    TEXT   NOT NULL REFERENCES credentials (id),
  created_at       BIGINT NOT NULL,
  expires_at       BIGINT NOT NULL,
  offer_sealed     TEXT,
  offer_expires_at BIGINT
);

CREATE INDEX claims_credential ON claims (credential_id);
