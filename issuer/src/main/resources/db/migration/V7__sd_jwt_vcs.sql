-- Portable SQL (SQLite and PostgreSQL). The SD-JWT VC of an award (issue #17, decisions 0053 and
-- 0054): one row per award, holding the latest SD-JWT VC issued for it and its position in a
-- Token Status List. Token Status Lists are rows of status_lists with purpose 'token-status';
-- their indexes are claimed in status_allocations like every other list's, so an index is never
-- handed out twice. A re-issue (another wallet) keeps the position: revoking the award revokes
-- every copy.
CREATE TABLE sd_jwt_credentials (
  credential_id  TEXT    PRIMARY KEY REFERENCES credentials (id),
  institution_id TEXT    NOT NULL,
  status_list_id TEXT    NOT NULL REFERENCES status_lists (id),
  status_index   INTEGER NOT NULL,
  jti            TEXT    NOT NULL,
  sd_jwt         TEXT    NOT NULL,
  signing_kid    TEXT    NOT NULL,
  holder_bound   INTEGER NOT NULL,
  created_at     BIGINT  NOT NULL,
  updated_at     BIGINT  NOT NULL
);
