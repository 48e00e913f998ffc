-- Portable SQL: accepted by SQLite and PostgreSQL alike. Ids are application-generated UUID
-- text; times are epoch milliseconds; booleans are 0/1 integers. A credential issued through the
-- VC-API may carry an achievement of its own: its achievement_id is then NULL.

CREATE TABLE achievements (
  id                 TEXT    PRIMARY KEY,
  definition         TEXT    NOT NULL,
  suspension_enabled INTEGER NOT NULL,
  created_at         BIGINT  NOT NULL
);

CREATE TABLE status_lists (
  id           TEXT    PRIMARY KEY,
  purpose      TEXT    NOT NULL,
  size         INTEGER NOT NULL,
  allocated    INTEGER NOT NULL,
  encoded_list TEXT    NOT NULL,
  signed_jwt   TEXT    NOT NULL,
  etag         TEXT    NOT NULL,
  version      BIGINT  NOT NULL,
  created_at   BIGINT  NOT NULL,
  updated_at   BIGINT  NOT NULL
);

CREATE INDEX status_lists_purpose ON status_lists (purpose, created_at);

CREATE TABLE credentials (
  id                 TEXT    PRIMARY KEY,
  achievement_id     TEXT    REFERENCES achievements (id),
  subject_id         TEXT    NOT NULL,
  jwt                TEXT    NOT NULL,
  credential         TEXT    NOT NULL,
  signing_kid        TEXT    NOT NULL,
  revocation_list_id TEXT    NOT NULL REFERENCES status_lists (id),
  revocation_index   INTEGER NOT NULL,
  suspension_list_id TEXT    REFERENCES status_lists (id),
  suspension_index   INTEGER,
  revoked            INTEGER NOT NULL,
  suspended          INTEGER NOT NULL,
  revocation_reason  TEXT,
  created_at         BIGINT  NOT NULL
);

CREATE INDEX credentials_created ON credentials (created_at, id);

-- The primary key is what guarantees that an index is never handed out twice: also with several
-- issuer instances on one database and after a crash.
CREATE TABLE status_allocations (
  list_id       TEXT    NOT NULL REFERENCES status_lists (id),
  idx           INTEGER NOT NULL,
  credential_id TEXT    NOT NULL,
  PRIMARY KEY (list_id, idx)
);

-- Audit trail: who (token label), what, when, which credential or achievement. No personal data.
CREATE TABLE events (
  id            TEXT   PRIMARY KEY,
  action        TEXT   NOT NULL,
  actor         TEXT   NOT NULL,
  target_id     TEXT,
  created_at    BIGINT NOT NULL
);

CREATE INDEX events_target ON events (target_id);
