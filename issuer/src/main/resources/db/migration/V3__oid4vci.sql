-- OpenID4VCI pre-authorized code flow. Portable SQL (SQLite and PostgreSQL). Every secret is
-- stored as the hex SHA-256 of its value only: offer handles, pre-authorized codes, transaction
-- codes, access tokens and nonces. Times are epoch milliseconds.

-- One credential offer. state: ACTIVE, REDEEMED (code exchanged), SUPERSEDED (a newer offer
-- exists), LOCKED (too many wrong transaction codes).
CREATE TABLE oid4vci_offers (
  id               TEXT    PRIMARY KEY,
  credential_id    TEXT    NOT NULL REFERENCES credentials (id),
  handle_hash      TEXT    NOT NULL UNIQUE,
  code_hash        TEXT    NOT NULL UNIQUE,
  tx_code_hash     TEXT,
  tx_code_failures INTEGER NOT NULL,
  state            TEXT    NOT NULL,
  created_at       BIGINT  NOT NULL,
  expires_at       BIGINT  NOT NULL
);

CREATE INDEX oid4vci_offers_credential ON oid4vci_offers (credential_id, state);

-- Access tokens from the token endpoint. state: ACTIVE, USED (a credential was issued),
-- REVOKED (a newer offer exists).
CREATE TABLE oid4vci_access_tokens (
  token_hash    TEXT   PRIMARY KEY,
  offer_id      TEXT   NOT NULL REFERENCES oid4vci_offers (id),
  credential_id TEXT   NOT NULL REFERENCES credentials (id),
  state         TEXT   NOT NULL,
  expires_at    BIGINT NOT NULL
);

CREATE INDEX oid4vci_access_tokens_credential ON oid4vci_access_tokens (credential_id, state);

-- Outstanding c_nonce values; a nonce is deleted when a proof uses it (single use).
CREATE TABLE oid4vci_nonces (
  nonce_hash TEXT   PRIMARY KEY,
  expires_at BIGINT NOT NULL
);

CREATE INDEX oid4vci_nonces_expiry ON oid4vci_nonces (expires_at);
