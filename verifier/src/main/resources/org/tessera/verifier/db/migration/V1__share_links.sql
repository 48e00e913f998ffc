-- Share links (docs/share-links.md). The link id itself is never stored: rows are found by a
-- key derived from it, and the credential is encrypted under another key derived from it, so a
-- copy of this database alone neither opens links nor reveals credentials.
CREATE TABLE share_links (
  lookup_key        TEXT    PRIMARY KEY,
  nonce             BLOB,
  ciphertext        BLOB,
  manage_token_hash TEXT    NOT NULL,
  created_at        INTEGER NOT NULL,
  expires_at        INTEGER NOT NULL,
  revoked_at        INTEGER
);
CREATE INDEX share_links_expires_at ON share_links (expires_at);
